import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { toGlobalId } from "../../graphql/relay.js";
import { User } from "../accounts/user.entity.js";
import { Resource } from "./resource.entity.js";
import type { ResourceSnapshot } from "./resource.snapshot.js";

/**
 * One saved version of a resource's content. Never changed once written, with one exception: an
 * autosaved version is rewritten by its author's next save, so typing makes one version, not one a pause.
 */
@Entity({ tableName: "resource_revision" })
@Unique({ name: "resource_revision_resource_id_number_unique", properties: ["resource", "number"] })
@Index({ name: "resource_revision_author_id_index", properties: ["author"] })
@ObjectType({ description: "A saved version of a resource: who saved it, when, why, and what it said." })
export class ResourceRevision {
  [OptionalProps]?: "uuid" | "createdAt" | "updatedAt" | "message" | "author" | "autosave";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("ResourceRevision", this.uuid);
  }

  @ManyToOne({ entity: () => Resource, deleteRule: "cascade" })
  resource!: Resource;

  @Field(() => Int, { description: "1 for the first version, counting up by one." })
  @Property({ type: "integer" })
  number!: number;

  /** Who saved it; null for imported sample data or a deleted account. */
  @ManyToOne({ entity: () => User, nullable: true, deleteRule: "set null" })
  author: User | null = null;

  @Field(() => String, { nullable: true, description: "What the person said about the change." })
  @Property({ type: "text", nullable: true })
  message: string | null = null;

  /** The editable fields as they were saved. */
  @Property({ type: "json" })
  snapshot!: ResourceSnapshot;

  @Field(() => Boolean, {
    description:
      "Whether the editor saved it in the background. Its author's next save rewrites it rather than adding a version, until they save by hand, someone else saves, it is submitted for review, or it is 30 minutes old.",
  })
  @Property({ type: "boolean", default: false })
  autosave: boolean = false;

  @Field(() => GraphQLDateTimeISO, { description: "When the version was first saved." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, {
    description: "When the version was last saved: later than `createdAt` when autosaves were folded into it.",
  })
  @Property({ type: "datetime" })
  updatedAt: Date = this.createdAt;
}
