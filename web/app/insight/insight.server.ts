import {
  NetworkInsightDocument,
  NetworkReviewSummaryDocument,
  NetworkSearchDemandDocument,
  type Phase,
} from "@hub/schema";
import type { Params } from "@remix-run/react";

import * as api from "../graphql.server";
import { routeParam } from "../params.server";
import { loadActionPlanning } from "./planning.server";
import type { InsightData } from "./section";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period and phase asked for in the page's address (?from=&to=&phase=); what is missing the API fills in. */
export interface InsightPeriodAsked {
  readonly from: string | null;
  readonly to: string | null;
  readonly phase: Phase | null;
}

const DEFAULT_PERIOD: InsightPeriodAsked = { from: null, to: null, phase: null };

/**
 * The period and phase in the address, and what is wrong with their form, if anything: whether a
 * well-formed date or phase can be counted is the API's to say (see {@link withPeriodFallback}).
 */
export function periodAsked(request: Request): { period: InsightPeriodAsked; problem: string | null } {
  const search = new URL(request.url).searchParams;
  const problems: string[] = [];
  const date = (name: "from" | "to") => {
    const value = search.get(name)?.trim() ?? "";
    if (value === "") return null;
    if (DATE.test(value)) return value;
    problems.push(`“${name}” must be a date written like 2026-09-01`);
    return null;
  };
  const phase = search.get("phase")?.trim();
  const period = { from: date("from"), to: date("to"), phase: phase ? (phase as Phase) : null };
  return { period, problem: problems.length > 0 ? problems.join("; ") : null };
}

/**
 * Asks `load` for the period in the address; when that period cannot be counted (the API says
 * BAD_USER_INPUT: a day that does not exist, `from` after `to`, an unknown phase), asks again for
 * the API's default period, with the API's reason to show above the figures. A page of figures for
 * a period the leader did not choose would mislead without it; an error page would help no one.
 */
export async function withPeriodFallback<T>(
  request: Request,
  load: (period: InsightPeriodAsked) => Promise<T>,
): Promise<{ result: T; periodProblem: string | null }> {
  const { period, problem } = periodAsked(request);
  try {
    return { result: await load(period), periodProblem: problem && fallbackMessage(problem) };
  } catch (error) {
    if (!api.isGraphQLErrorCode(error, "BAD_USER_INPUT")) throw error;
    const reason = error.errors.map((one) => one.message).join("; ");
    return { result: await load(DEFAULT_PERIOD), periodProblem: fallbackMessage(reason) };
  }
}

const fallbackMessage = (reason: string) =>
  `The period or phase asked for could not be counted (${reason}), so these figures are for the usual period instead: the twelve months to today, all phases.`;

/**
 * Everything the insight page and its CSV downloads show, asked for with the viewer's session: the
 * API decides who may see it. A network that does not exist is a 404; a viewer outside the network
 * gets a 403 (signed out: the sign-in page, as every member page).
 */
export async function loadNetworkInsight(request: Request, params: Params): Promise<InsightData> {
  const slug = routeParam(params, "network", "slug");
  try {
    const { result, periodProblem } = await withPeriodFallback(request, (period) =>
      api.request(NetworkInsightDocument, { network: slug, ...period }, { request }),
    );
    const { networkInsight, network } = result;
    // Every other query counts the period the API settled on, so the page's figures tell one
    // period's story; once it is known they can all be asked at once.
    const settled = { from: networkInsight.from, to: networkInsight.to, phase: networkInsight.phase ?? null };
    const [{ networkSearchDemand }, { networkReviewSummary }, planning] = await Promise.all([
      api.request(
        NetworkSearchDemandDocument,
        { network: slug, from: `${settled.from}T00:00:00.000Z`, to: `${settled.to}T00:00:00.000Z` },
        { request },
      ),
      api.request(NetworkReviewSummaryDocument, { network: slug, ...settled }, { request }),
      loadActionPlanning(request, slug, settled),
    ]);
    return {
      network: network ?? { slug, name: slug },
      insight: networkInsight,
      demand: networkSearchDemand,
      reviewSummary: networkReviewSummary,
      periodProblem,
      planning,
    };
  } catch (error) {
    throw refusal(error, "Only the people of this network and the site's administrators can see its insight.");
  }
}

/** The API's refusals as the pages answer them; anything else is passed on to the error boundary. */
export function refusal(error: unknown, forbidden: string): unknown {
  if (api.isGraphQLErrorCode(error, "NOT_FOUND"))
    return new Response("There is no network at this address.", { status: 404 });
  if (api.isGraphQLErrorCode(error, "FORBIDDEN")) return new Response(forbidden, { status: 403 });
  return error;
}
