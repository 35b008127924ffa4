import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsOptional, IsString } from "class-validator";
import { createUnionType, Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { connectionTypes } from "../../graphql/relay.js";
import { Resource, ResourceType, Licence, RESOURCE_TYPE_LABELS } from "../resources/index.js";
import { AreaOfExcellence, ExcellenceEvent, EventKind, EVENT_KIND_LABELS } from "../excellence/index.js";
import { CurriculumEntitlement } from "../curriculum/index.js";
import { Network, NetworkKind, NETWORK_KIND_LABELS, School } from "../organisations/index.js";
import { KeyStage, Phase, Region, YearGroup } from "../taxonomy/index.js";
import { ResourceCollection } from "../collections/index.js";
import { SearchKind } from "./document.js";
import { MaxChars } from "../../graphql/input-rules.js";

export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  [SearchKind.RESOURCE]: "Resource",
  [SearchKind.AREA_OF_EXCELLENCE]: "Area of Excellence",
  [SearchKind.CURRICULUM_ENTITLEMENT]: "Curriculum entitlement",
  [SearchKind.EVENT]: "Event",
  [SearchKind.SCHOOL]: "School",
  [SearchKind.NETWORK]: "Network",
  [SearchKind.COLLECTION]: "Collection",
};

registerEnumType(SearchKind, {
  name: "SearchKind",
  description: "A kind of thing search finds.",
  valuesConfig: Object.fromEntries(
    Object.values(SearchKind).map((kind) => [kind, { description: SEARCH_KIND_LABELS[kind] }]),
  ),
});

/** The `type` of a hit: a resource's type, an event's kind or a network's kind (the three never share a name). */
export const SearchType = { ...ResourceType, ...EventKind, ...NetworkKind };
export type SearchType = ResourceType | EventKind | NetworkKind;
export const SEARCH_TYPE_LABELS: Record<string, string> = {
  ...RESOURCE_TYPE_LABELS,
  ...EVENT_KIND_LABELS,
  ...NETWORK_KIND_LABELS,
};

registerEnumType(SearchType, {
  name: "SearchType",
  description: "What sort of thing a hit is within its kind: a resource's type, an event's kind or a network's kind.",
  valuesConfig: Object.fromEntries(
    Object.keys(SEARCH_TYPE_LABELS).map((type) => [type, { description: SEARCH_TYPE_LABELS[type] }]),
  ),
});

export enum SearchOrder {
  RELEVANCE = "RELEVANCE",
  NEWEST = "NEWEST",
  TITLE = "TITLE",
}

registerEnumType(SearchOrder, {
  name: "SearchOrder",
  description: "How search hits are ordered.",
  valuesConfig: {
    RELEVANCE: { description: "Best match first." },
    NEWEST: {
      description: "Most recent first: publication for resources, review for Areas of Excellence, start for events.",
    },
    TITLE: { description: "By title, A to Z." },
  },
});

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Anything search finds.",
  types: () =>
    [Resource, AreaOfExcellence, CurriculumEntitlement, ExcellenceEvent, School, Network, ResourceCollection] as const,
});

const MAX_VALUES = 50;

@InputType({
  description:
    "Narrows a search. Values within one field are alternatives (any may match); fields are combined (all must match). A hit lacking a field (a school has no licence) does not match a filter on it.",
})
export class SearchFilter {
  @Field(() => [SearchType], { nullable: true, description: "Resource types, event kinds or network kinds." })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(SearchType, { each: true })
  types?: SearchType[] | null;

  @Field(() => [String], { nullable: true, description: "Subject slugs, e.g. `mathematics`." })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxChars(120, { each: true })
  subjects?: string[] | null;

  @Field(() => [Phase], { nullable: true, description: "Phases of education." })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(Phase, { each: true })
  phases?: Phase[] | null;

  @Field(() => [KeyStage], { nullable: true, description: "Key stages." })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(KeyStage, { each: true })
  keyStages?: KeyStage[] | null;

  @Field(() => [YearGroup], { nullable: true, description: "Year groups." })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(YearGroup, { each: true })
  yearGroups?: YearGroup[] | null;

  @Field(() => [String], { nullable: true, description: "School-improvement theme slugs, e.g. `oracy`." })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxChars(120, { each: true })
  themes?: string[] | null;

  @Field(() => [Region], { nullable: true, description: "English regions." })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(Region, { each: true })
  regions?: Region[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "Network slugs: material a network owns, its events, its schools and their Areas of Excellence, and the network itself.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxChars(120, { each: true })
  networks?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Shared ambition slugs, e.g. `phonics-2028`: the resources and Areas of Excellence that serve them.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsString({ each: true })
  @MaxChars(120, { each: true })
  ambitions?: string[] | null;

  @Field(() => [Licence], { nullable: true, description: "Licences (resources only)." })
  @IsOptional()
  @ArrayMaxSize(MAX_VALUES)
  @IsEnum(Licence, { each: true })
  licences?: Licence[] | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "Only hits dated at or after this (the date NEWEST orders by).",
  })
  @IsOptional()
  @IsDate()
  dateFrom?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Only hits dated at or before this." })
  @IsOptional()
  @IsDate()
  dateTo?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only events still to come, and Areas of Excellence, schools and networks with a public event still to come; false: only those without.",
  })
  @IsOptional()
  @IsBoolean()
  hasUpcomingEvents?: boolean | null;
}

