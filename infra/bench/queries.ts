/**
 * The fixed query set the search benchmark runs, each through Meilisearch
 * directly and through GraphQL `search`: typos, synonyms and acronyms,
 * filters, facets over everything, a sort, and kinds other than resources.
 * Words come from the synthetic generator's vocabulary, so every query
 * finds something at any scale.
 */
export interface BenchQuery {
  name: string;
  query: string;
  kinds?: string[];
  filter?: Record<string, unknown>;
  orderBy?: "RELEVANCE" | "NEWEST" | "TITLE";
}

export const QUERIES: BenchQuery[] = [
  { name: "plain", query: "phonics" },
  { name: "typo", query: "phonix screening" },
  { name: "typo 2", query: "curriculm sequencing" },
  { name: "synonym KS2", query: "KS2 maths" },
  { name: "acronym SEND", query: "SEND adaptive teaching" },
  { name: "spelling", query: "behavior routines" },
  { name: "acronym NPQ", query: "NPQ programmes" },
  { name: "key stages", query: "reading", filter: { keyStages: ["KS1", "KS2"] } },
  { name: "subject+phase", query: "", filter: { subjects: ["mathematics"], phases: ["PRIMARY"] } },
  { name: "region", query: "transition", filter: { regions: ["NORTH_WEST", "LONDON"] } },
  { name: "newest", query: "pupil premium", orderBy: "NEWEST" },
  { name: "facets only", query: "" },
  {
    name: "AoE+events",
    query: "early reading",
    kinds: ["AREA_OF_EXCELLENCE", "EVENT"],
    filter: { hasUpcomingEvents: true },
  },
  { name: "licence", query: "oracy", filter: { licences: ["OGL_UK_3_0"] } },
];

export const PAGE_SIZE = 20;

const FACET = "{ value label count }";

/** What a search page asks for: a page of hits with highlights, every facet, the total. */
export const SEARCH_DOCUMENT = `query Bench($query: String!, $kinds: [SearchKind!], $filter: SearchFilter,
    $orderBy: SearchOrder, $first: Int) {
  search(query: $query, kinds: $kinds, filter: $filter, orderBy: $orderBy, first: $first) {
    totalCount processingTimeMs
    pageInfo { hasNextPage endCursor }
    edges { node {
      kind score
      title { text html }
      snippet { text html }
      node { __typename
        ... on Resource { slug title type licence }
        ... on AreaOfExcellence { slug title }
        ... on CurriculumEntitlement { slug title }
        ... on Event { slug title startsAt }
        ... on School { slug name }
        ... on Network { slug name } }
    } }
    facets { kinds ${FACET} types ${FACET} subjects ${FACET} themes ${FACET} phases ${FACET}
      keyStages ${FACET} yearGroups ${FACET} regions ${FACET} networks ${FACET} ambitions ${FACET}
      licences ${FACET} hasUpcomingEvents ${FACET} }
  }
}`;

/** The website's query parameter for each filter field (`web/app/search/search-params.ts`). */
const PAGE_PARAMS: Record<string, string> = {
  types: "type",
  subjects: "subject",
  phases: "phase",
  keyStages: "keyStage",
  yearGroups: "yearGroup",
  themes: "theme",
  regions: "region",
  networks: "network",
  licences: "licence",
  hasUpcomingEvents: "upcoming",
};

/** The web `/search` address that makes the same search as `query`. */
export function searchPagePath(query: BenchQuery): string {
  const params = new URLSearchParams();
  if (query.query) params.set("q", query.query);
  for (const kind of query.kinds ?? []) params.append("kind", kind);
  for (const [field, value] of Object.entries(query.filter ?? {})) {
    for (const each of Array.isArray(value) ? value : [value]) params.append(PAGE_PARAMS[field]!, String(each));
  }
  if (query.orderBy && query.orderBy !== "RELEVANCE") params.set("sort", query.orderBy.toLowerCase());
  return `/search?${params}`;
}
