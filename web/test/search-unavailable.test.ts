import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  freePort,
  REPO_ROOT,
  startEmbeddedMeilisearch,
  startProduct,
  type RunningMeilisearch,
  type RunningProduct,
} from "@hub/infra";
import { FIXTURES as F } from "./fixtures.js";

/**
 * The website while its search engine is down. A second API and web app run on the product's
 * database but with a Meilisearch of their own, which the test stops (and hangs), so the one the
 * other test files search stays up. The second API runs no indexer: it must not take the outbox
 * from the first one. That a write made meanwhile is kept and found later is the API's test
 * (api/src/modules/search/search-unavailable.test.ts).
 */

const mainWebUrl = inject("webUrl");
const meiliDir = join(REPO_ROOT, ".data", "test-web", "meilisearch-down");
let meili: RunningMeilisearch;
let meiliPort: number;
let product: RunningProduct;

const startMeili = () => startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort });

async function get(path: string, base = product.webUrl) {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

const resourceLinks = (html: string) =>
  [...html.matchAll(/href="(\/resources\/[a-z0-9-]+)"/g)].map((match) => match[1]);

/** The search page's answer while the engine is down: the site's own page, saying so, with Retry-After. */
async function expectSearchUnavailable() {
  const page = await get("/search?q=phonics");
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBe("30");
  expect(page.headers.get("cache-control")).toBe("no-store");
  expect(page.body).toContain("<h1>Search is unavailable right now</h1>");
  expect(page.body.replaceAll("<!-- -->", "")).toContain("We could not search for “phonics” just now.");
  // The rest of the site's page around it: its header, and a search box to try again.
  expect(page.body).toContain('class="site-header"');
  expect(page.body).toContain('role="search"');
  expect(page.body).toContain("<title>Search unavailable");

  const suggestions = await get("/search/suggestions?q=pho");
  expect(suggestions.status).toBe(503);
  expect(suggestions.headers.get("retry-after")).toBe("30");
  expect(JSON.parse(suggestions.body)).toEqual({ suggestions: [] });
}

beforeAll(async () => {
  rmSync(meiliDir, { recursive: true, force: true });
  meiliPort = await freePort();
  // A real engine's address and key, stopped before the API starts: the API, finding no engine,
  // prepares no index (which would queue every document in the shared outbox).
  meili = await startMeili();
  await meili.stop();
  process.env["INDEXER_IN_API"] = "false";
  product = await startProduct({
    services: {
      databaseUrl: inject("databaseUrl"),
      serverUrl: inject("databaseUrl"),
      meiliUrl: meili.url,
      meiliMasterKey: meili.masterKey,
      embedded: { postgres: false, meilisearch: false },
      stop: async () => undefined,
    },
    apiPort: await freePort(),
    webPort: await freePort(),
    stdio: "ignore",
  });
});

afterAll(async () => {
  await product?.stop();
  try {
    process.kill(meili.pid()!, "SIGCONT");
  } catch {
    // already gone
  }
  await meili?.stop();
  rmSync(meiliDir, { recursive: true, force: true });
});

describe("the website while search is down", () => {
  it("answers /search with a 503 page that says so, and serves every other page", async () => {
    await expectSearchUnavailable();

    const home = await get("/");
    expect(home.status).toBe(200);
    // The home page's recent items come from PostgreSQL: the same as the site with search up shows.
    const recent = resourceLinks(home.body);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent).toEqual(resourceLinks((await get("/", mainWebUrl)).body));
    expect((await get(`/resources/${F.publicResource.slug}`)).status).toBe(200);
    expect((await get("/resources")).status).toBe(200);
  });

  it("answers within moments when the engine hangs rather than holding the page", async () => {
    meili = await startMeili();
    process.kill(meili.pid()!, "SIGSTOP");
    const started = Date.now();
    await expectSearchUnavailable();
    // Two searches (the page, the suggestions), each given up after the API's 2 s.
    expect(Date.now() - started).toBeLessThan(8_000);
  });
});
