import {
  SitemapAreasOfExcellenceDocument,
  SitemapCollectionsDocument,
  SitemapCountsDocument,
  SitemapEntitlementsDocument,
  SitemapEventsDocument,
  SitemapNetworksDocument,
  SitemapResourcesDocument,
  SitemapSchoolsDocument,
  type SitemapCountsQuery,
} from "@hub/schema";

import { config } from "./config.server";
import * as api from "./graphql.server";
import { aoePath, collectionPath, entitlementPath, eventPath, networkPath, resourcePath, schoolPath } from "./paths";
import { escapeXml } from "./xml.server";

export interface SitemapUrl {
  /** The page's path on this site, e.g. /resources/a-guide. */
  readonly path: string;
  readonly lastModified?: string;
}

interface Page<T> {
  readonly nodes: readonly T[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor?: string | null };
}

/** Every item of a connection, page by page, in the API's order. */
async function* walk<T>(fetchPage: (after: string | null) => Promise<Page<T>>): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const page: Page<T> = await fetchPage(after);
    yield* page.nodes;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

interface SitemapKind {
  /** How many public items the API reports. */
  count(counts: SitemapCountsQuery): number;
  /** Every public item's address. The site asks the API as the public, so only public material is listed. */
  urls(request: Request): AsyncGenerator<SitemapUrl>;
}

const STATIC_PATHS = ["/", "/resources", "/excellence", "/events", "/curriculum", "/collections"];

/** The kinds of page the sitemap lists, each in files of its own. */
export const SITEMAP_KINDS: Readonly<Record<string, SitemapKind>> = {
  pages: {
    count: () => STATIC_PATHS.length,
    async *urls() {
      for (const path of STATIC_PATHS) yield { path };
    },
  },
  resources: {
    count: (counts) => counts.resources.totalCount,
    async *urls(request) {
      const pages = walk((after) =>
        api.request(SitemapResourcesDocument, { after }, { request }).then((d) => d.resources),
      );
      for await (const item of pages) yield { path: resourcePath(item.slug), lastModified: item.updatedAt };
    },
  },
  excellence: {
    count: (counts) => counts.areasOfExcellence.totalCount,
    async *urls(request) {
      const pages = walk((after) =>
        api.request(SitemapAreasOfExcellenceDocument, { after }, { request }).then((d) => d.areasOfExcellence),
      );
      for await (const item of pages) yield { path: aoePath(item.slug), lastModified: item.updatedAt };
    },
  },
  events: {
    count: (counts) => counts.events.totalCount,
    async *urls(request) {
      const pages = walk((after) => api.request(SitemapEventsDocument, { after }, { request }).then((d) => d.events));
      for await (const item of pages) yield { path: eventPath(item.slug), lastModified: item.updatedAt };
    },
  },
  curriculum: {
    count: (counts) => counts.curriculumEntitlements.totalCount,
    async *urls(request) {
      const pages = walk((after) =>
        api.request(SitemapEntitlementsDocument, { after }, { request }).then((d) => d.curriculumEntitlements),
      );
      for await (const item of pages) yield { path: entitlementPath(item.slug), lastModified: item.updatedAt };
    },
  },
  schools: {
    count: (counts) => counts.schools.totalCount,
    async *urls(request) {
      const pages = walk((after) => api.request(SitemapSchoolsDocument, { after }, { request }).then((d) => d.schools));
      for await (const item of pages) yield { path: schoolPath(item.urn), lastModified: item.updatedAt };
    },
  },
  collections: {
    count: (counts) => counts.collections.totalCount,
    async *urls(request) {
      const pages = walk((after) =>
        api.request(SitemapCollectionsDocument, { after }, { request }).then((d) => d.collections),
      );
      for await (const item of pages) yield { path: collectionPath(item.slug), lastModified: item.updatedAt };
    },
  },
  networks: {
    count: (counts) => counts.networks.totalCount,
    async *urls(request) {
      const pages = walk((after) =>
        api.request(SitemapNetworksDocument, { after }, { request }).then((d) => d.networks),
      );
      for await (const item of pages) yield { path: networkPath(item.slug), lastModified: item.updatedAt };
    },
  },
};

// Bigger sets than one file may hold are split into numbered files, all listed in the sitemap index.
const perFile = config.sitemapUrlsPerFile;

/** The files of the sitemap index: one per kind and each block of `perFile` addresses. */
export async function sitemapFiles(request: Request): Promise<string[]> {
  const counts = await api.request(SitemapCountsDocument, {}, { request });
  return Object.entries(SITEMAP_KINDS).flatMap(([name, kind]) => {
    const files = Math.ceil(kind.count(counts) / perFile);
    return Array.from({ length: files }, (_, index) => `${name}-${index + 1}.xml`);
  });
}

/** The addresses in one file of the sitemap: the nth block of a kind's items. */
export async function sitemapUrls(request: Request, kind: SitemapKind, fileNumber: number): Promise<SitemapUrl[]> {
  const first = (fileNumber - 1) * perFile;
  const urls: SitemapUrl[] = [];
  let index = 0;
  for await (const url of kind.urls(request)) {
    if (index >= first) urls.push(url);
    index += 1;
    if (urls.length === perFile) break;
  }
  return urls;
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
