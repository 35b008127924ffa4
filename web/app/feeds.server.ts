import { ResourceFeedDocument, type ResourceFeedQuery, type ResourceFilter } from "@hub/schema";

import { SITE_NAME } from "./components/site-chrome";
import { cacheControlFor } from "./cache.server";
import { siteOrigin } from "./config.server";
import * as api from "./graphql.server";
import { resourcePath } from "./paths";
import { escapeXml } from "./xml.server";

type FeedResource = ResourceFeedQuery["resources"]["nodes"][number];

export interface FeedOptions {
  /** What the feed is about, for its title, e.g. "History"; omitted for the whole library. */
  readonly about?: string;
  /** The feed's own path, e.g. /feeds/subjects/history.atom. */
  readonly path: string;
  /** The page the feed mirrors, e.g. /resources?subject=history. */
  readonly htmlPath: string;
  readonly filter?: ResourceFilter;
}

function entryXml(origin: string, resource: FeedResource): string {
  const url = `${origin}${resourcePath(resource.slug)}`;
  const authors =
    resource.authors.length > 0 ? resource.authors.map((a) => a.name) : [resource.owningNetwork?.name ?? SITE_NAME];
  return [
    "  <entry>",
    `    <id>${escapeXml(url)}</id>`,
    `    <title>${escapeXml(resource.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
    `    <published>${escapeXml(resource.publishedAt ?? resource.updatedAt)}</published>`,
    `    <updated>${escapeXml(resource.updatedAt)}</updated>`,
    ...authors.map((name) => `    <author><name>${escapeXml(name)}</name></author>`),
    ...resource.subjects.map((subject) => `    <category term="${escapeXml(subject.name)}"/>`),
    `    <summary>${escapeXml(resource.summary)}</summary>`,
    `    <rights>${escapeXml(resource.licenceLabel)}</rights>`,
    "  </entry>",
  ].join("\n");
}

/**
 * An Atom feed (RFC 4287) of the newest resources. The site asks the API as the public, so a
 * feed can only ever hold published, public resources.
 */
export async function atomFeed(request: Request, options: FeedOptions): Promise<Response> {
  const origin = siteOrigin(request);
  // Feeds are public documents: a member's cookie must not add their network's material.
  const { resources } = await api.request(
    ResourceFeedDocument,
    { filter: options.filter ?? null },
    { request, token: null },
  );
  const title = options.about ? `New resources: ${options.about} – ${SITE_NAME}` : `New resources – ${SITE_NAME}`;
  const updated = resources.nodes.reduce(
    (latest, r) => (r.updatedAt > latest ? r.updatedAt : latest),
    "1970-01-01T00:00:00.000Z",
  );
  const xml = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">`,
    `  <id>${escapeXml(`${origin}${options.path}`)}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${origin}${options.path}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${origin}${options.htmlPath}`)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(SITE_NAME)}</name></author>`,
    ...resources.nodes.map((resource) => entryXml(origin, resource)),
    `</feed>`,
    "",
  ].join("\n");
  return new Response(xml, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": cacheControlFor(request, 200, "file"),
    },
  });
}
