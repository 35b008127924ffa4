import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { NetworkInsightService } from "./network-insight.service.js";
import { InsightPeriodArgs, NetworkInsight, NetworkInsightArgs } from "./network-insight.types.js";
import { NationalInsightService } from "./national-insight.service.js";
import { NationalInsight } from "./national-insight.types.js";

@Resolver()
export class NetworkInsightResolver {
  @Query(() => NetworkInsight, {
    description:
      "A network's schools counted by review theme over a period (with the previous period of equal length beside it): counts only, no review text. For the network's members, moderators and leads, and admins.",
  })
  networkInsight(
    @Args(() => NetworkInsightArgs) { network, ...period }: NetworkInsightArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<NetworkInsight> {
    return new NetworkInsightService(em, viewer).ofNetwork(network, period);
  }

  @Query(() => NationalInsight, {
    description:
      "Theme counts across every hub's schools and per hub, for admins and leads of a national partnership; counts drawn from 1 or 2 schools are withheld outside the hub they belong to.",
  })
  nationalInsight(
    @Args(() => InsightPeriodArgs) period: InsightPeriodArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<NationalInsight> {
    return new NationalInsightService(em, viewer).view(period);
  }
}
