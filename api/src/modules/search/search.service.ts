import type { EntityManager } from "@mikro-orm/postgresql";
import type { Hit, Meilisearch, SearchParams, SearchResponse } from "meilisearch";
import { badInput } from "../../graphql/errors.js";
import { decodeCursor, encodeCursor, type PageInfo } from "../../graphql/relay.js";
import { visibilityFilter, type Viewer } from "../../policy/index.js";
import { LICENCES, type Licence } from "../resources/index.js";
import { KEY_STAGE_LABELS, PHASE_LABELS, REGION_LABELS, YEAR_GROUP_LABELS } from "../taxonomy/index.js";
import {
  facetCounts,
  facetIn,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  MAX_TOTAL_HITS,
  seconds,
  type FacetCounts,
  type FacetField,
  type SearchKind,
} from "./document.js";
import { indexName } from "./engine.js";
import { withinSearchTimeout } from "./availability.js";
import type { FacetLabels } from "./facet-labels.js";
import { all } from "./filter-syntax.js";
import { parseHighlights, type HighlightedText } from "./highlight.js";
import {
  SEARCH_KIND_LABELS,
  SEARCH_TYPE_LABELS,
  SearchOrder,
  type FacetValue,
  type SearchFacets,
  type SearchFilter,
} from "./search.types.js";
import { searchSources } from "./sources.js";
import type { SearchSource } from "./source.js";

/** Where search runs: the process's Meilisearch client, this deployment's index prefix and the facet label cache. */
export interface SearchClient {
  meili: Meilisearch;
  prefix: string;
  labels: FacetLabels;
}

export interface SearchRequest {
  query: string;
  kinds?: SearchKind[] | null;
  filter?: SearchFilter | null;
  orderBy: SearchOrder;
  first: number;
  after?: string | null;
  includeUnpublished: boolean;
}

export interface FoundHit {
  kind: SearchKind;
  node: object;
  title: HighlightedText;
  snippet: HighlightedText;
  score: number | null;
}

export interface SearchPage {
  edges: { cursor: string; node: FoundHit }[];
  nodes: FoundHit[];
  pageInfo: PageInfo;
  totalCount: number;
  facets: SearchFacets;
  processingTimeMs: number;
}

export interface Suggestion {
  kind: SearchKind;
  title: HighlightedText;
  node: object;
}

const SORTS: Record<SearchOrder, string[] | undefined> = {
  [SearchOrder.RELEVANCE]: undefined,
  [SearchOrder.NEWEST]: ["date:desc", "sortTitle:asc"],
  [SearchOrder.TITLE]: ["sortTitle:asc"],
};

/** Words either side of the best match in a snippet. */
const SNIPPET_WORDS = 24;
export const SUGGESTIONS_MAX = 10;

const MARKUP = { highlightPreTag: HIGHLIGHT_START, highlightPostTag: HIGHLIGHT_END } as const;

/** The client's filter as Meilisearch clauses, every value escaped. */
export function clientFilter(filter: SearchFilter | null | undefined, now: Date): string[] {
  if (!filter) return [];
  const clauses: string[] = [];
  const lists: [keyof SearchFilter, FacetField][] = [
    ["types", "type"],
    ["subjects", "subjects"],
    ["themes", "themes"],
    ["phases", "phases"],
    ["keyStages", "keyStages"],
    ["yearGroups", "yearGroups"],
    ["regions", "regions"],
    ["networks", "networks"],
    ["ambitions", "ambitions"],
    ["licences", "licence"],
  ];
  for (const [input, field] of lists) {
    const values = filter[input] as string[] | null | undefined;
    if (values?.length) clauses.push(facetIn(field, values));
  }
  if (filter.dateFrom) clauses.push(`date >= ${seconds(filter.dateFrom)}`);
  if (filter.dateTo) clauses.push(`date <= ${seconds(filter.dateTo)}`);
  if (filter.hasUpcomingEvents === true) clauses.push(upcoming(now));
  if (filter.hasUpcomingEvents === false) clauses.push(`eventsUntil <= ${seconds(now)}`);
  return clauses;
}

const upcoming = (now: Date) => `eventsUntil > ${seconds(now)}`;

function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const position = Number(decodeCursor(after).value);
  if (!Number.isInteger(position) || position < 0) {
    throw badInput("after", "is not a cursor this list gave out; use a page's `endCursor`");
  }
  return position + 1;
}

/** The sources of the kinds asked for; all of them when none is named. */
function sourcesFor(kinds: SearchKind[] | null | undefined): SearchSource[] {
  return kinds?.length ? searchSources.filter((source) => kinds.includes(source.searchKind)) : searchSources;
}

/** The clause limiting a search to these sources' kinds; none when they are all of them. */
function kindClause(sources: SearchSource[]): string[] {
  return sources.length < searchSources.length
    ? [
        facetIn(
          "kind",
          sources.map((source) => source.searchKind),
        ),
      ]
    : [];
}

