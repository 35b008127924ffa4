import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Visibility } from "../../policy/index.js";
import { User } from "../accounts/index.js";
import { Network } from "../organisations/index.js";
import { Resource } from "../resources/index.js";

/** Descriptions are Markdown of at most this many bytes (UTF-8). */
export const COLLECTION_DESCRIPTION_MAX_BYTES = 20 * 1024;
/** A collection is a curated list, not an archive: past this, make a second collection. */
export const COLLECTION_MAX_ITEMS = 200;

/**
 * A curated, ordered list of resources, e.g. "Running an Area of Excellence
 * event: a starter kit". Owned by a network (its moderators curate it) or by
 * one person; exactly one of `owningNetwork` and `owner` is set.
 */
@Entity({ tableName: "collection" })
@Index({ name: "collection_created_at_id_index", properties: ["createdAt", "uuid"] })
@Index({ name: "collection_updated_at_id_index", properties: ["updatedAt", "uuid"] })
@Index({ name: "collection_title_id_index", properties: ["title", "uuid"] })
@Index({ name: "collection_owning_network_id_index", properties: ["owningNetwork"] })
@Index({ name: "collection_owner_id_index", properties: ["owner"] })
@ObjectType("Collection", {
  implements: Node,
  description:
    "A curated, ordered list of resources, e.g. 'Running an Area of Excellence event: a starter kit', owned by a network or by one person.",
})
export class ResourceCollection implements Node {
  [OptionalProps]?: "uuid" | "id" | "description" | "owningNetwork" | "owner" | "createdBy" | "createdAt" | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("Collection", this.uuid);
  }

  @Field(() => String, { description: "Stable, human-readable identifier used in links." })
  @Property({ type: "string", length: 120 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: "The collection's title." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, {
    description: "What the collection is for, as Markdown. `descriptionHtml` gives it as safe HTML.",
  })
  @Property({ type: "text" })
  description: string = "";

  @Field(() => Visibility, {
    description:
      "Who may see the collection. The resources in it are shown only to those who may see each one, whatever this says.",
  })
  @Enum({ items: () => Visibility, type: "string" })
  visibility!: Visibility;

  /** The network whose moderators curate the collection; null when a person owns it. */
  @ManyToOne({ entity: () => Network, ref: true, nullable: true, deleteRule: "cascade" })
  owningNetwork: Ref<Network> | null = null;

  /** The person who owns the collection; null when a network owns it. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "cascade" })
  owner: Ref<User> | null = null;

  /** Who made it, kept for the record; not exposed. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  createdBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTimeISO, { description: "When the collection was made." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the collection or its list of resources last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One resource's place in a collection. */
@Entity({ tableName: "collection_item" })
@Unique({ name: "collection_item_collection_id_resource_id_unique", properties: ["collection", "resource"] })
@Index({ name: "collection_item_collection_id_position_index", properties: ["collection", "position"] })
@Index({ name: "collection_item_resource_id_index", properties: ["resource"] })
export class CollectionEntry {
  [OptionalProps]?: "uuid" | "addedBy" | "addedAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @ManyToOne({ entity: () => ResourceCollection, ref: true, deleteRule: "cascade" })
  collection!: Ref<ResourceCollection>;

  @ManyToOne({ entity: () => Resource, ref: true, deleteRule: "cascade" })
  resource!: Ref<Resource>;

  /** Place in the whole list, from 1, whoever can see which items. */
  @Property({ type: "integer" })
  position!: number;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  addedBy: Ref<User> | null = null;

  @Property({ type: "datetime" })
  addedAt: Date = new Date();
}

/** A resource in a collection as one viewer sees it: positions count only the items that viewer may see. */
@ObjectType({ description: "A resource in a collection, with its place in the list as you see it." })
export class CollectionItem {
  @Field(() => Int, {
    description:
      "Place in the collection among the resources you may see, from 1. Editors who see every resource see the stored order.",
  })
  position!: number;

  @Field(() => GraphQLDateTimeISO, { description: "When the resource was added to the collection." })
  addedAt!: Date;

  @Field(() => Resource, { description: "The resource." })
  resource!: Resource;
}
