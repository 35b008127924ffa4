import type { EntityManager } from "@mikro-orm/postgresql";
import {
  AoeStatus,
  AreaOfExcellence,
  EventKind,
  EventMode,
  EventService,
  ExcellenceEvent,
  ExcellenceService,
  Phase,
  Resource,
  ReviewKind,
  Visibility,
  type User,
} from "@hub/api";
import { SeedDataError, inFile } from "./errors.js";
import { frontMatterFiles } from "./files.js";
import { addDays, addMonths, isoDay, londonTime } from "./dates.js";
import type { FrontMatter } from "./front-matter.js";
import type { Actors } from "./resources.js";
import type { Tally } from "./tally.js";

const AOE_KEYS: Record<string, string> = {
  schoolUrn: "school",
  themeSlugs: "themes",
  sourceReview: "review",
  reviewDate: "reviewedMonthsAgo",
  overallEstimate: "estimate",
  contactId: "contact",
  resourceId: "resources",
  ambitionSlugs: "ambitions",
};

/** Weeks between a review and its validation by a hub moderator. */
const VALIDATION_DELAY_DAYS = 21;

export interface ExcellenceSeed {
  file: string;
  slug: string;
  title: string;
  schoolUrn: string;
  themeSlugs: string[];
  phase: Phase;
  summary: string;
  evidence: string;
  review: ReviewKind;
  reviewedMonthsAgo: number;
  estimate?: string;
  status: AoeStatus;
  proposedBy: string;
  contact: string;
  validatedBy?: string;
  resources: string[];
  ambitions: string[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function time(file: FrontMatter, key: string): string {
  const value = file.required(key);
  if (!TIME.test(value)) throw new SeedDataError(file.file, key, `"${value}" is not a time written HH:MM`);
  return value;
}

export function readExcellence(dataDir?: string): ExcellenceSeed[] {
  return frontMatterFiles("excellence", dataDir).map((file) => {
    const seed: ExcellenceSeed = {
      file: file.file,
      slug: file.required("slug"),
      title: file.required("title"),
      schoolUrn: file.required("school"),
      themeSlugs: file.list("themes"),
      phase: file.oneOf("phase", Phase),
      summary: file.required("summary"),
      evidence: file.body,
      review: file.oneOf("review", ReviewKind),
      reviewedMonthsAgo: file.requiredInteger("reviewedMonthsAgo"),
      estimate: file.optional("estimate"),
      status: file.oneOf("status", AoeStatus),
      proposedBy: file.required("proposedBy"),
      contact: file.required("contact"),
      validatedBy: file.optional("validatedBy"),
      resources: file.list("resources"),
      ambitions: file.list("ambitions"),
    };
    // Validations last three years; a month or two of margin keeps month arithmetic from tipping the status.
    if (seed.status === AoeStatus.EXPIRED && seed.reviewedMonthsAgo < 37) {
      throw new SeedDataError(file.file, "reviewedMonthsAgo", "an EXPIRED one was reviewed at least 37 months ago");
    }
    if (seed.status !== AoeStatus.EXPIRED && seed.reviewedMonthsAgo > 34) {
      throw new SeedDataError(
        file.file,
        "reviewedMonthsAgo",
        "a review this old has lapsed or soon will: mark it EXPIRED",
      );
    }
    file.finish();
    return seed;
  });
}

/**
 * Proposes each Area of Excellence as its proposer, links the resources
 * that show it, and for VALIDATED and EXPIRED has a hub moderator (or the
 * admin) validate it, then records when that happened: three weeks after
 * the review, so one reviewed over three years ago reads as EXPIRED.
 */
export async function loadExcellence(
  em: EntityManager,
  seeds: ExcellenceSeed[],
  actors: Actors,
  users: Map<string, User>,
  today: Date,
  tally: Tally,
): Promise<void> {
  for (const seed of seeds) {
    if (await em.fork().count(AreaOfExcellence, { slug: seed.slug })) {
      tally.skipped("areas of excellence");
      continue;
    }
    const proposer = actors.viewer(seed.file, "proposedBy", seed.proposedBy);
    actors.viewer(seed.file, "contact", seed.contact);
    const validator = seed.validatedBy ? actors.viewer(seed.file, "validatedBy", seed.validatedBy) : actors.admin;
    const reviewed = addMonths(today, -seed.reviewedMonthsAgo);
    await inFile(seed.file, AOE_KEYS, () =>
      em.fork().transactional(async (tx) => {
        const service = new ExcellenceService(tx);
        await service.propose(proposer, {
          schoolUrn: seed.schoolUrn,
          title: seed.title,
          slug: seed.slug,
          themeSlugs: seed.themeSlugs,
          phase: seed.phase,
          summary: seed.summary,
          evidence: seed.evidence,
          sourceReview: seed.review,
          reviewDate: isoDay(reviewed),
          overallEstimate: seed.estimate ?? null,
          contactId: users.get(seed.contact)!.id,
          ambitionSlugs: seed.ambitions,
        });
        for (const slug of seed.resources) {
          const resource = await tx.findOne(Resource, { slug });
          if (!resource) throw new SeedDataError(seed.file, "resources", `there is no resource "${slug}"`);
          await service.linkResource(proposer, { slug: seed.slug, resourceId: resource.id }, true);
        }
        if (seed.status !== AoeStatus.PROPOSED) {
          await service.validate(validator, { slug: seed.slug });
          await service.importValidationDate(seed.slug, addDays(reviewed, VALIDATION_DELAY_DAYS));
        }
      }),
    );
    tally.created("areas of excellence");
  }
}

const EVENT_KEYS: Record<string, string> = {
  hostSchoolUrn: "hostSchool",
  hostNetworkSlug: "hostNetwork",
  areaOfExcellenceSlug: "areaOfExcellence",
  startsAt: "startsInDays",
  endsAt: "endsInDays",
};

export interface EventSeed {
  file: string;
  slug: string;
  title: string;
  kind: EventKind;
  description: string;
  startsInDays: number;
  startTime: string;
  endsInDays: number;
  endTime: string;
  mode: EventMode;
  venue?: string;
  onlineUrl?: string;
  hostSchoolUrn?: string;
  hostNetworkSlug?: string;
  areaOfExcellenceSlug?: string;
  capacity?: number;
  visibility: Visibility;
  createdBy?: string;
  registrants: string[];
}

export function readEvents(dataDir?: string): EventSeed[] {
  return frontMatterFiles("events", dataDir).map((file) => {
    const startsInDays = file.requiredInteger("startsInDays");
    const seed: EventSeed = {
      file: file.file,
      slug: file.required("slug"),
      title: file.required("title"),
      kind: file.oneOf("kind", EventKind),
      description: file.body,
      startsInDays,
      startTime: time(file, "startTime"),
      endsInDays: file.integer("endsInDays") ?? startsInDays,
      endTime: time(file, "endTime"),
      mode: file.oneOf("mode", EventMode),
      venue: file.optional("venue"),
      onlineUrl: file.optional("onlineUrl"),
      hostSchoolUrn: file.optional("hostSchool"),
      hostNetworkSlug: file.optional("hostNetwork"),
      areaOfExcellenceSlug: file.optional("areaOfExcellence"),
      capacity: file.integer("capacity"),
      visibility: file.oneOf("visibility", Visibility, Visibility.PUBLIC),
      createdBy: file.optional("createdBy"),
      registrants: file.list("registrants"),
    };
    if (seed.registrants.length && seed.startsInDays < 0) {
      throw new SeedDataError(
        file.file,
        "registrants",
        "registration closes when an event is over; only upcoming events take them",
      );
    }
    file.finish();
    return seed;
  });
}

/** Creates each event as its organiser, then registers its registrants in order (the last ones wait when it fills). */
export async function loadEvents(
  em: EntityManager,
  seeds: EventSeed[],
  actors: Actors,
  today: Date,
  tally: Tally,
): Promise<void> {
  for (const seed of seeds) {
    if (await em.fork().count(ExcellenceEvent, { slug: seed.slug })) {
      tally.skipped("events");
      continue;
    }
    const organiser = seed.createdBy ? actors.viewer(seed.file, "createdBy", seed.createdBy) : actors.admin;
    const registrants = seed.registrants.map((email) => actors.viewer(seed.file, "registrants", email));
    await inFile(seed.file, EVENT_KEYS, () =>
      em.fork().transactional(async (tx) => {
        const service = new EventService(tx);
        await service.create(organiser, {
          kind: seed.kind,
          title: seed.title,
          slug: seed.slug,
          description: seed.description,
          startsAt: londonTime(addDays(today, seed.startsInDays), seed.startTime),
          endsAt: londonTime(addDays(today, seed.endsInDays), seed.endTime),
          mode: seed.mode,
          venue: seed.venue ?? null,
          onlineUrl: seed.onlineUrl ?? null,
          hostSchoolUrn: seed.hostSchoolUrn ?? null,
          hostNetworkSlug: seed.hostNetworkSlug ?? null,
          areaOfExcellenceSlug: seed.areaOfExcellenceSlug ?? null,
          capacity: seed.capacity ?? null,
          visibility: seed.visibility,
        });
        for (const registrant of registrants) await service.register(registrant, { slug: seed.slug });
      }),
    );
    tally.created("events");
  }
}
