import { registerEnumType } from "type-graphql";

/** The kind of peer review an Area of Excellence was recognised through. */
export enum ReviewKind {
  QAR = "QAR",
  MLQAR = "MLQAR",
  OTHER = "OTHER",
}

registerEnumType(ReviewKind, {
  name: "ReviewKind",
  description: "The kind of peer review an Area of Excellence was recognised through.",
  valuesConfig: {
    QAR: { description: "A Quality Assurance Review." },
    MLQAR: { description: "A Middle Leaders Quality Assurance Review." },
    OTHER: { description: "Another kind of review." },
  },
});

/**
 * Where an Area of Excellence stands. Only PROPOSED and VALIDATED are stored;
 * EXPIRED is worked out on read (a VALIDATED one whose `expiresAt` has passed),
 * so no scheduled job has to run once.
 */
export enum AoeStatus {
  PROPOSED = "PROPOSED",
  VALIDATED = "VALIDATED",
  EXPIRED = "EXPIRED",
}

registerEnumType(AoeStatus, {
  name: "AoeStatus",
  description: "Where an Area of Excellence stands.",
  valuesConfig: {
    PROPOSED: { description: "Proposed, waiting for a hub moderator to validate it; not public." },
    VALIDATED: { description: "Validated by a hub moderator and public until it expires." },
    EXPIRED: { description: "Validated once, but its validation has lapsed; renewing brings it back." },
  },
});

/** What sort of event it is. */
export enum EventKind {
  AOE_EVENT = "AOE_EVENT",
  CONFERENCE = "CONFERENCE",
  TEACH_MEET = "TEACH_MEET",
  LEADERSHIP_DEVELOPMENT_DAY = "LEADERSHIP_DEVELOPMENT_DAY",
  RESIDENTIAL = "RESIDENTIAL",
  SCHOOL_VISIT = "SCHOOL_VISIT",
  NETWORK_MEETING = "NETWORK_MEETING",
}

/** Each kind of event's name, as people read it (search facets). */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  [EventKind.AOE_EVENT]: "Area of Excellence event",
  [EventKind.CONFERENCE]: "Conference",
  [EventKind.TEACH_MEET]: "Teach Meet",
  [EventKind.LEADERSHIP_DEVELOPMENT_DAY]: "Leadership development day",
  [EventKind.RESIDENTIAL]: "Residential",
  [EventKind.SCHOOL_VISIT]: "School visit",
  [EventKind.NETWORK_MEETING]: "Network meeting",
};

registerEnumType(EventKind, {
  name: "EventKind",
  description: "What sort of event it is.",
  valuesConfig: {
    AOE_EVENT: { description: "A best-practice event a school runs on its Area of Excellence." },
    CONFERENCE: { description: "A conference." },
    TEACH_MEET: { description: "A Teach Meet: short talks by teachers for teachers." },
    LEADERSHIP_DEVELOPMENT_DAY: { description: "A leadership development day." },
    RESIDENTIAL: { description: "A learning residential." },
    SCHOOL_VISIT: { description: "A visit to a school." },
    NETWORK_MEETING: { description: "A meeting of a network." },
  },
});

/** How people take part in an event. */
export enum EventMode {
  IN_PERSON = "IN_PERSON",
  ONLINE = "ONLINE",
  HYBRID = "HYBRID",
}

registerEnumType(EventMode, {
  name: "EventMode",
  description: "How people take part in an event.",
  valuesConfig: {
    IN_PERSON: { description: "At a venue." },
    ONLINE: { description: "Online, through a link." },
    HYBRID: { description: "At a venue and online." },
  },
});

/** Where a registration for an event stands. */
export enum RegistrationStatus {
  CONFIRMED = "CONFIRMED",
  WAITLISTED = "WAITLISTED",
  CANCELLED = "CANCELLED",
}

registerEnumType(RegistrationStatus, {
  name: "RegistrationStatus",
  description: "Where a registration for an event stands.",
  valuesConfig: {
    CONFIRMED: { description: "Has a place." },
    WAITLISTED: { description: "Waiting for a place; places go to the waiting list in order." },
    CANCELLED: { description: "Cancelled by the person; the place went to the next on the waiting list." },
  },
});

/** How a list of Areas of Excellence is ordered. */
export enum AreaOfExcellenceOrder {
  NEWEST = "NEWEST",
  UPDATED = "UPDATED",
  TITLE = "TITLE",
}

registerEnumType(AreaOfExcellenceOrder, {
  name: "AreaOfExcellenceOrder",
  description: "How a list of Areas of Excellence is ordered.",
  valuesConfig: {
    NEWEST: { description: "Most recently proposed first." },
    UPDATED: { description: "Most recently changed first." },
    TITLE: { description: "By title, A to Z." },
  },
});

/** How a list of events is ordered. */
export enum EventOrder {
  SOONEST = "SOONEST",
  NEWEST = "NEWEST",
}

registerEnumType(EventOrder, {
  name: "EventOrder",
  description: "How a list of events is ordered.",
  valuesConfig: {
    SOONEST: { description: "By start time, earliest first." },
    NEWEST: { description: "Most recently announced first." },
  },
});
