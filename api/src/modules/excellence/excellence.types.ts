import { Field, Int, ObjectType } from "type-graphql";
import { PageInfo, connectionTypes, type Connection, type Edge } from "../../graphql/relay.js";
import { AreaOfExcellence } from "./area-of-excellence.entity.js";
import { ExcellenceEvent } from "./event.entity.js";
import { EventRegistration } from "./event-registration.entity.js";

export const { ConnectionType: AreaOfExcellenceConnection } = connectionTypes(AreaOfExcellence, "Areas of Excellence");

/** Written out rather than built by `connectionTypes`, whose names follow the class (`ExcellenceEvent`). */
@ObjectType("EventEdge", { description: "An event with its cursor." })
export class EventEdge implements Edge<ExcellenceEvent> {
  @Field(() => String, { description: "Opaque cursor of this edge." })
  cursor!: string;

  @Field(() => ExcellenceEvent, { description: "The event." })
  node!: ExcellenceEvent;
}

@ObjectType("EventConnection", { description: "A page of events." })
export class EventConnection implements Connection<ExcellenceEvent> {
  @Field(() => [EventEdge], { description: "The events on this page with their cursors." })
  edges!: EventEdge[];

  @Field(() => [ExcellenceEvent], { description: "The events on this page." })
  nodes!: ExcellenceEvent[];

  @Field(() => PageInfo, { description: "Paging information." })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "How many events there are in all." })
  totalCount!: number;
}

@ObjectType({ description: "The result of a mutation that changes an Area of Excellence." })
export class AreaOfExcellencePayload {
  @Field(() => AreaOfExcellence, { description: "The Area of Excellence as it is now." })
  areaOfExcellence!: AreaOfExcellence;
}

@ObjectType({ description: "The result of `createEvent` or `updateEvent`." })
export class EventPayload {
  @Field(() => ExcellenceEvent, { description: "The event as it is now." })
  event!: ExcellenceEvent;
}

@ObjectType({ description: "The result of `registerForEvent` or `cancelEventRegistration`." })
export class EventRegistrationPayload {
  @Field(() => ExcellenceEvent, { description: "The event." })
  event!: ExcellenceEvent;

  @Field(() => EventRegistration, { description: "The viewer's registration as it is now." })
  registration!: EventRegistration;
}

@ObjectType({ description: "The result of `requestIntroduction`: the request is on its way to the contact." })
export class IntroductionPayload {
  @Field(() => AreaOfExcellence, { description: "The Area of Excellence whose contact was emailed." })
  areaOfExcellence!: AreaOfExcellence;
}
