import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { EventOrder } from "./excellence.enums.js";
import type { Context } from "../../graphql/context.js";
import { PageArgs, type Connection } from "../../graphql/relay.js";
import { Network, School } from "../organisations/index.js";
import { User } from "../accounts/index.js";
import { markdownToPlainText, renderMarkdown } from "../resources/index.js";
import { AreaOfExcellence } from "./area-of-excellence.entity.js";
import { ExcellenceEvent } from "./event.entity.js";
import { EventRegistration } from "./event-registration.entity.js";
import { CreateEventInput, EventFilter, EventRefInput, UpdateEventInput } from "./excellence.inputs.js";
import { EventConnection, EventPayload, EventRegistrationPayload } from "./excellence.types.js";
import { EventService } from "./event.service.js";
import { ExcellenceService } from "./excellence.service.js";

@Resolver(() => ExcellenceEvent)
export class EventResolver {
  @Query(() => ExcellenceEvent, {
    nullable: true,
    description: "An event by its slug, or null when there is none you may see.",
  })
  event(
    @Arg("slug", () => String, { description: "The event's slug." }) slug: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<ExcellenceEvent | null> {
    return new EventService(em).bySlug(viewer, slug);
  }

  @Query(() => EventConnection, { description: "Events you may see, soonest first unless asked otherwise." })
  events(
    @Arg("filter", () => EventFilter, { nullable: true, validate: false, description: "Which events to list." })
    filter: EventFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => EventOrder, { defaultValue: EventOrder.SOONEST, description: "How to order them." })
    orderBy: EventOrder,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<ExcellenceEvent>> {
    return new EventService(em).list(viewer, filter, page, {}, orderBy);
  }

  @FieldResolver(() => School, { nullable: true, description: "The school hosting the event, if a school hosts it." })
  hostSchool(@Root() event: ExcellenceEvent): Promise<School | null> {
    return event.hostSchool ? event.hostSchool.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => Network, {
    nullable: true,
    description: "The network hosting the event, if a network hosts it.",
  })
  hostNetwork(@Root() event: ExcellenceEvent): Promise<Network | null> {
    return event.hostNetwork ? event.hostNetwork.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => AreaOfExcellence, {
    nullable: true,
    description: "The Area of Excellence the event shows, when there is one you may see.",
  })
  async areaOfExcellence(
    @Root() event: ExcellenceEvent,
    @Ctx() { em, viewer }: Context,
  ): Promise<AreaOfExcellence | null> {
    if (!event.areaOfExcellence) return null;
    const aoe = await event.areaOfExcellence.loadOrFail({ dataloader: true });
    return (await new ExcellenceService(em).canView(viewer, aoe)) ? aoe : null;
  }

  @FieldResolver(() => String, {
    description: "The description rendered from Markdown to HTML that is safe to show, as resource bodies are.",
  })
  descriptionHtml(@Root() event: ExcellenceEvent): string {
    return renderMarkdown(event.description);
  }

  @FieldResolver(() => String, {
    description: "The description as plain text (the Markdown's words without its marks), for calendars and summaries.",
  })
  descriptionText(@Root() event: ExcellenceEvent): string {
    return markdownToPlainText(event.description);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "How many places are free; null when places are unlimited.",
  })
  async placesLeft(@Root() event: ExcellenceEvent, @Ctx() { em }: Context): Promise<number | null> {
    if (event.capacity === null) return null;
    return Math.max(0, event.capacity - (await new EventService(em).confirmedCount(event)));
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may change the event and see who is coming (its hosts and admins).",
  })
  viewerCanManage(@Root() event: ExcellenceEvent, @Ctx() { em, viewer }: Context): Promise<boolean> {
    return new EventService(em).canHost(viewer, event);
  }

  @FieldResolver(() => EventRegistration, {
    nullable: true,
    description:
      "Your own registration for the event, if you have registered (also when cancelled); null when signed out.",
  })
  registration(@Root() event: ExcellenceEvent, @Ctx() { em, viewer }: Context): Promise<EventRegistration | null> {
    return new EventService(em).registrationOf(viewer, event);
  }

  @FieldResolver(() => [EventRegistration], {
    nullable: true,
    description:
      "Everyone registered, confirmed first then the waiting list in order: for the hosts (moderators of the host networks) and admins; null for anyone else.",
  })
  async attendees(@Root() event: ExcellenceEvent, @Ctx() { em, viewer }: Context): Promise<EventRegistration[] | null> {
    const service = new EventService(em);
    return (await service.canHost(viewer, event)) ? service.attendees(event) : null;
  }

  @Mutation(() => EventPayload, {
    description:
      "Adds an event (moderators of the host network, of the host school's networks or of the Area of Excellence's school's networks; admins).",
  })
  async createEvent(
    @Arg("input", () => CreateEventInput, { validate: false }) input: CreateEventInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<EventPayload> {
    return { event: await new EventService(em).create(viewer, input) };
  }

  @Mutation(() => EventPayload, { description: "Changes an event (its hosts and admins)." })
  async updateEvent(
    @Arg("input", () => UpdateEventInput, { validate: false }) input: UpdateEventInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<EventPayload> {
    return { event: await new EventService(em).update(viewer, input) };
  }

  @Mutation(() => EventRegistrationPayload, {
    description:
      "Registers you for an event: CONFIRMED while places are free, WAITLISTED after. Registering again changes nothing.",
  })
  async registerForEvent(
    @Arg("input", () => EventRefInput, { validate: false }) input: EventRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<EventRegistrationPayload> {
    const registration = await new EventService(em).register(viewer, input);
    return { registration, event: await registration.event.loadOrFail() };
  }

  @Mutation(() => EventRegistrationPayload, {
    description: "Cancels your registration; a freed place goes to the earliest person on the waiting list.",
  })
  async cancelEventRegistration(
    @Arg("input", () => EventRefInput, { validate: false }) input: EventRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<EventRegistrationPayload> {
    const registration = await new EventService(em).cancel(viewer, input);
    return { registration, event: await registration.event.loadOrFail() };
  }
}

@Resolver(() => EventRegistration)
export class EventRegistrationResolver {
  @FieldResolver(() => User, { description: "The person registered." })
  person(@Root() registration: EventRegistration): Promise<User> {
    return registration.user.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => ExcellenceEvent, { description: "The event." })
  event(@Root() registration: EventRegistration): Promise<ExcellenceEvent> {
    return registration.event.loadOrFail({ dataloader: true });
  }
}
