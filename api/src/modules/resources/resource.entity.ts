import { Entity, Index, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";

export const SUMMARY_MAX_LENGTH = 300;

@Entity({ tableName: "resource" })
@Index({ name: "resource_created_at_id_index", properties: ["createdAt", "uuid"] })
@ObjectType({
  implements: Node,
  description: "A piece of best practice shared through the hub: a guide, toolkit, case study and so on.",
})
export class Resource implements Node {
  [OptionalProps]?: "uuid" | "id" | "createdAt" | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("Resource", this.uuid);
  }

  @Field(() => String, { description: "Stable, human-readable identifier used in links." })
  @Property({ type: "string", length: 120 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: "The resource's title." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, {
    description: `One or two sentences on what the resource offers (at most ${SUMMARY_MAX_LENGTH} characters).`,
  })
  @Property({ type: "string", length: SUMMARY_MAX_LENGTH })
  summary!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When the resource was first saved." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the resource was last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
