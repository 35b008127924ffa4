import type { Orm } from "@hub/api";
import { NetworkRole, Resource } from "@hub/api";
import { readCurriculum, loadCurriculum, type EntitlementSeed } from "./curriculum.js";
import { SeedDataError } from "./errors.js";
import {
  readEvents,
  readExcellence,
  loadEvents,
  loadExcellence,
  type EventSeed,
  type ExcellenceSeed,
} from "./excellence.js";
import { startOfDay } from "./dates.js";
import { readOrganisations, loadOrganisations, type Organisations } from "./organisations.js";
import { ensureAdmin, loadPeople, readPeople, viewersOf, type People } from "./people.js";
import { readResources, loadResources, linkRelated, type Actors, type ResourceSeed } from "./resources.js";
import { Tally } from "./tally.js";
import { loadSearchDemand, readSearchDemand, type SearchDemandSeed } from "./search-demand.js";
import { loadReviews, readReviews, type ReviewSeed } from "./reviews.js";
import { loadPlans, readPlans, type PlanSeed } from "./plans.js";
import {
  loadAmbitions,
  loadCollections,
  readAmbitions,
  readCollections,
  type AmbitionSeed,
  type CollectionSeed,
} from "./ambitions.js";

/** Every file of the sector dataset, read and checked before anything is written. */
export interface SectorDataset {
  organisations: Organisations;
  people: People;
  resources: ResourceSeed[];
  excellence: ExcellenceSeed[];
  events: EventSeed[];
  curriculum: EntitlementSeed[];
  ambitions: AmbitionSeed[];
  collections: CollectionSeed[];
  searchDemand: SearchDemandSeed;
  reviews: ReviewSeed[];
  plans: PlanSeed[];
}

export function readSectorDataset(dataDir?: string): SectorDataset {
  return {
    organisations: readOrganisations(dataDir),
    people: readPeople(dataDir),
    resources: readResources(dataDir),
    excellence: readExcellence(dataDir),
    events: readEvents(dataDir),
    curriculum: readCurriculum(dataDir),
    ambitions: readAmbitions(dataDir),
    collections: readCollections(dataDir),
    searchDemand: readSearchDemand(dataDir),
    reviews: readReviews(dataDir),
    plans: readPlans(dataDir),
  };
}

export interface LoadOptions {
  /** Told what was just created or found, kind by kind, for a progress line. */
  progress?: (kind: string, counts: { created: number; skipped: number }) => void;
  /** The day relative dates count from (events, reviews, adoptions); today unless given. */
  today?: Date;
  dataDir?: string;
}

export interface LoadReport {
  counts: Map<string, { created: number; skipped: number }>;
  created: number;
}

/** Whether the library holds no resources yet (the test for loading the dataset on first start). */
export async function isEmpty(orm: Orm): Promise<boolean> {
  return (await orm.em.fork().count(Resource)) === 0;
}

const ROLE_ORDER = [NetworkRole.LEAD, NetworkRole.MODERATOR];

/**
 * Loads the sector dataset through the API's services, as its people would
 * do it, so every rule and permission applies. Idempotent: whatever exists
 * already (by slug, URN or email) is left exactly as it is.
 */
export async function loadSectorDataset(orm: Orm, options: LoadOptions = {}): Promise<LoadReport> {
  const data = readSectorDataset(options.dataDir);
  const today = startOfDay(options.today ?? new Date());
  const tally = new Tally(options.progress ?? (() => undefined));
  const em = orm.em.fork();

  const admin = await ensureAdmin(em.fork(), data.people, tally);
  await loadOrganisations(em.fork(), admin, data.organisations, tally);
  const users = await loadPeople(em.fork(), data.people, tally);
  const viewers = await viewersOf(em.fork(), users);
  const roleOf = new Map(data.people.people.map((person) => [person.email, new Map(person.roles)]));
  const actors: Actors = {
    admin,
    viewers,
    viewer(file, field, email) {
      const viewer = viewers.get(email.toLowerCase());
      if (!viewer) throw new SeedDataError(file, field, `${email} is not a person in seeds/data/people.json`);
      return viewer;
    },
    moderatorOf(networkSlug) {
      for (const role of ROLE_ORDER) {
        const email = [...roleOf].find(([, roles]) => roles.get(networkSlug) === role)?.[0];
        if (email) return viewers.get(email)!;
      }
      return admin;
    },
  };

  await loadAmbitions(em, data.ambitions, actors, tally);
  await loadResources(em, data.resources, actors, tally);
  await linkRelated(em, data.resources, actors);
  await loadExcellence(em, data.excellence, actors, users, today, tally);
  await loadEvents(em, data.events, actors, today, tally);
  await loadReviews(em, data.reviews, actors, today, tally);
  await loadPlans(em, data.plans, actors, today, tally);
  await loadCurriculum(em, data.curriculum, actors, today, tally);
  await loadCollections(em, data.collections, actors, tally);
  await loadSearchDemand(orm, data.searchDemand, today, tally);
  return { counts: tally.counts, created: tally.totalCreated };
}
