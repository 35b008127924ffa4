import type { LoaderFunctionArgs } from "@remix-run/node";

import { csvResponse } from "../insight/csv.server";
import { loadNationalInsight } from "../insight/national.server";
import { nationalTables } from "../insight/national-sections";
import { requireSession } from "../member/forms.server";

/** /me/insight/national/<table>.csv: one of the national view's tables, for the page's period and phase. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const name = /^([a-z-]+)\.csv$/.exec(params["file"] ?? "")?.[1];
  const table = nationalTables.find((one) => one.name === name);
  if (!table) return new Response("There is no such table.", { status: 404 });
  requireSession(request);
  const data = await loadNationalInsight(request);
  return csvResponse(`national-${table.name}-${data.insight.from}-to-${data.insight.to}.csv`, table, data);
}
