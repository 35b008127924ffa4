import type { LoaderFunctionArgs } from "@remix-run/node";

import { cacheControlFor } from "../cache.server";
import { siteOrigin } from "../config.server";
import { sitemapFiles, sitemapIndexXml } from "../sitemap.server";

/** A sitemap index, so the site can grow past the 50,000 addresses one sitemap file may hold. */
export async function loader({ request }: LoaderFunctionArgs) {
  const files = await sitemapFiles(request);
  return new Response(sitemapIndexXml(siteOrigin(request), files), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": cacheControlFor(request, 200, "file"),
    },
  });
}
