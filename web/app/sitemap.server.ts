import { SitemapBlockDocument, SitemapCountsDocument, type SitemapKind } from "@hub/schema";

import { config } from "./config.server";
import * as api from "./graphql.server";
import { aoePath, collectionPath, entitlementPath, eventPath, networkPath, resourcePath, schoolPath } from "./paths";
import { escapeXml } from "./xml.server";

export interface SitemapUrl {
  /** The page's path on this site, e.g. /resources/a-guide. */
  readonly path: string;
  readonly lastModified?: string;
}

const STATIC_PATHS = [
  "/",
  "/resources",
  "/excellence",
  "/events",
  "/curriculum",
  "/collections",
  "/schools",
  "/networks",
];

/** A kind of page the sitemap lists: the fixed pages, or one of the API's sitemap kinds with its page address. */
type SitemapSource = { readonly static: readonly string[] } | { readonly kind: SitemapKind; path(key: string): string };

/** The kinds of page the sitemap lists, each in files of its own, named as the count query's aliases. */
export const SITEMAP_KINDS: Readonly<Record<string, SitemapSource>> = {
  pages: { static: STATIC_PATHS },
  resources: { kind: "RESOURCES", path: resourcePath },
  excellence: { kind: "AREAS_OF_EXCELLENCE", path: aoePath },
  events: { kind: "EVENTS", path: eventPath },
  curriculum: { kind: "CURRICULUM_ENTITLEMENTS", path: (slug) => entitlementPath(slug) },
  schools: { kind: "SCHOOLS", path: schoolPath },
  collections: { kind: "COLLECTIONS", path: collectionPath },
  networks: { kind: "NETWORKS", path: networkPath },
};

// Bigger sets than one file may hold are split into numbered files, all listed in the sitemap index.
const perFile = config.sitemapUrlsPerFile;

/**
 * The files of the sitemap index: one per kind and each block of `perFile` addresses.
 * The API lists what the public may see whoever asks, so a member's cookie changes nothing.
 */
export async function sitemapFiles(request: Request): Promise<string[]> {
  const counts = await api.request(SitemapCountsDocument, {}, { request, token: null });
  const totals = new Map(
    Object.entries(counts).flatMap(([name, value]) => (typeof value === "object" ? [[name, value.totalCount]] : [])),
  );
  return Object.entries(SITEMAP_KINDS).flatMap(([name, source]) => {
    const count = "static" in source ? source.static.length : (totals.get(name) ?? 0);
    return Array.from({ length: Math.ceil(count / perFile) }, (_, index) => `${name}-${index + 1}.xml`);
  });
}

/** The addresses in one file of the sitemap: the nth block of a kind's pages, fetched in one request. */
export async function sitemapUrls(request: Request, source: SitemapSource, fileNumber: number): Promise<SitemapUrl[]> {
  const offset = (fileNumber - 1) * perFile;
  if ("static" in source) return source.static.slice(offset, offset + perFile).map((path) => ({ path }));
  const { sitemap } = await api.request(
    SitemapBlockDocument,
    { kind: source.kind, offset, limit: perFile },
    { request, token: null },
  );
  return sitemap.entries.map((entry) => ({ path: source.path(entry.key), lastModified: entry.updatedAt }));
}

export function sitemapIndexXml(origin: string, files: readonly string[]): string {
  const entries = files.map((file) => `  <sitemap><loc>${escapeXml(`${origin}/sitemaps/${file}`)}</loc></sitemap>`);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...entries,
    `</sitemapindex>`,
    "",
  ].join("\n");
}

export function urlSetXml(origin: string, urls: readonly SitemapUrl[]): string {
  const entries = urls.map((url) => {
    const lastModified = url.lastModified ? `<lastmod>${escapeXml(url.lastModified)}</lastmod>` : "";
    return `  <url><loc>${escapeXml(`${origin}${url.path}`)}</loc>${lastModified}</url>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...entries,
    `</urlset>`,
    "",
  ].join("\n");
}
