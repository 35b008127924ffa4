import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { NetworkInsightArgs } from "./network-insight.types.js";
import { CpdOfferService } from "./cpd-offer.service.js";
import { NetworkCpdOffer } from "./cpd-offer.types.js";

@Resolver()
export class CpdOfferResolver {
  @Query(() => NetworkCpdOffer, {
    description:
      "A network's CPD golden thread for a period (and phase): for each theme its schools have to develop, how many resources and events of the network's offer serve each stage of professional development (ITT, ECF, the NPQs). Counts only what the viewer may see. For the network's members, moderators and leads, and admins.",
  })
  networkCpdOffer(
    @Args(() => NetworkInsightArgs) { network, ...period }: NetworkInsightArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<NetworkCpdOffer> {
    return new CpdOfferService(em, viewer).ofNetwork(network, period);
  }
}
