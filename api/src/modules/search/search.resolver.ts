import { Args, ArgsType, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { ArrayMaxSize, IsOptional, Max, Min, ValidateNested } from "class-validator";
import type { Context } from "../../graphql/context.js";
import { PageArgs } from "../../graphql/relay.js";
import { searchLag } from "./lag.js";
import { SearchKind } from "./document.js";
import { SearchService, SUGGESTIONS_MAX, type SearchPage, type Suggestion } from "./search.service.js";
import { SearchConnection, SearchFilter, SearchOrder, SearchSuggestion } from "./search.types.js";
import { MaxChars } from "../../graphql/input-rules.js";

@ObjectType({ description: "How up to date search is." })
export class SearchStatus {
  @Field(() => Int, { description: "Changes saved but not yet searchable." })
  pending!: number;

  @Field(() => Int, { description: "Age in seconds of the oldest change waiting to be indexed (0 when none)." })
  oldestPendingSeconds!: number;

  @Field(() => Int, { description: "Changes whose indexing failed at least once and is being retried." })
  retrying!: number;
}

/** Meilisearch reads at most ten words of a query; anything this long is a mistake, reported rather than cut. */
const QUERY_MAX_LENGTH = 200;

@ArgsType()
class SearchArgs extends PageArgs {
  @Field(() => String, { defaultValue: "", description: "What to look for; empty lists everything (with the filter)." })
  @MaxChars(QUERY_MAX_LENGTH)
  query!: string;

  @Field(() => [SearchKind], { nullable: true, description: "Kinds of thing to include; all when omitted or empty." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(SearchKind).length)
  kinds?: SearchKind[] | null;

  @Field(() => SearchFilter, { nullable: true, description: "Only hits matching all of these." })
  @IsOptional()
  @ValidateNested()
  filter?: SearchFilter | null;

  @Field(() => SearchOrder, { defaultValue: SearchOrder.RELEVANCE, description: "The order of the hits." })
  orderBy!: SearchOrder;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      "Also find what is not published (drafts, material in review, archived or private) that the viewer may see: their own work, and everything of the networks they moderate.",
  })
  includeUnpublished!: boolean;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'Count this search in search demand (what people search for, shown to networks in aggregate, never with who searched). Clients set false for searches they make on their own rather than because someone asked, such as the counts behind a page\'s "did you mean".',
  })
  recordDemand!: boolean;
}

@ArgsType()
class SuggestionArgs {
  @Field(() => String, { description: "What has been typed so far; the last word counts as a prefix." })
  @MaxChars(QUERY_MAX_LENGTH)
  prefix!: string;

  @Field(() => [SearchKind], { nullable: true, description: "Kinds of thing to suggest; all when omitted or empty." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(SearchKind).length)
  kinds?: SearchKind[] | null;

  @Field(() => Int, { defaultValue: 8, description: `How many suggestions, from 1 to ${SUGGESTIONS_MAX}.` })
  @Min(1, { message: "must be at least 1" })
  @Max(SUGGESTIONS_MAX, { message: `must be at most ${SUGGESTIONS_MAX}` })
  first!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => SearchStatus, { description: "The search index's lag behind the database." })
  async searchStatus(@Ctx() { em }: Context): Promise<SearchStatus> {
    const { pending, retrying, oldestSeconds } = await searchLag(em);
    return { pending, retrying, oldestPendingSeconds: oldestSeconds };
  }

  @Query(() => SearchConnection, {
    description:
      "One search across resources, Areas of Excellence, curriculum entitlements, events, schools and networks, with typo tolerance and the sector's synonyms. Hits, totals and facet counts cover only what the viewer may see.",
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() { em, viewer, search, searchDemand, ip, userAgent }: Context,
  ): Promise<SearchPage & { searchRef: string | null }> {
    const page = await new SearchService(em, search, viewer).search(args);
    const recorded = args.recordDemand && !args.after;
    const searchRef = recorded
      ? searchDemand.record({ viewer, ip, userAgent }, { ...args, resultCount: page.totalCount })
      : null;
    return { ...page, searchRef };
  }

  @Query(() => [SearchSuggestion], {
    description: "Titles matching what someone is typing, among published material the viewer may see.",
  })
  searchSuggestions(
    @Args(() => SuggestionArgs) { prefix, kinds, first }: SuggestionArgs,
    @Ctx() { em, viewer, search }: Context,
  ): Promise<Suggestion[]> {
    return new SearchService(em, search, viewer).suggest(prefix, kinds, first);
  }
}
