import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { ADMIN, Api, FIXTURES as F } from "./fixtures.js";
import { useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const newPage = useBrowser();

/** Words of this file's own, so other test files' searches do not count with them. */
const QUERY = "planning history enquiry demand";

interface Demanded {
  query: string;
  searches: number;
  sessions: number;
  openedSearches: number;
}

async function publicDemandFor(query: string): Promise<Demanded | undefined> {
  const api = new Api(`${apiUrl}/graphql`);
  const { signIn } = await api.mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email: ADMIN.email, password: ADMIN.password },
    "token",
  );
  const { publicSearchDemand } = await api
    .signedIn(signIn.token)
    .gql<{ publicSearchDemand: { topQueries: Demanded[] } }>(
      `{ publicSearchDemand(first: 100) { topQueries { query searches sessions openedSearches } } }`,
    );
  return publicSearchDemand.topQueries.find((entry) => entry.query === query);
}

/** Searches on the page without JavaScript and opens the first result, as a visitor clicks it; returns its link. */
async function searchAndOpen(page: Page): Promise<string> {
  await page.goto(`${webUrl}/search?q=${encodeURIComponent(QUERY)}`);
  const link = page.locator(".results__list h2 a", { hasText: F.publicResource.title });
  const href = (await link.getAttribute("href"))!;
  await link.click();
  await page.waitForURL(`${webUrl}/resources/${F.publicResource.slug}`);
  return href;
}

describe("search demand from the website", () => {
  it("counts a result opened from the search page, with or without JavaScript, once per search", async () => {
    // Two without JavaScript, one with it (its click is a client-side navigation through the same route).
    const visitors = await Promise.all(
      [
        { name: "one", javaScriptEnabled: false },
        { name: "two", javaScriptEnabled: false },
        { name: "three", javaScriptEnabled: true },
      ].map(({ name, javaScriptEnabled }) => newPage({ javaScriptEnabled, userAgent: `Demand visitor ${name}` })),
    );
    const links: string[] = [];
    for (const visitor of visitors) links.push(await searchAndOpen(visitor));
    expect(links[0]).toMatch(/^\/search\/open\?ref=/);
    // The first visitor opens the same result of the same search again (a second tab, say).
    await visitors[0]!.goto(`${webUrl}${links[0]}`);
    await visitors[0]!.waitForURL(`${webUrl}/resources/${F.publicResource.slug}`);

    // The API writes recorded searches in batches, a second or two after they happen.
    await expect
      .poll(() => publicDemandFor(QUERY), { timeout: 15_000, interval: 500 })
      .toEqual({ query: QUERY, searches: 3, sessions: 3, openedSearches: 3 });
  });

  it("redirects a result link only to pages of this site", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${webUrl}/search/open?ref=not-a-ref&to=${encodeURIComponent("https://elsewhere.example/")}`);
    expect(page.url()).toBe(`${webUrl}/search`);
    await page.goto(`${webUrl}/search/open?to=${encodeURIComponent("//elsewhere.example/x")}`);
    expect(page.url()).toBe(`${webUrl}/search`);
  });
});
