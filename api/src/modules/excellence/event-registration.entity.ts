import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from "@mikro-orm/core";
import { Field, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { User } from "../accounts/index.js";
import { ExcellenceEvent } from "./event.entity.js";
import { RegistrationStatus } from "./excellence.enums.js";

/**
 * One person's registration for one event. A person has at most one row per
 * event: cancelling and registering again reuses it (and joins the back of
 * the queue).
 */
@Entity({ tableName: "event_registration" })
@Unique({ name: "event_registration_event_id_user_id_unique", properties: ["event", "user"] })
@ObjectType("EventRegistration", { description: "A person's registration for an event." })
export class EventRegistration {
  [OptionalProps]?: "uuid" | "position" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @ManyToOne({ entity: () => ExcellenceEvent, ref: true, deleteRule: "cascade" })
  event!: Ref<ExcellenceEvent>;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  @Field(() => RegistrationStatus, { description: "Whether the person has a place, is waiting, or cancelled." })
  @Enum({ items: () => RegistrationStatus, type: "string" })
  status!: RegistrationStatus;

  @Field(() => Int, {
    nullable: true,
    description: "Place on the waiting list, from 1 (next to get a place); null unless WAITLISTED.",
  })
  @Property({ type: "integer", nullable: true })
  position: number | null = null;

  @Field(() => GraphQLDateTimeISO, { description: "When the person registered." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
