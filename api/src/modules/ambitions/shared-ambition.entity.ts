import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Network } from "../organisations/index.js";

export const AMBITION_DESCRIPTION_MAX_LENGTH = 2000;

/**
 * A goal a network (usually a trust) sets for all its schools, such as "by
 * 2028, 90% of pupils pass the phonics screening check". Resources and Areas
 * of Excellence are tagged with the ambitions they serve.
 */
@Entity({ tableName: "shared_ambition" })
@Index({ name: "shared_ambition_network_id_position_index", properties: ["network", "position"] })
@ObjectType({
  implements: Node,
  description:
    "A goal a network sets for all its schools, e.g. '90% of pupils pass the phonics screening check by 2028'. Material is tagged with the ambitions it serves.",
})
export class SharedAmbition implements Node {
  [OptionalProps]?: "uuid" | "id" | "description" | "targetPercentage" | "createdAt" | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("SharedAmbition", this.uuid);
  }

  @Field(() => String, {
    description: "Stable identifier used in links, filters and inputs, e.g. `phonics-2028`. It never changes.",
  })
  @Property({ type: "string", length: 120 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: "The ambition in a few words, e.g. 'Phonics screening check: 90% by 2028'." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, { description: `What the ambition means and how it is measured (plain text).` })
  @Property({ type: "text" })
  description: string = "";

  @Field(() => Int, { description: "The year by which the network means to reach it, e.g. 2028." })
  @Property({ type: "integer" })
  targetYear!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The share of pupils the ambition aims for, as a whole percentage (e.g. 90); null when it has none.",
  })
  @Property({ type: "integer", nullable: true })
  targetPercentage: number | null = null;

  /** The network that set the ambition; exposed through a batched field resolver. */
  @ManyToOne({ entity: () => Network, ref: true, deleteRule: "cascade" })
  network!: Ref<Network>;

  @Field(() => Int, { description: "Place among the network's ambitions, from 1." })
  @Property({ type: "integer" })
  position!: number;

  @Field(() => GraphQLDateTimeISO, { description: "When the ambition was set." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the ambition last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * Ambitions in the order their networks set them. Pivot rows come back in no
 * fixed order, so every list shown or snapshotted goes through this.
 */
export function inAmbitionOrder(ambitions: readonly SharedAmbition[]): SharedAmbition[] {
  return [...ambitions].sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
}