const formatted = (hit: Hit, field: string) => String((hit._formatted as Record<string, unknown>)?.[field] ?? "");
const marked = (text: string) => text.includes(HIGHLIGHT_START);

/** The passage to show under a title: where the query matched (summary, body, then attached files), else the summary's start. */
function snippetOf(hit: Hit): HighlightedText {
  const summary = formatted(hit, "summary");
  const body = formatted(hit, "body");
  const attachments = formatted(hit, "attachmentText");
  if (!marked(summary) && marked(body)) return parseHighlights(body);
  if (!marked(summary) && marked(attachments)) return parseHighlights(attachments);
  return parseHighlights(summary || body);
}

/** The viewer's visibility filter ANDed with further clauses; undefined when nothing narrows the search. */
function combinedFilter(viewer: Viewer | null, includeUnpublished: boolean, extra: string[]): string | undefined {
  const clauses = [visibilityFilter(viewer, includeUnpublished), ...extra].filter(
    (clause): clause is string => clause !== null,
  );
  return clauses.length ? all(clauses) : undefined;
}

/** A search of the one index: its uid and Meilisearch's search parameters, the query text among them. */
export interface MeiliSearch {
  indexUid: string;
  params: SearchParams & { q: string };
}

export interface MeiliRequests {
  /** The page of hits with every facet's counts over every match. */
  hits: MeiliSearch;
  /**
   * How many of those matches have an event to come (Meilisearch counts
   * every match when asked for pages); null when no kind searched can have one.
   */
  upcoming: MeiliSearch | null;
}

/**
 * The Meilisearch searches a search makes, sent side by side. Exported so
 * the benchmark times Meilisearch alone on exactly what `search` sends it.
 */
export function meiliRequestsFor(
  request: SearchRequest,
  viewer: Viewer | null,
  prefix: string,
  now: Date,
): MeiliRequests {
  const indexUid = indexName(prefix);
  const q = request.query.trim();
  const clauses = clientFilter(request.filter, now);
  const sources = sourcesFor(request.kinds);
  const filter = combinedFilter(viewer, request.includeUnpublished, [...kindClause(sources), ...clauses]);
  const eventful = sources.filter((source) => source.withEvents);
  return {
    hits: {
      indexUid,
      params: {
        q,
        filter,
        sort: SORTS[request.orderBy],
        offset: offsetOf(request.after),
        limit: request.first,
        facets: ["facets"],
        showRankingScore: request.orderBy === SearchOrder.RELEVANCE,
        attributesToRetrieve: ["id", "kind"],
        attributesToHighlight: ["title", "summary", "body", "attachmentText"],
        attributesToCrop: ["summary", "body", "attachmentText"],
        cropLength: SNIPPET_WORDS,
        ...MARKUP,
      },
    },
    upcoming: eventful.length
      ? {
          indexUid,
          params: {
            q,
            filter: combinedFilter(viewer, request.includeUnpublished, [
              ...kindClause(eventful),
              ...clauses,
              upcoming(now),
            ]),
            page: 1,
            hitsPerPage: 0,
          },
        }
      : null,
  };
}

/** Sends a search's Meilisearch requests side by side: the hits with every facet's counts, and the upcoming-events count. */
export async function askMeilisearch(meili: Meilisearch, requests: MeiliRequests, requestInit?: RequestInit) {
  // Typed without the parameters: their type alone cannot tell which counts come back.
  const send = ({ indexUid, params: { q, ...params } }: MeiliSearch): Promise<SearchResponse> =>
    meili.index(indexUid).search(q, params, requestInit);
  const [response, upcomingCount] = await Promise.all([
    send(requests.hits),
    requests.upcoming ? send(requests.upcoming).then((result) => result.totalHits ?? 0) : 0,
  ]);
  return { response, facetCounts: facetCounts(response.facetDistribution?.facets), upcomingCount };
}

