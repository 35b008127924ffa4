import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Network, School } from "../organisations/index.js";
import { Theme } from "../taxonomy/index.js";
import { AreaOfExcellence } from "../excellence/index.js";
import { User } from "../accounts/index.js";

export const PLAN_NOTE_MAX_LENGTH = 500;
export const PLAN_OWNER_MAX_LENGTH = 120;

/**
 * One thing a network has decided to do about an area for development,
 * often "learn from this school": the theme, the school (and Area of
 * Excellence) matched, what to do, who owns it and by when.
 */
@Entity({ tableName: "plan_item" })
@Index({ name: "plan_item_network_id_index", properties: ["network"] })
@ObjectType("PlanItem", {
  implements: Node,
  description:
    "An item of a network's action plan: what to do about one of its areas for development, who owns it and by when. Seen only by the network's moderators and leads, and admins.",
})
export class PlanItem implements Node {
  [OptionalProps]?:
    "uuid" | "id" | "school" | "areaOfExcellence" | "owner" | "dueOn" | "createdBy" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("PlanItem", this.uuid);
  }

  /** The network whose plan it is; exposed through a batched field resolver. */
  @ManyToOne({ entity: () => Network, ref: true, deleteRule: "cascade" })
  network!: Ref<Network>;

  /** The theme (an area for development) it addresses; exposed through a batched field resolver. */
  @ManyToOne({ entity: () => Theme, ref: true, deleteRule: "cascade" })
  theme!: Ref<Theme>;

  /** The school to learn from, when the item came from a match; kept unnamed if the school goes. */
  @ManyToOne({ entity: () => School, ref: true, nullable: true, deleteRule: "set null" })
  school: Ref<School> | null = null;

  /** The matched school's Area of Excellence, when there is one. */
  @ManyToOne({ entity: () => AreaOfExcellence, ref: true, nullable: true, deleteRule: "set null" })
  areaOfExcellence: Ref<AreaOfExcellence> | null = null;

  @Field(() => String, { description: `What is to be done, briefly (at most ${PLAN_NOTE_MAX_LENGTH} characters).` })
  @Property({ type: "string", length: PLAN_NOTE_MAX_LENGTH })
  note!: string;

  @Field(() => String, {
    nullable: true,
    description: `Who owns it, as the network names them (at most ${PLAN_OWNER_MAX_LENGTH} characters).`,
  })
  @Property({ type: "string", length: PLAN_OWNER_MAX_LENGTH, nullable: true })
  owner: string | null = null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "When it is due, if a date was set." })
  @Property({ type: "date", nullable: true })
  dueOn: string | null = null;

  /** Who added it; kept when they leave (set to null). */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  createdBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTimeISO, { description: "When it was added." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When it last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
