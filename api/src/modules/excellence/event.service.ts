import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode, type FilterQuery } from "@mikro-orm/core";
import { alreadyTaken, badInput, notFound } from "../../graphql/errors.js";
import { keepWhere, loadBatched } from "../../graphql/batch.js";
import { validateInput } from "../../graphql/validation.js";
import type { Connection } from "../../graphql/relay.js";
import { byCreatedAtDesc, paginate, type KeysetOrder } from "../../graphql/pagination.js";
import {
  Visibility,
  authorize,
  canHostEvent,
  canViewEvent,
  eventHostingScope,
  eventVisibilityScope,
  eventVisibleWhere,
  requireViewer,
  type NetworkScope,
  type Viewer,
} from "../../policy/index.js";
import { Network, School } from "../organisations/index.js";
import type { AreaOfExcellence } from "./area-of-excellence.entity.js";
import { DEFAULT_TIME_ZONE, ExcellenceEvent } from "./event.entity.js";
import { EventRegistration } from "./event-registration.entity.js";
import { EventMode, EventOrder, RegistrationStatus } from "./excellence.enums.js";
import { CreateEventInput, EventFilter, EventRefInput, UpdateEventInput } from "./excellence.inputs.js";
import { ExcellenceService, networksOfSchoolBatched, schoolsInNetworks } from "./excellence.service.js";

const byStartsAtAsc: KeysetOrder<ExcellenceEvent> = {
  field: "startsAt",
  direction: "asc",
  toCursor: (row) => row.startsAt.toISOString(),
  fromCursor: (value) => new Date(value),
};

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** The rules on an event's shape, checked after every create and update so the result is always whole. */
function assertEventShape(event: ExcellenceEvent): void {
  if (event.endsAt.getTime() <= event.startsAt.getTime()) {
    throw badInput("input.endsAt", "input.endsAt must be after input.startsAt");
  }
  if (!isTimeZone(event.timeZone)) {
    throw badInput("input.timeZone", "input.timeZone must be an IANA time zone such as Europe/London");
  }
  const needsVenue = event.mode !== EventMode.ONLINE;
  const needsUrl = event.mode !== EventMode.IN_PERSON;
  if (needsVenue && !event.venue?.trim()) {
    throw badInput("input.venue", "input.venue is required for in-person and hybrid events");
  }
  if (needsUrl && !event.onlineUrl) {
    throw badInput("input.onlineUrl", "input.onlineUrl is required for online and hybrid events");
  }
  if (event.onlineUrl && !isWebUrl(event.onlineUrl)) {
    throw badInput("input.onlineUrl", "input.onlineUrl must be an http or https address");
  }
}

/**
 * Events and registrations. Registering and cancelling lock the event row
 * (SELECT ... FOR UPDATE) before counting places, so concurrent requests
 * queue on the lock and capacity is never exceeded.
 */
export class EventService {
  constructor(private readonly em: EntityManager) {}

  /** The networks whose moderators host the event: the host network, and the networks of the host and AoE schools. */
  async hostNetworkIds(event: {
    hostNetwork: { uuid: string } | null;
    hostSchool: { uuid: string } | null;
    areaOfExcellence: AreaOfExcellence | null;
  }): Promise<string[]> {
    const schoolIds = [event.hostSchool?.uuid, event.areaOfExcellence?.school.unwrap().uuid].filter(
      (id): id is string => id !== undefined,
    );
    const networks = await Promise.all(schoolIds.map((id) => networksOfSchoolBatched(this.em, id)));
    return [...new Set([event.hostNetwork?.uuid, ...networks.flat()])].filter((id): id is string => id !== undefined);
  }

  private async hostsOf(event: ExcellenceEvent): Promise<string[]> {
    const aoe = event.areaOfExcellence ? await event.areaOfExcellence.load({ dataloader: true }) : null;
    return this.hostNetworkIds({
      hostNetwork: event.hostNetwork ? { uuid: event.hostNetwork.unwrap().uuid } : null,
      hostSchool: event.hostSchool ? { uuid: event.hostSchool.unwrap().uuid } : null,
      areaOfExcellence: aoe,
    });
  }

  async canHost(viewer: Viewer | null, event: ExcellenceEvent): Promise<boolean> {
    return canHostEvent(viewer, await this.hostsOf(event));
  }

  /** May the viewer add events that show this Area of Excellence (as moderators of its school's networks)? */
  async canHostFor(viewer: Viewer | null, aoe: AreaOfExcellence): Promise<boolean> {
    return canHostEvent(
      viewer,
      await this.hostNetworkIds({ hostNetwork: null, hostSchool: null, areaOfExcellence: aoe }),
    );
  }

