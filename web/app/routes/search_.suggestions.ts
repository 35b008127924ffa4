import type { LoaderFunctionArgs } from "@remix-run/node";

import { cacheControlFor } from "../cache.server";
import { suggestionsFor } from "../search/suggestions.server";
import { searchUnavailableHeaders } from "../search/unavailable.server";

/**
 * Titles matching what someone is typing, for the search page's combobox (fetched with JavaScript
 * only). While the search engine is down: none, as a 503 with Retry-After, and the box stays a box.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  try {
    const suggestions = await suggestionsFor(new URL(request.url).searchParams.get("q") ?? "", request);
    return Response.json({ suggestions }, { headers: { "Cache-Control": cacheControlFor(request, 200) } });
  } catch (error) {
    const headers = searchUnavailableHeaders(error);
    if (!headers) throw error;
    return Response.json({ suggestions: [] }, { status: 503, headers });
  }
}
