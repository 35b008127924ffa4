import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput, notFound } from "../../graphql/errors.js";
import { authorize, canSeeSearchDemand, type Viewer } from "../../policy/index.js";
import { Network } from "../organisations/index.js";
import { SESSION_THRESHOLD, type DemandedQuery, type SearchDemand } from "./search-demand.types.js";

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 90;

export interface DemandPeriod {
  from?: Date | null;
  to?: Date | null;
  first: number;
}

/** Whose searches a view counts: a network's members, or anonymous visitors. */
type Scope = { networkId: string } | { anonymous: true };

interface QueryRow {
  query: string;
  searches: number;
  sessions: number;
  zeroResultSearches: number;
  openedSearches: number;
}

const midnight = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The aggregates of search demand, read from the recorded searches. The
 * threshold is applied in SQL, so a query fewer sessions searched never
 * leaves the database; lists are plain (not Relay connections): each is a
 * short ranking of the top `first`, read whole, and a page two of "the most
 * searched" would be a different question asked of a different period.
 */
export class SearchDemandService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  async ofNetwork(slug: string, period: DemandPeriod): Promise<SearchDemand> {
    const network = await this.em.findOne(Network, { slug }, { fields: ["uuid"] });
    if (!network) throw notFound(`No network has the slug "${slug}".`);
    authorize(this.viewer, canSeeSearchDemand(this.viewer, network.uuid), "see this network's search demand");
    return this.demand({ networkId: network.uuid }, period);
  }

  async ofPublic(period: DemandPeriod): Promise<SearchDemand> {
    authorize(this.viewer, canSeeSearchDemand(this.viewer, null), "see what anonymous visitors search for");
    return this.demand({ anonymous: true }, period);
  }

  private async demand(scope: Scope, { from, to, first }: DemandPeriod): Promise<SearchDemand> {
    const last = midnight(to ?? new Date());
    const start = midnight(from ?? new Date(last.getTime() - (DEFAULT_DAYS - 1) * DAY_MS));
    if (start > last) throw badInput("from", "must not be after `to`");
    const [where, scopeParams] =
      "networkId" in scope ? ["r.network_ids @> array[?]::uuid[]", [scope.networkId]] : ["not r.signed_in", []];
    const params = [...scopeParams, day(start), day(last)];
    const inView = `from search_record r left join search_result_opened o on o.search_id = r.id
      where ${where} and r.searched_on between ? and ?`;
    const connection = this.em.getConnection();
    const [totals, queries] = await Promise.all([
      connection.execute<{ searches: number; zeroResultSearches: number; openedSearches: number }>(
        `select count(*)::int as searches,
                (count(*) filter (where r.result_count = 0))::int as "zeroResultSearches",
                count(o.search_id)::int as "openedSearches"
         ${inView}`,
        params,
        "get",
      ),
      connection.execute<QueryRow[]>(
        `select r.query, count(*)::int as searches, count(distinct r.session_mark)::int as sessions,
                (count(*) filter (where r.result_count = 0))::int as "zeroResultSearches",
                count(o.search_id)::int as "openedSearches"
         ${inView} and r.query <> '' -- withheld queries (null) and empty ones list nothing
         group by r.query
         having count(distinct r.session_mark) >= ${SESSION_THRESHOLD}`,
        params,
      ),
    ]);
    const ranked = (rows: QueryRow[], count: (row: QueryRow) => number): DemandedQuery[] =>
      rows
        .filter((row) => count(row) > 0)
        .sort((a, b) => count(b) - count(a) || b.sessions - a.sessions || a.query.localeCompare(b.query))
        .slice(0, first);
    return {
      from: start,
      to: last,
      sessionThreshold: SESSION_THRESHOLD,
      ...totals,
      topQueries: ranked(queries, (row) => row.searches),
      zeroResultQueries: ranked(queries, (row) => row.zeroResultSearches),
      unopenedQueries: ranked(
        queries.filter((row) => row.openedSearches === 0),
        (row) => row.searches - row.zeroResultSearches,
      ),
    };
  }
}
