import type { SearchFilter, SearchKind, SearchOrder, SiteSearchQuery, SiteSearchQueryVariables } from "@hub/schema";

/**
 * The search page's state as it lives in the address: `q`, one repeated parameter per facet
 * (`?type=GUIDE&type=TOOLKIT`), `sort` and the page cursor `after`. Shared by the loader and the
 * page, so the form, the facet links and the API call read the address the same way.
 */

export type SearchFacets = SiteSearchQuery["search"]["facets"];

export interface FacetGroup {
  /** The query parameter, e.g. "keyStage". */
  readonly param: string;
  /** Where the API puts its counts. */
  readonly facet: Exclude<keyof SearchFacets, "__typename">;
  readonly label: string;
}

/** The facets in the order the sidebar shows them. */
export const FACET_GROUPS: readonly FacetGroup[] = [
  { param: "kind", facet: "kinds", label: "Kind" },
  { param: "type", facet: "types", label: "Type" },
  { param: "subject", facet: "subjects", label: "Subject" },
  { param: "phase", facet: "phases", label: "Phase" },
  { param: "keyStage", facet: "keyStages", label: "Key stage" },
  { param: "yearGroup", facet: "yearGroups", label: "Year group" },
  { param: "theme", facet: "themes", label: "Theme" },
  { param: "region", facet: "regions", label: "Region" },
  { param: "network", facet: "networks", label: "Network" },
  { param: "licence", facet: "licences", label: "Licence" },
  { param: "upcoming", facet: "hasUpcomingEvents", label: "Events" },
];

export const SORTS = [
  { value: "relevance", label: "Best match", order: "RELEVANCE" },
  { value: "newest", label: "Newest", order: "NEWEST" },
  { value: "title", label: "Title, A to Z", order: "TITLE" },
] as const satisfies ReadonlyArray<{ value: string; label: string; order: SearchOrder }>;

export type SortValue = (typeof SORTS)[number]["value"];

export interface SearchState {
  readonly query: string;
  /** The chosen values of each facet, by query parameter. */
  readonly selected: Readonly<Record<string, readonly string[]>>;
  readonly sort: SortValue;
}

export function searchStateFrom(params: URLSearchParams): SearchState {
  const selected: Record<string, string[]> = {};
  for (const group of FACET_GROUPS) {
    const values = [...new Set(params.getAll(group.param).filter(Boolean))];
    if (values.length) selected[group.param] = values;
  }
  const sort = SORTS.find((option) => option.value === params.get("sort"))?.value ?? "relevance";
  return { query: params.get("q")?.trim() ?? "", selected, sort };
}

export function hasFilters(state: SearchState): boolean {
  return Object.keys(state.selected).length > 0;
}

/** How many facet values are chosen, for the "Filters (n)" button. */
export function chosenCount(state: SearchState): number {
  return Object.values(state.selected).reduce((total, values) => total + values.length, 0);
}

/**
 * The API call for a state. Enum values pass through as typed: the API rejects unknown ones
 * (an edited address) and the page explains.
 */
export function searchVariables(state: SearchState, after: string | null, first: number): SiteSearchQueryVariables {
  const values = (param: string) => state.selected[param] as string[] | undefined;
  const upcoming = values("upcoming");
  const filter: SearchFilter = {
    types: values("type") as SearchFilter["types"],
    subjects: values("subject"),
    phases: values("phase") as SearchFilter["phases"],
    keyStages: values("keyStage") as SearchFilter["keyStages"],
    yearGroups: values("yearGroup") as SearchFilter["yearGroups"],
    themes: values("theme"),
    regions: values("region") as SearchFilter["regions"],
    networks: values("network"),
    licences: values("licence") as SearchFilter["licences"],
    // Both values checked means either, which is no filter at all.
    hasUpcomingEvents: upcoming?.length === 1 ? upcoming[0] === "true" : undefined,
  };
  return {
    query: state.query,
    kinds: values("kind") as SearchKind[] | undefined,
    filter,
    orderBy: SORTS.find((option) => option.value === state.sort)!.order,
    first,
    after,
  };
}

/** The address of a state, e.g. for "remove this filter" links; the first page of results. */
export function searchPath(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set("q", state.query);
  for (const group of FACET_GROUPS)
    for (const value of state.selected[group.param] ?? []) params.append(group.param, value);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
