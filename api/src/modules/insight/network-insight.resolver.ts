import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { NetworkInsightService } from "./network-insight.service.js";
import { NetworkInsight, NetworkInsightArgs } from "./network-insight.types.js";

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
}
