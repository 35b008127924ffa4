import { describe, expect, inject, it } from "vitest";
import { ADMIN, FIXTURES as F } from "./fixtures.js";
import { SITEMAP_URLS_PER_FILE } from "./global-setup.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");

async function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type: string | null; cache: string | null; body: string }> {
  const response = await fetch(`${webUrl}${path}`, { headers });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    cache: response.headers.get("cache-control"),
    body: await response.text(),
  };
}

const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

/** Material the public must never find, by any of its addresses or titles. */
const PRIVATE_MARKERS = [
  F.networkOnlyResource.slug,
  F.networkOnlyResource.title,
  F.draftResource.slug,
  F.draftResource.title,
  F.networkOnlyEvent.slug,
  F.networkOnlyEvent.title,
  F.networkOnlyCollection.slug,
  F.networkOnlyCollection.title,
];

function expectNoPrivateMaterial(text: string): void {
  for (const marker of PRIVATE_MARKERS) expect(text).not.toContain(marker);
}

describe("sitemap", () => {
  it("indexes every public page in files small enough for the protocol, and nothing private", async () => {
    const index = await get("/sitemap.xml");
    expect(index.status).toBe(200);
    expect(index.type).toMatch(/^application\/xml/);
    expect(index.body).toContain("<sitemapindex");
    const files = locations(index.body);
    // The sector dataset and fixtures hold more resources than one (test-sized) file may list.
    expect(files).toContain(`${webUrl}/sitemaps/resources-1.xml`);
    expect(files).toContain(`${webUrl}/sitemaps/resources-2.xml`);

    const urls: string[] = [];
    for (const file of files) {
      const sitemap = await get(new URL(file).pathname);
      expect(sitemap.status).toBe(200);
      const fileUrls = locations(sitemap.body);
      expect(fileUrls.length).toBeGreaterThan(0);
      expect(fileUrls.length).toBeLessThanOrEqual(SITEMAP_URLS_PER_FILE);
      expectNoPrivateMaterial(sitemap.body);
      urls.push(...fileUrls);
    }
    expect(new Set(urls).size).toBe(urls.length);
    for (const path of [
      `/resources/${F.publicResource.slug}`,
      `/resources/${F.relatedResource.slug}`,
      "/resources/marketplace-teach-meet",
      `/excellence/${F.aoe.slug}`,
      `/events/${F.event.slug}`,
      `/curriculum/${F.entitlement.slug}`,
      `/schools/${F.primary.urn}`,
      `/networks/${F.hub.slug}`,
      `/collections/${F.collection.slug}`,
      "/collections",
    ]) {
      expect(urls).toContain(`${webUrl}${path}`);
    }
    // An old slug is not a page of its own.
    expect(urls).not.toContain(`${webUrl}/resources/${F.renamedFrom}`);
  });

  it("answers 404 past the last sitemap file and for unknown kinds", async () => {
    expect((await get("/sitemaps/resources-999.xml")).status).toBe(404);
    expect((await get("/sitemaps/secrets-1.xml")).status).toBe(404);
  });

  it("points crawlers at the sitemap from robots.txt", async () => {
    const robots = await get("/robots.txt");
    expect(robots.status).toBe(200);
    expect(robots.body).toContain(`Sitemap: ${webUrl}/sitemap.xml`);
  });
});

describe("for a signed-in administrator", () => {
  it("still lists only public material in the sitemap and the feeds, which are public documents", async () => {
    const signIn = await fetch(`${apiUrl}/graphql`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
        variables: { input: { email: ADMIN.email, password: ADMIN.password } },
      }),
    });
    const { data } = (await signIn.json()) as { data: { signIn: { token: string } } };
    // The product runs as in production, where the cookie carries the __Host- prefix.
    const cookie = { Cookie: `__Host-hub_session=${data.signIn.token}` };
    // The administrator does see the network-only resource on its own page...
    expect((await get(`/resources/${F.networkOnlyResource.slug}`, cookie)).status).toBe(200);
    // ...but not in anything meant for everyone.
    const index = await get("/sitemap.xml", cookie);
    expect(locations(index.body)).toEqual(locations((await get("/sitemap.xml")).body));
    for (const file of locations(index.body)) expectNoPrivateMaterial((await get(new URL(file).pathname, cookie)).body);
    expectNoPrivateMaterial((await get("/feeds/resources.atom", cookie)).body);
    expectNoPrivateMaterial((await get(`/feeds/networks/${F.historyNetwork.slug}.atom`, cookie)).body);
  });
});

describe("Atom feeds", () => {
  const feeds = {
    "the whole library": "/feeds/resources.atom",
    "the network": `/feeds/networks/${F.historyNetwork.slug}.atom`,
    "the subject": "/feeds/subjects/history.atom",
    "the theme": "/feeds/themes/curriculum-design.atom",
  };

  it.each(Object.entries(feeds))("lists %s's new public resources and nothing private", async (_, path) => {
    const feed = await get(path);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^application\/atom\+xml/);
    expect(feed.body).toContain(`<link rel="self" type="application/atom+xml" href="${webUrl}${path}"/>`);
    expect(feed.body).toContain(`<title>${F.publicResource.title}</title>`);
    expect(feed.body).toContain(`<id>${webUrl}/resources/${F.publicResource.slug}</id>`);
    expectNoPrivateMaterial(feed.body);
  });

  it("keeps each feed to its own network, subject or theme", async () => {
    const history = await get("/feeds/subjects/history.atom");
    expect(history.body).not.toContain(F.relatedResource.title);
    const hub = await get(`/feeds/networks/${F.hub.slug}.atom`);
    expect(hub.body).toContain(F.relatedResource.title);
    expect(hub.body).not.toContain(F.publicResource.title);
    expect((await get("/feeds/subjects/no-such-subject.atom")).status).toBe(404);
  });
});

