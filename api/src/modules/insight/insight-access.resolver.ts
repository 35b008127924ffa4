import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { canSeeNetworkInsight } from "../../policy/index.js";
import { CurrentViewer } from "../accounts/index.js";
import { Network } from "../organisations/index.js";
import { NationalInsightService } from "./national-insight.service.js";

/**
 * Whether the viewer may open each insight view, asked of the policy so a
 * client can link to a view only for those it will answer (the website's
 * dashboard does), without restating who may see what.
 */
@Resolver(() => Network)
export class NetworkInsightAccessResolver {
  @FieldResolver(() => Boolean, {
    description:
      "Whether you may see this network's insight (`networkInsight`, `networkSearchDemand`): its members, moderators and leads, and admins.",
  })
  viewerCanSeeInsight(@Root() network: Network, @Ctx() { viewer }: Context): boolean {
    return canSeeNetworkInsight(viewer, network.uuid);
  }
}

@Resolver(() => CurrentViewer)
export class ViewerInsightAccessResolver {
  @FieldResolver(() => Boolean, {
    description:
      "Whether you may see the national view across hubs (`nationalInsight`): admins and leads of a national partnership.",
  })
  canSeeNationalInsight(@Ctx() { em, viewer }: Context): Promise<boolean> {
    return new NationalInsightService(em, viewer).viewerMaySee();
  }
}
