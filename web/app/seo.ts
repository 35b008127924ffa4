import type { MetaDescriptor } from "@remix-run/node";

import { SITE_NAME } from "./components/site-chrome";
import { rootDataFrom } from "./root-data";

type Matches = Parameters<typeof rootDataFrom>[0];

export interface PageMeta {
  readonly title: string;
  readonly description: string;
  /** The page's path (and query, when the query names a different page), e.g. /resources/a-guide. */
  readonly path: string;
  readonly type?: "website" | "article";
  /** schema.org data for this page, emitted as JSON-LD. */
  readonly jsonLd?: Record<string, unknown>;
}

/** Title, description, canonical link, OpenGraph and Twitter card tags, and JSON-LD for one page. */
export function pageMeta(matches: Matches, page: PageMeta): MetaDescriptor[] {
  const url = `${rootDataFrom(matches)?.origin ?? ""}${page.path}`;
  const title = page.title === SITE_NAME ? SITE_NAME : `${page.title} – ${SITE_NAME}`;
  const tags: MetaDescriptor[] = [
    { title },
    { name: "description", content: page.description },
    { tagName: "link", rel: "canonical", href: url },
    { property: "og:site_name", content: SITE_NAME },
    { property: "og:type", content: page.type ?? "website" },
    { property: "og:title", content: page.title },
    { property: "og:description", content: page.description },
    { property: "og:url", content: url },
    { property: "og:locale", content: "en_GB" },
    { name: "twitter:card", content: "summary" },
    { name: "twitter:title", content: page.title },
    { name: "twitter:description", content: page.description },
  ];
  if (page.jsonLd) tags.push({ "script:ld+json": { "@context": "https://schema.org", ...page.jsonLd } });
  return tags;
}

/** A listing's address for its meta tags: its filters kept, its page cursor dropped (every page is the listing). */
export function listingMetaPath(path: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete("after");
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
