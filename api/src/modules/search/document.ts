import type { Settings } from "meilisearch";
import { Visibility } from "../../policy/index.js";
import { anyOf } from "./filter-syntax.js";
import { sharedSettings } from "./vocabulary.js";

/** The kinds of thing search finds, all in one index (see `indexName`). */
export enum SearchKind {
  RESOURCE = "RESOURCE",
  AREA_OF_EXCELLENCE = "AREA_OF_EXCELLENCE",
  CURRICULUM_ENTITLEMENT = "CURRICULUM_ENTITLEMENT",
  EVENT = "EVENT",
  SCHOOL = "SCHOOL",
  NETWORK = "NETWORK",
  COLLECTION = "COLLECTION",
}

/**
 * Private-use characters marking highlights in Meilisearch's formatted
 * output. They are stripped from every indexed text, so a marker in a hit can
 * only be one Meilisearch put there.
 */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";
const MARKERS = /[\uE000\uE001]/g;

/** Text as search stores it: without the highlight markers. */
export const indexable = (text: string | null | undefined): string => (text ?? "").replace(MARKERS, "");

export const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * Every document has the same fields, whatever its kind, so one filter, one
 * facet list and one sort work across kinds. A kind
 * leaves empty what does not apply to it (an empty list matches no filter
 * value, so filtering by licence leaves out schools).
 */
export type SearchFields = {
  id: string;
  kind: SearchKind;
  slug: string;
  /** Ranked first. */
  title: string;
  /** Ranked after the title. */
  summary: string;
  /** Short labels: tags, subject and theme names. Ranked after the summary. */
  keywords: string[];
  /** The long text. Ranked after the keywords. */
  body: string;
  /** Text read from attached files, each after its title. Ranked after the body. */
  attachmentText: string;
  /** Names of related things (network, school, local authority). Ranked last. */
  context: string[];
  /** Lower-cased title, for the TITLE order. */
  sortTitle: string;
  /** The date the NEWEST order and the date filter use, in Unix seconds (0 when none). */
  date: number;
  /** The end of the latest upcoming public event linked to this item, in Unix seconds (0 when none). */
  eventsUntil: number;
  type: string | null;
  subjects: string[];
  themes: string[];
  phases: string[];
  keyStages: string[];
  yearGroups: string[];
  regions: string[];
  /** Slugs of the networks the item belongs to or comes from. */
  networks: string[];
  /** Slugs of the shared ambitions the item serves. */
  ambitions: string[];
  licence: string | null;
  /** What the visibility filter needs (see `policy/search-filter.ts`). */
  visibility: Visibility;
  /** Published, validated or agreed: seen by everyone its visibility allows. */
  live: boolean;
  /** Networks whose members see it when it is live and NETWORK-only. */
  memberNetworkIds: string[];
  /** Networks whose moderators see it whatever its state. */
  moderatorNetworkIds: string[];
  /** People who see it whatever its state (authors, proposers, contacts). */
  authorIds: string[];
  /** Every facet value above as `field:value`, what filters and facet counts use (see `facetValue`). */
  facets: string[];
};

export type SearchFieldsInput = Pick<SearchFields, "id" | "kind" | "slug" | "title"> &
  Partial<Omit<SearchFields, "sortTitle" | "facets">>;

/** A document with every field present, texts stripped of highlight markers. */
export function searchDocument(input: SearchFieldsInput): SearchFields {
  const fields = {
    summary: "",
    keywords: [],
    body: "",
    attachmentText: "",
    context: [],
    date: 0,
    eventsUntil: 0,
    type: null,
    subjects: [],
    themes: [],
    phases: [],
    keyStages: [],
    yearGroups: [],
    regions: [],
    networks: [],
    ambitions: [],
    licence: null,
    visibility: Visibility.PUBLIC,
    live: true,
    memberNetworkIds: [],
    moderatorNetworkIds: [],
    authorIds: [],
    ...input,
  };
  const title = indexable(fields.title);
  return {
    ...fields,
    title,
    summary: indexable(fields.summary),
    body: indexable(fields.body),
    attachmentText: indexable(fields.attachmentText),
    keywords: fields.keywords.map(indexable),
    context: fields.context.map(indexable),
    sortTitle: title.toLocaleLowerCase("en-GB"),
    facets: FACET_FIELDS.flatMap((field) =>
      [fields[field]]
        .flat()
        .filter((value): value is string => !!value)
        .map((value) => facetValue(field, value)),
    ),
  };
}

