import { Args, Ctx, Mutation, Query, Resolver, Arg } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { SearchDemandService } from "./search-demand.service.js";
import { DemandPeriodArgs, NetworkDemandArgs, SearchDemand } from "./search-demand.types.js";

@Resolver()
export class SearchDemandResolver {
  @Query(() => SearchDemand, {
    description:
      "What a network's members searched for over a period: the most searched queries, those that found nothing and those whose results nobody opened. For the network's people (its leads and moderators plan with it) and admins.",
  })
  networkSearchDemand(
    @Args(() => NetworkDemandArgs) { network, ...period }: NetworkDemandArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<SearchDemand> {
    return new SearchDemandService(em, viewer).ofNetwork(network, period);
  }

  @Query(() => SearchDemand, {
    description:
      "What anonymous visitors searched for over a period (the public view of search demand). For moderators and leads of any network, and admins.",
  })
  publicSearchDemand(
    @Args(() => DemandPeriodArgs) period: DemandPeriodArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<SearchDemand> {
    return new SearchDemandService(em, viewer).ofPublic(period);
  }

  @Mutation(() => Boolean, {
    description:
      'Says that someone opened a result of a search, for search demand\'s "results nobody opened". Counts once per search however often it is called; anyone may call it, signed in or not. Always true for a well-formed reference (a search still being written counts too).',
  })
  async recordSearchResultOpened(
    @Arg("searchRef", () => String, { description: "The `searchRef` of the search whose result was opened." })
    searchRef: string,
    @Ctx() { searchDemand }: Context,
  ): Promise<boolean> {
    await searchDemand.opened(searchRef);
    return true;
  }
}