describe("pages for the public", () => {
  it("treats network-only and draft material as absent, with a 404", async () => {
    for (const path of [
      `/resources/${F.networkOnlyResource.slug}`,
      `/resources/${F.draftResource.slug}`,
      `/events/${F.networkOnlyEvent.slug}`,
      `/collections/${F.networkOnlyCollection.slug}`,
    ]) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      // The page's sign-in link brings a member back to the address they asked for (so a network-only
      // page opens after signing in): that echo of the visitor's own address discloses nothing.
      const signInHere = `/sign-in?returnTo=${encodeURIComponent(path)}`;
      expect(page.body, path).toContain(signInHere);
      expectNoPrivateMaterial(page.body.replaceAll(signInHere, ""));
    }
    expect((await get(`/events/${F.networkOnlyEvent.slug}/calendar.ics`)).status).toBe(404);
  });

  it("lists a public resource's files and serves them through the site; an unknown file is 404", async () => {
    const page = await get(`/resources/${F.publicResource.slug}`);
    const href = new RegExp(`href="(/files/[0-9a-f-]{36}/[^"]+)"[^>]*>${F.publicAttachment.title}<`).exec(
      page.body,
    )?.[1];
    expect(href).toBeDefined();
    const file = await get(href!);
    expect(file.status).toBe(200);
    expect(file.type).toBe("text/plain; charset=utf-8");
    expect(file.body).toBe(F.publicAttachment.text);
    expect(file.cache).toMatch(/^public/);
    expect((await get(`/files/${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}/guess.pdf`)).status).toBe(404);
  });

  it("leaves network-only material out of every listing", async () => {
    for (const path of [
      "/",
      "/resources",
      "/resources?subject=history",
      "/events",
      `/networks/${F.historyNetwork.slug}`,
      "/collections",
      `/collections/${F.collection.slug}`,
      `/resources/${F.publicResource.slug}`,
    ]) {
      expectNoPrivateMaterial((await get(path)).body);
    }
  });

  it("lets shared caches keep anonymous pages briefly, and never errors", async () => {
    expect((await get(`/resources/${F.publicResource.slug}`)).cache).toBe(
      "public, max-age=60, stale-while-revalidate=600",
    );
    expect((await get("/no-such-page")).cache).toBe("public, max-age=60");
    const signedIn = await fetch(`${webUrl}/resources`, { headers: { Authorization: "Bearer anything" } });
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
  });

  it("explains a filter value it does not know, rather than failing", async () => {
    const page = await get("/resources?keyStage=KS9");
    expect(page.status).toBe(400);
    expect(page.body).toContain("Start again from the resources page");
  });
});

describe("search for the public", () => {
  /** Searches whose words are in the private titles, so only visibility can keep them out. */
  const PRIVATE_QUERIES = ["internal notes moderation", "moderation pack", "unfinished oracy", "planning meeting"];

  it.each(PRIVATE_QUERIES)("finds nothing private for “%s”, in hits, counts or help", async (query) => {
    const page = await get(`/search?q=${encodeURIComponent(query)}`);
    expect(page.status).toBe(200);
    expect(page.cache).toBe("public, max-age=60, stale-while-revalidate=600");
    expectNoPrivateMaterial(page.body);
  });

  it("counts only public material in the facets", async () => {
    // Every resource of the history network the public may see is listed on one page, so the
    // facet's count must equal the cards shown: the network-only resource must not be counted.
    const page = await get(`/search?network=${F.historyNetwork.slug}&kind=RESOURCE`);
    const cards = page.body.match(/<article class="card">/g) ?? [];
    const count = page.body.match(
      /for="facet-kind-RESOURCE">Resource(?:<!-- -->)?\s*<span class="facet-count">(\d+)/,
    )?.[1];
    expect(cards.length).toBe(1);
    expect(count).toBe("1");
    expect(page.body).toContain(F.publicResource.title);
    expectNoPrivateMaterial(page.body);
  });

  it.each(["internal", "history mod", "unfinished", "history network planning", "history moderation pack"])(
    "suggests no private title for “%s”",
    async (prefix) => {
      const response = await get(`/search/suggestions?q=${encodeURIComponent(prefix)}`);
      expect(response.status).toBe(200);
      expect(response.type).toMatch(/^application\/json/);
      expect(response.cache).toBe("public, max-age=60, stale-while-revalidate=600");
      expectNoPrivateMaterial(response.body);
    },
  );

  it("suggests public titles as someone types", async () => {
    const response = await get("/search/suggestions?q=daily%20keep-up%20sess");
    const { suggestions } = JSON.parse(response.body) as { suggestions: { path: string; title: { text: string } }[] };
    expect(suggestions).toContainEqual(
      expect.objectContaining({
        path: `/resources/${F.relatedResource.slug}`,
        title: expect.objectContaining({ text: F.relatedResource.title }),
      }),
    );
  });

  it("lists only public collections, and a public collection without its network-only resource", async () => {
    const list = await get("/collections");
    expect(list.body).toContain(F.collection.title);
    expectNoPrivateMaterial(list.body);
    const collection = await get(`/collections/${F.collection.slug}`);
    expect(collection.body).toContain(F.publicResource.title);
    expectNoPrivateMaterial(collection.body);
  });

  it("explains a search filter value it does not know, rather than failing", async () => {
    const page = await get("/search?q=phonics&keyStage=KS9");
    expect(page.status).toBe(400);
    expect(page.body).toContain("Start again from the search page");
  });
});