@ObjectType({ description: "A stretch of text that matched the query." })
export class TextRange {
  @Field(() => Int, {
    description: "Where the match starts in `text`, in UTF-16 code units (JavaScript string index).",
  })
  start!: number;

  @Field(() => Int, { description: "How long the match is, in UTF-16 code units." })
  length!: number;
}

@ObjectType({ description: "Text with the parts that matched the query marked, given two safe ways." })
export class HighlightedText {
  @Field(() => String, { description: "The plain text (not HTML: escape it to show it in a page)." })
  text!: string;

  @Field(() => [TextRange], { description: "The parts of `text` that matched." })
  highlights!: TextRange[];

  @Field(() => String, {
    description: "The text as HTML: every character escaped, matches wrapped in `<mark>`; safe to put in a page as is.",
  })
  html!: string;
}

@ObjectType({ description: "One thing search found." })
export class SearchHit {
  @Field(() => SearchKind, { description: "What kind of thing it is." })
  kind!: SearchKind;

  @Field(() => SearchResult, { description: "The thing itself." })
  node!: typeof SearchResult;

  @Field(() => HighlightedText, { description: "Its title (or name), with the matches marked." })
  title!: HighlightedText;

  @Field(() => HighlightedText, {
    description: "A short passage around the best match in its summary or text (the start of its summary without one).",
  })
  snippet!: HighlightedText;

  @Field(() => Float, { nullable: true, description: "How well it matched, from 0 to 1 (RELEVANCE order only)." })
  score!: number | null;
}

@ObjectType({ description: "One value of a facet and how many hits have it." })
export class FacetValue {
  @Field(() => String, { description: "The value to put in the matching `SearchFilter` field (or kind)." })
  value!: string;

  @Field(() => String, { description: "The value's name, as people read it." })
  label!: string;

  @Field(() => Int, { description: "How many hits have it, under the same query, filter and visibility." })
  count!: number;
}

@ObjectType({
  description:
    "How the hits divide by each facet, most frequent value first (at most 100 values a facet). Counted under the same query, filter and visibility as the hits, so they never reveal what the viewer may not see.",
})
export class SearchFacets {
  @Field(() => [FacetValue], { description: "By kind (values are `SearchKind`s)." })
  kinds!: FacetValue[];

  @Field(() => [FacetValue], { description: "By resource type, event kind or network kind." })
  types!: FacetValue[];

  @Field(() => [FacetValue], { description: "By subject (values are subject slugs)." })
  subjects!: FacetValue[];

  @Field(() => [FacetValue], { description: "By theme (values are theme slugs)." })
  themes!: FacetValue[];

  @Field(() => [FacetValue], { description: "By phase." })
  phases!: FacetValue[];

  @Field(() => [FacetValue], { description: "By key stage." })
  keyStages!: FacetValue[];

  @Field(() => [FacetValue], { description: "By year group." })
  yearGroups!: FacetValue[];

  @Field(() => [FacetValue], { description: "By region." })
  regions!: FacetValue[];

  @Field(() => [FacetValue], { description: "By network (values are network slugs)." })
  networks!: FacetValue[];

  @Field(() => [FacetValue], {
    description:
      "By shared ambition (values are ambition slugs, labels their titles; resources and Areas of Excellence).",
  })
  ambitions!: FacetValue[];

  @Field(() => [FacetValue], { description: "By licence." })
  licences!: FacetValue[];

  @Field(() => [FacetValue], {
    description:
      "By whether an event is still to come (values `true` and `false`; events, their schools and networks).",
  })
  hasUpcomingEvents!: FacetValue[];
}

const { ConnectionType: SearchHitConnection } = connectionTypes(SearchHit, "search hits");

@ObjectType("SearchConnection", {
  description: "A page of search hits, with the facets and totals of the whole search.",
})
export class SearchConnection extends SearchHitConnection {
  @Field(() => SearchFacets, { description: "Facet counts over every hit, not only this page." })
  facets!: SearchFacets;

  @Field(() => Int, { description: "How long Meilisearch took, in milliseconds." })
  processingTimeMs!: number;

  @Field(() => String, {
    nullable: true,
    description:
      "An opaque reference to this search for `recordSearchResultOpened`, when someone opens one of its results; null when the search was not recorded.",
  })
  searchRef!: string | null;
}

@ObjectType({ description: "A suggestion while someone types: a title that starts with or contains what they typed." })
export class SearchSuggestion {
  @Field(() => SearchKind, { description: "What kind of thing it is." })
  kind!: SearchKind;

  @Field(() => HighlightedText, { description: "Its title, with the typed words marked." })
  title!: HighlightedText;

  @Field(() => SearchResult, { description: "The thing itself, to link to." })
  node!: typeof SearchResult;
}
