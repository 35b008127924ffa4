import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { PageArgs, type Connection } from "../../graphql/relay.js";
import { User } from "../accounts/index.js";
import { Network } from "../organisations/index.js";
import { Resource, renderMarkdown } from "../resources/index.js";
import { ResourceCollection, type CollectionItem } from "./collection.entity.js";
import {
  AddResourceToCollectionInput,
  CollectionFilter,
  CollectionOrder,
  CollectionRefInput,
  CollectionResourceInput,
  CreateCollectionInput,
  MoveResourceInCollectionInput,
  UpdateCollectionInput,
} from "./collection.inputs.js";
import { CollectionService } from "./collection.service.js";
import {
  CollectionConnection,
  CollectionItemConnection,
  CollectionPayload,
  DeleteCollectionPayload,
} from "./collection.types.js";

@Resolver(() => ResourceCollection)
export class CollectionResolver {
  @Query(() => ResourceCollection, {
    nullable: true,
    description: "A collection by its slug, or null when there is none you may see.",
  })
  collection(
    @Arg("slug", () => String) slug: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<ResourceCollection | null> {
    return new CollectionService(em).visibleBySlug(viewer, slug);
  }

  @Query(() => CollectionConnection, { description: "The collections you may see, narrowed by a filter." })
  collections(
    @Arg("filter", () => CollectionFilter, {
      nullable: true,
      validate: false,
      description: "Only collections matching all of these.",
    })
    filter: CollectionFilter | null,
    @Arg("orderBy", () => CollectionOrder, {
      defaultValue: CollectionOrder.NEWEST,
      description: "The order of the list.",
    })
    orderBy: CollectionOrder,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<ResourceCollection>> {
    return new CollectionService(em).list(viewer, filter, orderBy, page);
  }

  @FieldResolver(() => String, { description: "The description rendered from Markdown to HTML that is safe to show." })
  descriptionHtml(@Root() collection: ResourceCollection): string {
    return renderMarkdown(collection.description);
  }

  @FieldResolver(() => Network, {
    nullable: true,
    description: "The network whose moderators curate the collection; null when a person owns it.",
  })
  owningNetwork(@Root() collection: ResourceCollection): Promise<Network | null> | null {
    return collection.owningNetwork ? collection.owningNetwork.load({ dataloader: true }) : null;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: "The person who owns the collection; null when a network does.",
  })
  owner(@Root() collection: ResourceCollection): Promise<User | null> | null {
    return collection.owner ? collection.owner.load({ dataloader: true }) : null;
  }

  @FieldResolver(() => CollectionItemConnection, {
    description:
      "The resources in the collection that you may see, in the collection's order. Others are left out of the page and the count.",
  })
  items(
    @Root() collection: ResourceCollection,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<CollectionItem>> {
    return new CollectionService(em).items(viewer, collection, page);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may change the collection." })
  viewerCanEdit(@Root() collection: ResourceCollection, @Ctx() { em, viewer }: Context): boolean {
    return new CollectionService(em).canEdit(viewer, collection);
  }

  @Mutation(() => CollectionPayload, {
    description:
      "Makes a collection: owned by a network you moderate when you name one, otherwise your own. It starts empty.",
  })
  async createCollection(
    @Arg("input", () => CreateCollectionInput, { validate: false }) input: CreateCollectionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CollectionPayload> {
    return { collection: await new CollectionService(em).create(viewer, input) };
  }

  @Mutation(() => CollectionPayload, {
    description: "Changes a collection's details (its owner, the owning network's moderators, admins).",
  })
  async updateCollection(
    @Arg("input", () => UpdateCollectionInput, { validate: false }) input: UpdateCollectionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CollectionPayload> {
    return { collection: await new CollectionService(em).update(viewer, input) };
  }

  @Mutation(() => DeleteCollectionPayload, {
    description: "Deletes a collection; the resources in it stay where they are (those who may change it).",
  })
  async deleteCollection(
    @Arg("input", () => CollectionRefInput, { validate: false }) input: CollectionRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<DeleteCollectionPayload> {
    return { deletedCollectionId: await new CollectionService(em).delete(viewer, input) };
  }

  @Mutation(() => CollectionPayload, {
    description: "Adds a resource you may see to a collection, at the end or at a given place.",
  })
  async addResourceToCollection(
    @Arg("input", () => AddResourceToCollectionInput, { validate: false }) input: AddResourceToCollectionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CollectionPayload> {
    return { collection: await new CollectionService(em).addResource(viewer, input) };
  }

  @Mutation(() => CollectionPayload, { description: "Takes a resource out of a collection." })
  async removeResourceFromCollection(
    @Arg("input", () => CollectionResourceInput, { validate: false }) input: CollectionResourceInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CollectionPayload> {
    return { collection: await new CollectionService(em).removeResource(viewer, input) };
  }

  @Mutation(() => CollectionPayload, { description: "Moves a resource to another place in a collection." })
  async moveResourceInCollection(
    @Arg("input", () => MoveResourceInCollectionInput, { validate: false }) input: MoveResourceInCollectionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CollectionPayload> {
    return { collection: await new CollectionService(em).moveResource(viewer, input) };
  }
}

@Resolver(() => Resource)
export class ResourceCollectionsResolver {
  @FieldResolver(() => [ResourceCollection], {
    description: "The collections containing this resource that you may see, by title.",
  })
  collections(@Root() resource: Resource, @Ctx() { em, viewer }: Context): Promise<ResourceCollection[]> {
    return new CollectionService(em).containing(viewer, resource);
  }
}