/**
 * Search across every kind at once: one index holds them all, so one
 * Meilisearch query ranks and pages every kind together, limited by the
 * viewer's visibility filter ANDed with the client's, so hits, totals and
 * facet counts all come from the same set.
 */
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly client: SearchClient,
    private readonly viewer: Viewer | null,
  ) {}

  async search(request: SearchRequest): Promise<SearchPage> {
    const offset = offsetOf(request.after);
    const requests = meiliRequestsFor(request, this.viewer, this.client.prefix, new Date());
    const {
      response,
      facetCounts: distribution,
      upcomingCount,
    } = await withinSearchTimeout((requestInit) => askMeilisearch(this.client.meili, requests, requestInit));
    const perKind = distribution.kind ?? {};
    const totalCount = Object.values(perKind).reduce((sum, count) => sum + count, 0);
    // Meilisearch pages through at most MAX_TOTAL_HITS hits.
    const reachable = Math.min(totalCount, MAX_TOTAL_HITS);

    // The hits' entities and the facets' labels come from PostgreSQL, side by side.
    const [nodes, facets] = await Promise.all([
      this.nodesOf(response.hits),
      this.facets(distribution, upcomingCount, totalCount),
    ]);
    const hits = response.hits.map((hit, index) => ({ hit, position: offset + index }));
    const found = hits.flatMap(({ hit, position }) => {
      const node = nodes.get(String(hit.id));
      if (!node) return [];
      const item: FoundHit = {
        kind: hit.kind as SearchKind,
        node,
        title: parseHighlights(formatted(hit, "title")),
        snippet: snippetOf(hit),
        score: hit._rankingScore ?? null,
      };
      return [{ cursor: encodeCursor({ value: String(position), id: String(hit.id) }), node: item }];
    });
    const end = offset + response.hits.length;
    return {
      edges: found,
      nodes: found.map((edge) => edge.node),
      totalCount,
      pageInfo: {
        hasPreviousPage: offset > 0,
        hasNextPage: end < reachable,
        startCursor: found[0]?.cursor ?? null,
        endCursor: response.hits.length
          ? encodeCursor({ value: String(end - 1), id: String(response.hits.at(-1)!.id) })
          : null,
      },
      facets,
      processingTimeMs: response.processingTimeMs,
    };
  }

  /** Titles matching what someone is typing (the last word as a prefix), among what they may see. */
  async suggest(prefix: string, kinds: SearchKind[] | null | undefined, first: number): Promise<Suggestion[]> {
    const query = prefix.trim();
    if (!query) return [];
    const response = await withinSearchTimeout((requestInit) =>
      this.client.meili.index(indexName(this.client.prefix)).search(
        query,
        {
          filter: combinedFilter(this.viewer, false, kindClause(sourcesFor(kinds))),
          limit: first,
          attributesToSearchOn: ["title"],
          attributesToRetrieve: ["id", "kind"],
          attributesToHighlight: ["title"],
          ...MARKUP,
        },
        requestInit,
      ),
    );
    const nodes = await this.nodesOf(response.hits);
    return response.hits.flatMap((hit) => {
      const node = nodes.get(String(hit.id));
      return node ? [{ kind: hit.kind as SearchKind, title: parseHighlights(formatted(hit, "title")), node }] : [];
    });
  }

  /**
   * The entities behind the hits, asked of PostgreSQL under the viewer's
   * visibility, one query per kind: a hit the database no longer shows this
   * viewer (the index is a moment behind) is left out.
   */
  private async nodesOf(hits: Hit[]): Promise<Map<string, object>> {
    const byKind = new Map<SearchKind, string[]>();
    for (const hit of hits) {
      const kind = hit.kind as SearchKind;
      byKind.set(kind, [...(byKind.get(kind) ?? []), String(hit.id)]);
    }
    const nodes = new Map<string, object>();
    await Promise.all(
      [...byKind].map(async ([kind, ids]) => {
        const source = searchSources.find((candidate) => candidate.searchKind === kind);
        if (!source) return;
        for (const entity of await source.visible(this.em, this.viewer, ids)) {
          nodes.set((entity as { uuid: string }).uuid, entity);
        }
      }),
    );
    return nodes;
  }

  private async facets(distribution: FacetCounts, upcomingCount: number, total: number): Promise<SearchFacets> {
    const values = (field: FacetField) => distribution[field] ?? {};
    const names = await this.client.labels.labelsOf(this.em, distribution);
    const named = (field: FacetField) => (value: string) => names.get(field)?.get(value);
    const labelled = (field: FacetField, label: (value: string) => string | undefined) =>
      facetValues(values(field), label);
    return {
      kinds: labelled("kind", (value) => SEARCH_KIND_LABELS[value as SearchKind]),
      types: labelled("type", (value) => SEARCH_TYPE_LABELS[value]),
      subjects: labelled("subjects", named("subjects")),
      themes: labelled("themes", named("themes")),
      phases: labelled("phases", (value) => PHASE_LABELS[value as keyof typeof PHASE_LABELS]),
      keyStages: labelled("keyStages", (value) => KEY_STAGE_LABELS[value as keyof typeof KEY_STAGE_LABELS]),
      yearGroups: labelled("yearGroups", (value) => YEAR_GROUP_LABELS[value as keyof typeof YEAR_GROUP_LABELS]),
      regions: labelled("regions", (value) => REGION_LABELS[value as keyof typeof REGION_LABELS]),
      networks: labelled("networks", named("networks")),
      ambitions: labelled("ambitions", named("ambitions")),
      licences: labelled("licence", (value) => LICENCES[value as Licence]?.label),
      hasUpcomingEvents: facetValues({ true: upcomingCount, false: total - upcomingCount }, (value) =>
        value === "true" ? "With upcoming events" : "No upcoming events",
      ),
    };
  }
}

/** Values listed per facet: the most frequent, when a facet has more. */
const FACET_VALUES_LISTED = 100;

/** Facet values with labels, most frequent first; values without a count are left out. */
function facetValues(counts: Record<string, number>, label: (value: string) => string | undefined): FacetValue[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count, label: label(value) ?? value }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, FACET_VALUES_LISTED);
}
