import type { LoaderFunctionArgs } from "@remix-run/node";

import { cacheControlFor } from "../cache.server";
import { siteOrigin } from "../config.server";

/** Everything public may be crawled; search results and sign-in pages add nothing to an index. */
export function loader({ request }: LoaderFunctionArgs) {
  const body = [
    "User-agent: *",
    "Disallow: /search",
    "Disallow: /sign-in",
    "",
    `Sitemap: ${siteOrigin(request)}/sitemap.xml`,
    "",
  ];
  return new Response(body.join("\n"), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": cacheControlFor(request, 200, "file") },
  });
}
