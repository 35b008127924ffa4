import { Field, ID, ObjectType } from "type-graphql";
import { connectionTypes } from "../../graphql/relay.js";
import { CollectionItem, ResourceCollection } from "./collection.entity.js";

export const { ConnectionType: CollectionItemConnection } = connectionTypes(
  CollectionItem,
  "resources in the collection",
);

export const { ConnectionType: CollectionConnection } = connectionTypes(
  ResourceCollection,
  "collections",
  "Collection",
);

@ObjectType({ description: "The result of a mutation that changes a collection." })
export class CollectionPayload {
  @Field(() => ResourceCollection, { description: "The collection as it is now." })
  collection!: ResourceCollection;
}

@ObjectType({ description: "The result of `deleteCollection`." })
export class DeleteCollectionPayload {
  @Field(() => ID, { description: "The ID the deleted collection had." })
  deletedCollectionId!: string;
}
