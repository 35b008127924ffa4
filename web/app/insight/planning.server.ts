import { NetworkMatchesDocument, NetworkPlanDocument } from "@hub/schema";

import * as api from "../graphql.server";
import type { InsightPeriodAsked } from "./insight.server";
import type { ActionPlanning } from "./planning";

/**
 * The matches for a network and period, and its plan when the viewer may read it: a member sees the
 * matches but not the plan, which the API refuses them (FORBIDDEN), so that refusal means "no plan".
 */
export async function loadActionPlanning(
  request: Request,
  network: string,
  period: InsightPeriodAsked,
): Promise<ActionPlanning> {
  const [{ networkMatches }, plan] = await Promise.all([
    api.request(NetworkMatchesDocument, { network, ...period }, { request }),
    api.request(NetworkPlanDocument, { network }, { request }).then(
      (result) => result.networkPlan,
      (error: unknown) => {
        if (api.isGraphQLErrorCode(error, "FORBIDDEN")) return null;
        throw error;
      },
    ),
  ]);
  return { matches: networkMatches, plan };
}