  async canView(viewer: Viewer | null, event: ExcellenceEvent): Promise<boolean> {
    const schoolId = event.hostSchool?.unwrap().uuid;
    const schoolNetworks = !event.hostNetwork && schoolId ? await networksOfSchoolBatched(this.em, schoolId) : [];
    return canViewEvent(viewer, {
      visibility: event.visibility,
      hostNetworkId: event.hostNetwork?.unwrap().uuid ?? null,
      hostSchoolNetworkIds: schoolNetworks,
      createdById: event.createdBy.unwrap().uuid,
    });
  }

  /** Those of these uuids the viewer may see; their host schools' networks load together. */
  async byIds(viewer: Viewer | null, uuids: string[]): Promise<ExcellenceEvent[]> {
    const found = await this.em.find(ExcellenceEvent, { uuid: { $in: uuids } });
    return keepWhere(found, (event) => this.canView(viewer, event));
  }

  async bySlug(viewer: Viewer | null, slug: string): Promise<ExcellenceEvent | null> {
    const event = await this.em.findOne(ExcellenceEvent, { slug });
    return event && (await this.canView(viewer, event)) ? event : null;
  }

  /** The policy's {@link eventVisibleWhere}, with the schools of the viewer's networks looked up. */
  async visibleFilter(viewer: Viewer | null): Promise<FilterQuery<ExcellenceEvent>> {
    const scope = eventVisibilityScope(viewer);
    // Whoever sees everything needs no schools looked up.
    const schools = scope.everything ? [] : await schoolsInNetworks(this.em, scope.memberNetworkIds);
    return eventVisibleWhere(viewer, schools);
  }

  async list(
    viewer: Viewer | null,
    filter: EventFilter | null | undefined,
    page: { first: number; after?: string | null },
    extra: FilterQuery<ExcellenceEvent> = {},
    orderBy: EventOrder = EventOrder.SOONEST,
  ): Promise<Connection<ExcellenceEvent>> {
    if (filter) await validateInput(EventFilter, filter, "filter");
    const conditions: FilterQuery<ExcellenceEvent>[] = [await this.visibleFilter(viewer), extra];
    const now = new Date();
    if (filter?.upcoming === true) conditions.push({ endsAt: { $gt: now } });
    if (filter?.upcoming === false) conditions.push({ endsAt: { $lte: now } });
    if (filter?.kind) conditions.push({ kind: filter.kind });
    if (filter?.hostNetworkSlug) conditions.push({ hostNetwork: { slug: filter.hostNetworkSlug } });
    if (filter?.schoolUrn) conditions.push({ hostSchool: { urn: filter.schoolUrn } });
    if (filter?.registeredByMe) conditions.push({ uuid: { $in: await this.registeredEventIds(viewer) } });
    if (filter?.hostedByMe) {
      const hosting = eventHostingScope(viewer);
      if (!hosting.everything) conditions.push(await this.hostedWhere(hosting));
    }
    const order = orderBy === EventOrder.NEWEST ? byCreatedAtDesc<ExcellenceEvent>() : byStartsAtAsc;
    return paginate(this.em, ExcellenceEvent, { $and: conditions }, order, page);
  }

  /** The events the viewer holds a place for or waits for (a person's registrations are few). */
  private async registeredEventIds(viewer: Viewer | null): Promise<string[]> {
    if (!viewer) return [];
    const rows = await this.em.find(
      EventRegistration,
      { user: viewer.userId, status: { $ne: RegistrationStatus.CANCELLED } },
      { fields: ["event"] },
    );
    return rows.map((row) => row.event.unwrap().uuid);
  }

  /** {@link canHostEvent} as a database filter, built from the policy's scope. */
  private async hostedWhere(scope: NetworkScope): Promise<FilterQuery<ExcellenceEvent>> {
    const schools = await schoolsInNetworks(this.em, scope.networkIds);
    return {
      $or: [
        { hostNetwork: { $in: scope.networkIds } },
        { hostSchool: { $in: schools } },
        { areaOfExcellence: { school: { $in: schools } } },
      ],
    };
  }

