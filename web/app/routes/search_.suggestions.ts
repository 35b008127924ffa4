import type { LoaderFunctionArgs } from "@remix-run/node";

import { cacheControlFor } from "../cache.server";
import { suggestionsFor } from "../search/suggestions.server";

/** Titles matching what someone is typing, for the search page's combobox (fetched with JavaScript only). */
export async function loader({ request }: LoaderFunctionArgs) {
  const suggestions = await suggestionsFor(new URL(request.url).searchParams.get("q") ?? "", request);
  return Response.json({ suggestions }, { headers: { "Cache-Control": cacheControlFor(request, 200) } });
}
