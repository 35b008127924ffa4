import {
  NetworkInsightDocument,
  NetworkReviewSummaryDocument,
  NetworkSearchDemandDocument,
  type Phase,
} from "@hub/schema";
import type { Params } from "@remix-run/react";

import * as api from "../graphql.server";
import { routeParam } from "../params.server";
import type { InsightData } from "./section";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period and phase asked for in the page's address (?from=&to=&phase=); what is missing the API fills in. */
export interface InsightPeriodAsked {
  readonly from: string | null;
  readonly to: string | null;
  readonly phase: Phase | null;
}

export function periodAsked(request: Request): InsightPeriodAsked {
  const search = new URL(request.url).searchParams;
  const date = (name: string) => {
    const value = search.get(name)?.trim() ?? "";
    return DATE.test(value) ? value : null;
  };
  const phase = search.get("phase")?.trim();
  return { from: date("from"), to: date("to"), phase: phase ? (phase as Phase) : null };
}

/**
 * Everything the insight page and its CSV downloads show, asked for with the viewer's session: the
 * API decides who may see it. A network that does not exist is a 404; a viewer outside the network
 * gets a 403 (signed out: the sign-in page, as every member page); a bad period or phase, a 400.
 */
export async function loadNetworkInsight(request: Request, params: Params): Promise<InsightData> {
  const slug = routeParam(params, "network", "slug");
  const period = periodAsked(request);
  try {
    const { networkInsight, network } = await api.request(
      NetworkInsightDocument,
      { network: slug, ...period },
      { request },
    );
    // Search demand counts the same days as the themes, so the page's figures tell one period's story.
    const { networkSearchDemand } = await api.request(
      NetworkSearchDemandDocument,
      { network: slug, from: `${networkInsight.from}T00:00:00.000Z`, to: `${networkInsight.to}T00:00:00.000Z` },
      { request },
    );
    const { networkReviewSummary } = await api.request(
      NetworkReviewSummaryDocument,
      { network: slug, ...period },
      { request },
    );
    return {
      network: network ?? { slug, name: slug },
      insight: networkInsight,
      demand: networkSearchDemand,
      reviewSummary: networkReviewSummary,
    };
  } catch (error) {
    if (api.isGraphQLErrorCode(error, "NOT_FOUND"))
      throw new Response("There is no network at this address.", { status: 404 });
    if (api.isGraphQLErrorCode(error, "FORBIDDEN")) {
      throw new Response("Only the people of this network and the site's administrators can see its insight.", {
        status: 403,
      });
    }
    if (api.isGraphQLErrorCode(error, "BAD_USER_INPUT")) {
      throw new Response(`The period or phase asked for cannot be counted: ${(error as Error).message}`, {
        status: 400,
      });
    }
    throw error;
  }
}