  async create(viewer: Viewer | null, input: CreateEventInput): Promise<ExcellenceEvent> {
    const me = requireViewer(viewer, "add events");
    const values = await validateInput(CreateEventInput, input);
    if (!values.hostSchoolUrn && !values.hostNetworkSlug) {
      throw badInput("input.hostNetworkSlug", "Give a host network, a host school, or both.");
    }
    const hostSchool = values.hostSchoolUrn ? await this.em.findOne(School, { urn: values.hostSchoolUrn }) : null;
    if (values.hostSchoolUrn && !hostSchool) {
      throw badInput("input.hostSchoolUrn", `There is no school with URN ${values.hostSchoolUrn}.`);
    }
    const hostNetwork = values.hostNetworkSlug
      ? await this.em.findOne(Network, { slug: values.hostNetworkSlug })
      : null;
    if (values.hostNetworkSlug && !hostNetwork) {
      throw badInput("input.hostNetworkSlug", `There is no network "${values.hostNetworkSlug}".`);
    }
    const aoe = values.areaOfExcellenceSlug
      ? await new ExcellenceService(this.em).bySlug(viewer, values.areaOfExcellenceSlug)
      : null;
    if (values.areaOfExcellenceSlug && !aoe) {
      throw badInput("input.areaOfExcellenceSlug", `There is no Area of Excellence "${values.areaOfExcellenceSlug}".`);
    }
    const hosts = await this.hostNetworkIds({ hostNetwork, hostSchool, areaOfExcellence: aoe });
    authorize(viewer, canHostEvent(viewer, hosts), "add events for these hosts");
    if (await this.em.count(ExcellenceEvent, { slug: values.slug })) throw alreadyTaken("excellence_event_slug_unique");
    const event = this.em.create(ExcellenceEvent, {
      kind: values.kind,
      title: values.title.trim(),
      slug: values.slug,
      description: values.description,
      startsAt: values.startsAt,
      endsAt: values.endsAt,
      timeZone: values.timeZone ?? DEFAULT_TIME_ZONE,
      mode: values.mode,
      venue: values.venue?.trim() || null,
      onlineUrl: values.onlineUrl?.trim() || null,
      hostSchool,
      hostNetwork,
      areaOfExcellence: aoe,
      capacity: values.capacity ?? null,
      visibility: values.visibility ?? Visibility.PUBLIC,
      registrationOpen: values.registrationOpen ?? true,
      createdBy: me.userId,
    });
    assertEventShape(event);
    await this.em.flush();
    return event;
  }

