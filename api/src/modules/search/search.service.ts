import type { EntityManager } from "@mikro-orm/postgresql";
import type { FacetDistribution, Hit, Meilisearch, MultiSearchQueryWithFederation } from "meilisearch";
import { badInput } from "../../graphql/errors.js";
import { decodeCursor, encodeCursor, type PageInfo } from "../../graphql/relay.js";
import type { Viewer } from "../../policy/index.js";
import { LICENCES, type Licence } from "../resources/index.js";
import { Network } from "../organisations/index.js";
import { KEY_STAGE_LABELS, PHASE_LABELS, REGION_LABELS, Subject, Theme, YEAR_GROUP_LABELS } from "../taxonomy/index.js";
import {
  FACET_FIELDS,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  MAX_TOTAL_HITS,
  seconds,
  type SearchKind,
  type FacetField,
} from "./document.js";
import { indexName } from "./engine.js";
import { all, anyOf } from "./filter-syntax.js";
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
import { visibilityFilter } from "./visibility.js";

/** Where search runs: the process's Meilisearch client and this deployment's index prefix. */
export interface SearchClient {
  meili: Meilisearch;
  prefix: string;
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
    ["licences", "licence"],
  ];
  for (const [input, field] of lists) {
    const values = filter[input] as string[] | null | undefined;
    if (values?.length) clauses.push(anyOf(field, values));
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

function sourcesFor(kinds: SearchKind[] | null | undefined): SearchSource[] {
  return kinds?.length ? searchSources.filter((source) => kinds.includes(source.searchKind)) : searchSources;
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

/**
 * Search across every kind at once: one federated Meilisearch query (one
 * query per index, merged by relevance or by the chosen sort), limited by
 * the viewer's visibility filter ANDed with the client's, so hits, totals
 * and facet counts all come from the same set.
 */
export class SearchService {
  constructor(
    private readonly em: EntityManager,
    private readonly client: SearchClient,
    private readonly viewer: Viewer | null,
  ) {}

  private filterFor(includeUnpublished: boolean, extra: string[]): string | undefined {
    const clauses = [visibilityFilter(this.viewer, includeUnpublished), ...extra].filter(
      (clause): clause is string => clause !== null,
    );
    return clauses.length ? all(clauses) : undefined;
  }

  private uid(source: SearchSource): string {
    return indexName(this.client.prefix, source);
  }

  async search(request: SearchRequest): Promise<SearchPage> {
    const now = new Date();
    const offset = offsetOf(request.after);
    const sources = sourcesFor(request.kinds);
    const query = request.query.trim();
    const filter = this.filterFor(request.includeUnpublished, clientFilter(request.filter, now));
    const queries: MultiSearchQueryWithFederation[] = sources.map((source) => ({
      indexUid: this.uid(source),
      q: query,
      filter,
      sort: SORTS[request.orderBy],
      attributesToRetrieve: ["id", "kind"],
      attributesToHighlight: ["title", "summary", "body", "attachmentText"],
      attributesToCrop: ["summary", "body", "attachmentText"],
      cropLength: SNIPPET_WORDS,
      ...MARKUP,
    }));
    const [response, upcomingCount] = await Promise.all([
      this.client.meili.multiSearch({
        federation: {
          offset,
          limit: request.first,
          facetsByIndex: Object.fromEntries(queries.map((q) => [q.indexUid, [...FACET_FIELDS]])),
          mergeFacets: {},
        },
        queries,
      }),
      this.count(
        sources,
        query,
        this.filterFor(request.includeUnpublished, [...clientFilter(request.filter, now), upcoming(now)]),
      ),
    ]);
    const distribution: FacetDistribution = response.facetDistribution ?? {};
    const perKind = distribution.kind ?? {};
    const totalCount = Object.values(perKind).reduce((sum, count) => sum + count, 0);
    // Each index pages through at most MAX_TOTAL_HITS of its hits.
    const reachable = Object.values(perKind).reduce((sum, count) => sum + Math.min(count, MAX_TOTAL_HITS), 0);

    const nodes = await this.nodesOf(response.hits);
    const hits = response.hits.map((hit, index) => ({ hit, position: offset + index }));
    const found = hits.flatMap(({ hit, position }) => {
      const node = nodes.get(String(hit.id));
      if (!node) return [];
      const item: FoundHit = {
        kind: hit.kind as SearchKind,
        node,
        title: parseHighlights(formatted(hit, "title")),
        snippet: snippetOf(hit),
        score: request.orderBy === SearchOrder.RELEVANCE ? (hit._federation?.weightedRankingScore ?? null) : null,
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
      facets: await this.facets(distribution, upcomingCount, totalCount),
      processingTimeMs: response.processingTimeMs,
    };
  }

  /** Titles matching what someone is typing (the last word as a prefix), among what they may see. */
  async suggest(prefix: string, kinds: SearchKind[] | null | undefined, first: number): Promise<Suggestion[]> {
    const query = prefix.trim();
    if (!query) return [];
    const filter = this.filterFor(false, []);
    const response = await this.client.meili.multiSearch({
      federation: { limit: first },
      queries: sourcesFor(kinds).map((source) => ({
        indexUid: this.uid(source),
        q: query,
        filter,
        attributesToSearchOn: ["title"],
        attributesToRetrieve: ["id", "kind"],
        attributesToHighlight: ["title"],
        ...MARKUP,
      })),
    });
    const nodes = await this.nodesOf(response.hits);
    return response.hits.flatMap((hit) => {
      const node = nodes.get(String(hit.id));
      return node ? [{ kind: hit.kind as SearchKind, title: parseHighlights(formatted(hit, "title")), node }] : [];
    });
  }

  /** How many hits match across these indexes, exactly (Meilisearch counts every match when asked for pages). */
  private async count(sources: SearchSource[], query: string, filter: string | undefined): Promise<number> {
    const { results } = await this.client.meili.multiSearch({
      queries: sources.map((source) => ({ indexUid: this.uid(source), q: query, filter, page: 1, hitsPerPage: 0 })),
    });
    return results.reduce((sum, result) => sum + (result.totalHits ?? 0), 0);
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

  private async facets(distribution: FacetDistribution, upcomingCount: number, total: number): Promise<SearchFacets> {
    const values = (field: FacetField) => distribution[field] ?? {};
    const [subjects, themes, networks] = await Promise.all([
      this.namesBySlug(Subject, Object.keys(values("subjects"))),
      this.namesBySlug(Theme, Object.keys(values("themes"))),
      this.namesBySlug(Network, Object.keys(values("networks"))),
    ]);
    const labelled = (field: FacetField, label: (value: string) => string | undefined) =>
      facetValues(values(field), label);
    return {
      kinds: labelled("kind", (value) => SEARCH_KIND_LABELS[value as SearchKind]),
      types: labelled("type", (value) => SEARCH_TYPE_LABELS[value]),
      subjects: labelled("subjects", (value) => subjects.get(value)),
      themes: labelled("themes", (value) => themes.get(value)),
      phases: labelled("phases", (value) => PHASE_LABELS[value as keyof typeof PHASE_LABELS]),
      keyStages: labelled("keyStages", (value) => KEY_STAGE_LABELS[value as keyof typeof KEY_STAGE_LABELS]),
      yearGroups: labelled("yearGroups", (value) => YEAR_GROUP_LABELS[value as keyof typeof YEAR_GROUP_LABELS]),
      regions: labelled("regions", (value) => REGION_LABELS[value as keyof typeof REGION_LABELS]),
      networks: labelled("networks", (value) => networks.get(value)),
      licences: labelled("licence", (value) => LICENCES[value as Licence]?.label),
      hasUpcomingEvents: facetValues({ true: upcomingCount, false: total - upcomingCount }, (value) =>
        value === "true" ? "Has events to come" : "No events to come",
      ),
    };
  }

  private async namesBySlug(
    entity: typeof Subject | typeof Theme | typeof Network,
    slugs: string[],
  ): Promise<Map<string, string>> {
    if (!slugs.length) return new Map();
    const rows = await this.em.find(entity as typeof Subject, { slug: { $in: slugs } }, { fields: ["slug", "name"] });
    return new Map(rows.map((row) => [row.slug, row.name]));
  }
}

/** Facet values with labels, most frequent first; values without a count are left out. */
function facetValues(counts: Record<string, number>, label: (value: string) => string | undefined): FacetValue[] {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count, label: label(value) ?? value }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
