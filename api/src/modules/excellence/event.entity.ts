import {
  ArrayType,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Visibility } from "../../policy/index.js";
import { Network, School } from "../organisations/index.js";
import { User } from "../accounts/index.js";
import { CpdStage } from "../taxonomy/index.js";
import { AreaOfExcellence } from "./area-of-excellence.entity.js";
import { EventKind, EventMode } from "./excellence.enums.js";

export const DEFAULT_TIME_ZONE = "Europe/London";

@Entity({ tableName: "excellence_event" })
@Index({ name: "excellence_event_starts_at_id_index", properties: ["startsAt", "uuid"] })
@Index({ name: "excellence_event_area_of_excellence_id_index", properties: ["areaOfExcellence"] })
@ObjectType("Event", {
  implements: Node,
  description:
    "An event: an Area of Excellence best-practice event, a conference, a Teach Meet, a leadership development day, a residential, a school visit or a network meeting.",
})
export class ExcellenceEvent implements Node {
  [OptionalProps]?:
    | "uuid"
    | "id"
    | "timeZone"
    | "venue"
    | "onlineUrl"
    | "hostSchool"
    | "hostNetwork"
    | "areaOfExcellence"
    | "capacity"
    | "visibility"
    | "registrationOpen"
    | "cpdStages"
    | "createdAt"
    | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("Event", this.uuid);
  }

  @Field(() => EventKind, { description: "What sort of event it is." })
  @Enum({ items: () => EventKind, type: "string" })
  kind!: EventKind;

  @Field(() => String, { description: "The event's title." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, { description: "Stable, human-readable identifier used in links." })
  @Property({ type: "string", length: 120 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: "What happens at the event and who it is for, in Markdown." })
  @Property({ type: "text" })
  description!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When the event starts." })
  @Property({ type: "datetime" })
  startsAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "When the event ends." })
  @Property({ type: "datetime" })
  endsAt!: Date;

  @Field(() => String, { description: "The IANA time zone the event's times are shown in, e.g. `Europe/London`." })
  @Property({ type: "string", length: 64 })
  timeZone: string = DEFAULT_TIME_ZONE;

  @Field(() => EventMode, { description: "How people take part." })
  @Enum({ items: () => EventMode, type: "string" })
  mode!: EventMode;

  @Field(() => String, { nullable: true, description: "Where the event is held (in-person and hybrid events)." })
  @Property({ type: "text", nullable: true })
  venue: string | null = null;

  @Field(() => String, { nullable: true, description: "The link to join (online and hybrid events)." })
  @Property({ type: "text", nullable: true })
  onlineUrl: string | null = null;

  /** The school hosting the event, if a school hosts it. */
  @ManyToOne({ entity: () => School, ref: true, nullable: true, deleteRule: "set null" })
  hostSchool: Ref<School> | null = null;

  /** The network hosting the event, if a network hosts it. */
  @ManyToOne({ entity: () => Network, ref: true, nullable: true, deleteRule: "set null" })
  hostNetwork: Ref<Network> | null = null;

  /** The Area of Excellence the event shows, if any. */
  @ManyToOne({ entity: () => AreaOfExcellence, ref: true, nullable: true, deleteRule: "set null" })
  areaOfExcellence: Ref<AreaOfExcellence> | null = null;

  @Field(() => Int, { nullable: true, description: "How many places there are; null when unlimited." })
  @Property({ type: "integer", nullable: true })
  capacity: number | null = null;

  @Field(() => Visibility, { description: "Who may see the event; NETWORK events are for the host network's members." })
  @Enum({ items: () => Visibility, type: "string" })
  visibility: Visibility = Visibility.PUBLIC;

  @Field(() => Boolean, { description: "Whether people may register now." })
  @Property({ type: "boolean" })
  registrationOpen: boolean = true;

  @Field(() => [CpdStage], {
    description:
      "Stages of professional development the event serves (initial teacher training, early career, NPQs), in the golden thread's order.",
  })
  @Property({ type: ArrayType, columnType: "text[]" })
  cpdStages: CpdStage[] = [];

  @ManyToOne({ entity: () => User, ref: true })
  createdBy!: Ref<User>;

  @Field(() => GraphQLDateTimeISO, { description: "When the event was added." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the event's details last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
