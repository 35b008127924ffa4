import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { NetworkInsightArgs } from "./network-insight.types.js";
import { ReviewSummaryService } from "./review-summary.service.js";
import { NetworkReviewSummary } from "./review-summary.types.js";

@Resolver()
export class ReviewSummaryResolver {
  @Query(() => NetworkReviewSummary, {
    description:
      "A network's quality reviews summed up for a period (and phase): the most frequent strength and development themes with counts of schools and findings, what changed since the previous period of equal length, and findings quoted with their school and review date to those who may read those reviews. For the network's members, moderators and leads, and admins.",
  })
  networkReviewSummary(
    @Args(() => NetworkInsightArgs) { network, ...period }: NetworkInsightArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<NetworkReviewSummary> {
    return new ReviewSummaryService(em, viewer).ofNetwork(network, period);
  }
}
