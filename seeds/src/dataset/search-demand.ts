import { importSearches, Network, type ImportedSearch, type Orm } from "@hub/api";
import { Random } from "../generator/prng.js";
import { addDays, isoDay } from "./dates.js";
import { Json } from "./files.js";
import type { Tally } from "./tally.js";

/** One query of a view: how often it was searched over the period, and what came of it. */
export interface DemandQuerySeed {
  query: string;
  searches: number;
  /** Different sessions it comes from; the view's when not given (fewer than 3 keeps it out of every list). */
  sessions?: number;
  results: boolean;
  /** Of its searches with results, the share (0 to 100) that had one opened. */
  openedPercent: number;
}

/** Searches of one view: a network's members (by slug), or anonymous visitors (the public view). */
export interface DemandViewSeed {
  networkSlug: string | null;
  sessions: number;
  queries: DemandQuerySeed[];
}

export interface SearchDemandSeed {
  seed: number;
  weeks: number;
  views: DemandViewSeed[];
}

const FILE = "search-demand.json";

export function readSearchDemand(dataDir?: string): SearchDemandSeed {
  const file = Json.read(FILE, dataDir);
  const whole = (item: Json, key: string, min: number) => {
    const value = item.int(key) ?? item.fail("is required", key);
    return value >= min ? value : item.fail(`must be at least ${min}`, key);
  };
  return {
    seed: whole(file, "seed", 0),
    weeks: whole(file, "weeks", 1),
    views: file
      .field("views")
      .items()
      .map((view) => ({
        networkSlug: view.bool("public") ? null : view.str("network"),
        sessions: whole(view, "sessions", 1),
        queries: view
          .field("queries")
          .items()
          .map((query) => ({
            query: query.str("query"),
            searches: whole(query, "searches", 1),
            sessions: query.has("sessions") ? whole(query, "sessions", 1) : undefined,
            results: query.bool("results") ?? query.fail("is required", "results"),
            openedPercent: query.has("openedPercent") ? whole(query, "openedPercent", 0) : 0,
          })),
      })),
  };
}

/**
 * Recorded searches over the last weeks before `today`, so the insight
 * page's search demand has something to show on a first start: written
 * through the API's bulk import, with the same normalising and no identity
 * (a session is a label such as "nlt-english 3"). Every choice comes from
 * the file's seed, so a load on the same day writes the same searches. Once
 * any search is recorded the file is left alone.
 */
export async function loadSearchDemand(orm: Orm, seed: SearchDemandSeed, today: Date, tally: Tally): Promise<void> {
  const total = seed.views.reduce((sum, view) => sum + view.queries.reduce((n, query) => n + query.searches, 0), 0);
  const recorded = await orm.em
    .getConnection()
    .execute<{ any: boolean }>("select exists (select 1 from search_record) as any", [], "get");
  if (recorded.any) {
    for (let search = 0; search < total; search += 1) tally.skipped("recorded search");
    return;
  }
  const random = new Random(seed.seed);
  const searches: ImportedSearch[] = [];
  for (const view of seed.views) {
    const networkIds = view.networkSlug
      ? [(await orm.em.fork().findOneOrFail(Network, { slug: view.networkSlug })).uuid]
      : [];
    for (const query of view.queries) {
      for (let i = 0; i < query.searches; i += 1) {
        const found = query.results ? random.int(2, 40) : 0;
        searches.push({
          searchedOn: isoDay(addDays(today, -random.int(0, seed.weeks * 7 - 1))),
          query: query.query,
          kinds: [],
          filters: {},
          resultCount: found,
          networkIds,
          signedIn: view.networkSlug !== null,
          session: `${view.networkSlug ?? "public"} ${random.int(1, query.sessions ?? view.sessions)}`,
          opened: found > 0 && random.int(1, 100) <= query.openedPercent,
        });
      }
    }
  }
  await importSearches(orm, searches);
  for (let search = 0; search < searches.length; search += 1) tally.created("recorded search");
}
