import type { LoaderFunctionArgs } from "@remix-run/node";

import { csvResponse } from "../insight/csv.server";
import { loadNetworkInsight } from "../insight/insight.server";
import { insightTable } from "../insight/sections";
import { requireSession } from "../member/forms.server";

/**
 * /me/insight/<network>/<table>.csv: one of the insight page's tables, for the same period and
 * phase (the page's query string), fetched with the viewer's session so the API decides who gets it.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const name = /^([a-z-]+)\.csv$/.exec(params["file"] ?? "")?.[1];
  const table = name ? insightTable(name) : undefined;
  if (!table) return new Response("There is no such table.", { status: 404 });
  requireSession(request);
  const data = await loadNetworkInsight(request, params);
  return csvResponse(`${data.network.slug}-${table.name}-${data.insight.from}-to-${data.insight.to}.csv`, table, data);
}
