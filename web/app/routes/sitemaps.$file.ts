import type { LoaderFunctionArgs } from "@remix-run/node";

import { cacheControlFor } from "../cache.server";
import { siteOrigin } from "../config.server";
import { SITEMAP_KINDS, sitemapUrls, urlSetXml } from "../sitemap.server";

/** One file of the sitemap, e.g. /sitemaps/resources-2.xml: the second block of 50,000 resources. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const match = /^([a-z]+)-([1-9]\d{0,4})\.xml$/.exec(params["file"] ?? "");
  const kind = match && Object.hasOwn(SITEMAP_KINDS, match[1]!) ? SITEMAP_KINDS[match[1]!] : undefined;
  if (!match || !kind) return new Response("Not found", { status: 404 });
  const urls = await sitemapUrls(request, kind, Number(match[2]));
  if (urls.length === 0) return new Response("Not found", { status: 404 });
  return new Response(urlSetXml(siteOrigin(request), urls), {
    headers: {
      "Content-Type": "application/xml; charset=utf-8",
      "Cache-Control": cacheControlFor(request, 200, "file"),
    },
  });
}
