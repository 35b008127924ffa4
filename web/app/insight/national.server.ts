import { NationalInsightDocument, PublicSearchDemandDocument } from "@hub/schema";

import * as api from "../graphql.server";
import { refusal, withPeriodFallback } from "./insight.server";
import type { NationalData } from "./national-sections";

/**
 * The national view and the public search demand over the same days, asked for with the viewer's
 * session: the API decides who may see it, and which small counts they see withheld.
 */
export async function loadNationalInsight(request: Request): Promise<NationalData> {
  try {
    const { result, periodProblem } = await withPeriodFallback(request, (period) =>
      api.request(NationalInsightDocument, period, { request }),
    );
    const { nationalInsight } = result;
    const { publicSearchDemand } = await api.request(
      PublicSearchDemandDocument,
      { from: `${nationalInsight.from}T00:00:00.000Z`, to: `${nationalInsight.to}T00:00:00.000Z` },
      { request },
    );
    return { insight: nationalInsight, demand: publicSearchDemand, periodProblem };
  } catch (error) {
    throw refusal(error, "The national view is for leads of the national partnership and the site's administrators.");
  }
}