  async update(viewer: Viewer | null, input: UpdateEventInput): Promise<ExcellenceEvent> {
    const values = await validateInput(UpdateEventInput, input);
    const found = await this.visible(viewer, values.slug);
    authorize(viewer, await this.canHost(viewer, found), "change this event");
    await this.em.transactional(async (em) => {
      const event = await em.findOneOrFail(
        ExcellenceEvent,
        { uuid: found.uuid },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (values.kind !== undefined) event.kind = values.kind;
      if (values.title !== undefined) event.title = values.title.trim();
      if (values.description !== undefined) event.description = values.description;
      if (values.startsAt !== undefined) event.startsAt = values.startsAt;
      if (values.endsAt !== undefined) event.endsAt = values.endsAt;
      if (values.timeZone !== undefined) event.timeZone = values.timeZone;
      if (values.mode !== undefined) event.mode = values.mode;
      if (values.venue !== undefined) event.venue = values.venue?.trim() || null;
      if (values.onlineUrl !== undefined) event.onlineUrl = values.onlineUrl?.trim() || null;
      if (values.visibility !== undefined) event.visibility = values.visibility;
      if (values.registrationOpen !== undefined) event.registrationOpen = values.registrationOpen;
      if (values.capacity !== undefined) {
        const confirmed = await em.count(EventRegistration, { event, status: RegistrationStatus.CONFIRMED });
        if (values.capacity !== null && values.capacity < confirmed) {
          throw badInput(
            "input.capacity",
            `input.capacity must be at least ${confirmed}, the number of confirmed places; cancel registrations first`,
          );
        }
        event.capacity = values.capacity;
      }
      assertEventShape(event);
      await em.flush();
      await this.fillPlaces(em, event);
    });
    return this.em.findOneOrFail(ExcellenceEvent, { uuid: found.uuid }, { refresh: true });
  }

  /** Registers the viewer: CONFIRMED while places are free, WAITLISTED after. Registering twice changes nothing. */
  async register(viewer: Viewer | null, input: EventRefInput): Promise<EventRegistration> {
    const me = requireViewer(viewer, "register for events");
    const values = await validateInput(EventRefInput, input);
    const found = await this.visible(viewer, values.slug);
    return this.em.transactional(async (em) => {
      const event = await this.locked(em, found.uuid);
      if (!event.registrationOpen || event.endsAt <= new Date()) {
        throw badInput("input.slug", "Registration for this event is closed.");
      }
      const existing = await em.findOne(EventRegistration, { event, user: me.userId });
      if (existing && existing.status !== RegistrationStatus.CANCELLED) return existing;
      const confirmed = await em.count(EventRegistration, { event, status: RegistrationStatus.CONFIRMED });
      const free = event.capacity === null || confirmed < event.capacity;
      const waiting = free ? 0 : await em.count(EventRegistration, { event, status: RegistrationStatus.WAITLISTED });
      const registration =
        existing ?? em.create(EventRegistration, { event, user: me.userId, status: RegistrationStatus.CONFIRMED });
      registration.status = free ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
      registration.position = free ? null : waiting + 1;
      registration.createdAt = new Date();
      await em.flush();
      return registration;
    });
  }

  /** Cancels the viewer's registration; a freed place goes to the earliest on the waiting list. */
  async cancel(viewer: Viewer | null, input: EventRefInput): Promise<EventRegistration> {
    const me = requireViewer(viewer, "cancel a registration");
    const values = await validateInput(EventRefInput, input);
    const found = await this.visible(viewer, values.slug);
    return this.em.transactional(async (em) => {
      const event = await this.locked(em, found.uuid);
      const registration = await em.findOne(EventRegistration, {
        event,
        user: me.userId,
        status: { $ne: RegistrationStatus.CANCELLED },
      });
      if (!registration) throw badInput("input.slug", "You are not registered for this event.");
      registration.status = RegistrationStatus.CANCELLED;
      registration.position = null;
      await em.flush();
      await this.fillPlaces(em, event);
      return registration;
    });
  }

  /** Promotes the waiting list, in order, into free places and renumbers who is left from 1. Call under the event lock. */
  private async fillPlaces(em: EntityManager, event: ExcellenceEvent): Promise<void> {
    const waiting = await em.find(
      EventRegistration,
      { event, status: RegistrationStatus.WAITLISTED },
      { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
    );
    if (waiting.length === 0) return;
    const confirmed = await em.count(EventRegistration, { event, status: RegistrationStatus.CONFIRMED });
    const free = event.capacity === null ? waiting.length : Math.max(0, event.capacity - confirmed);
    waiting.forEach((registration, index) => {
      if (index < free) {
        registration.status = RegistrationStatus.CONFIRMED;
        registration.position = null;
      } else {
        registration.position = index - free + 1;
      }
    });
    await em.flush();
  }

  private locked(em: EntityManager, uuid: string): Promise<ExcellenceEvent> {
    return em.findOneOrFail(ExcellenceEvent, { uuid }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  /** How many places are taken; the counts of a whole page of events load in one query. */
  async confirmedCount(event: ExcellenceEvent): Promise<number> {
    const count = await loadBatched(this.em, "Event.confirmedCount", event.uuid, async (ids) => {
      const rows = await this.em.getConnection().execute<{ id: string; confirmed: string }[]>(
        `select event_id as id, count(*) as confirmed from event_registration
          where status = ? and event_id in (?) group by event_id`,
        [RegistrationStatus.CONFIRMED, ids],
        "all",
        this.em.getTransactionContext(),
      );
      return new Map(rows.map((row) => [row.id, Number(row.confirmed)]));
    });
    return count ?? 0;
  }

  /** Everyone registered (confirmed, then waiting in order), for the hosts. */
  attendees(event: ExcellenceEvent): Promise<EventRegistration[]> {
    return this.em.find(
      EventRegistration,
      { event, status: { $ne: RegistrationStatus.CANCELLED } },
      { orderBy: [{ status: "asc" }, { position: "asc" }, { createdAt: "asc" }], populate: ["user"] },
    );
  }

  /** The viewer's own registration; those for a whole page of events load in one query. */
  async registrationOf(viewer: Viewer | null, event: ExcellenceEvent): Promise<EventRegistration | null> {
    if (!viewer) return null;
    const found = await loadBatched(this.em, "Event.viewerRegistration", event.uuid, async (ids) => {
      const rows = await this.em.find(EventRegistration, { event: { $in: ids }, user: viewer.userId });
      return new Map(rows.map((row) => [row.event.unwrap().uuid, row]));
    });
    return found ?? null;
  }

  private async visible(viewer: Viewer | null, slug: string): Promise<ExcellenceEvent> {
    const event = await this.bySlug(viewer, slug);
    if (!event) throw notFound(`There is no event "${slug}".`);
    return event;
  }
}