/** Fields a client may filter and facet by. */
export const FACET_FIELDS = [
  "kind",
  "type",
  "subjects",
  "themes",
  "phases",
  "keyStages",
  "yearGroups",
  "regions",
  "networks",
  "ambitions",
  "licence",
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/**
 * One facet value as the `facets` field holds it: "subjects:mathematics".
 * Every facet shares that one field because Meilisearch counts a facet for
 * a few thousand matches by reading each match once per faceted field: with
 * eleven fields, counting took most of such a search (at 100,000 resources,
 * Meilisearch took 49 ms for "behavior routines" with eleven fields, 16 ms with one).
 */
export const facetValue = (field: FacetField, value: string) => `${field}:${value}`;

/** The filter clause for items with any of these values of a facet. */
export const facetIn = (field: FacetField, values: readonly string[]) =>
  anyOf(
    "facets",
    values.map((value) => facetValue(field, value)),
  );

export type FacetCounts = Partial<Record<FacetField, Record<string, number>>>;

/** Meilisearch's counts for the `facets` field, told apart by facet again. */
export function facetCounts(combined: Record<string, number> | undefined): FacetCounts {
  const counts: FacetCounts = {};
  for (const [entry, count] of Object.entries(combined ?? {})) {
    const colon = entry.indexOf(":");
    const field = entry.slice(0, colon) as FacetField;
    (counts[field] ??= {})[entry.slice(colon + 1)] = count;
  }
  return counts;
}

/** The visibility fields: equality only, never shown as facets. */
const VISIBILITY_FIELDS = ["visibility", "live", "memberNetworkIds", "moderatorNetworkIds", "authorIds"];

/** How many hits a search can page through; totals and facets still count every match. */
export const MAX_TOTAL_HITS = 1_000;

/**
 * Values Meilisearch counts in the `facets` field, every facet's together.
 * Values past it would go uncounted, so it is far above what a library holds:
 * kinds, types, subjects and regions are a few dozen; networks and shared
 * ambitions grow with the hub.
 */
const MAX_FACET_VALUES = 10_000;

const equalityOnly = (attributePatterns: string[]) => ({
  attributePatterns,
  features: { facetSearch: false, filter: { equality: true, comparison: false } },
});

/**
 * The index's settings. Filterable attributes are declared by what
 * each needs: equality for facets and visibility, comparison only for dates,
 * facet search for none (suggestions come from titles). The facet fields
 * themselves (`subjects`...) are stored, not filtered: `facets` holds them all.
 */
export const documentSettings: Settings = {
  ...sharedSettings,
  searchableAttributes: ["title", "summary", "keywords", "body", "attachmentText", "context"],
  displayedAttributes: ["*"],
  filterableAttributes: [
    equalityOnly(["facets"]),
    equalityOnly(VISIBILITY_FIELDS),
    {
      attributePatterns: ["date", "eventsUntil"],
      features: { facetSearch: false, filter: { equality: false, comparison: true } },
    },
  ],
  sortableAttributes: ["date", "sortTitle"],
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  // The library is written in English: naming the language spares Meilisearch
  // detecting it in every field of every document (about a fifth of its
  // indexing time, measured with `npm run reindex`). Queries are read as English too.
  localizedAttributes: [{ attributePatterns: ["*"], locales: ["eng"] }],
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  faceting: { maxValuesPerFacet: MAX_FACET_VALUES },
};
