import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startEmbeddedMeilisearch, type RunningMeilisearch } from "@hub/infra";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { SEARCH_RETRY_AFTER_SECONDS, SEARCH_TIMEOUT_MS } from "./availability.js";

/**
 * Search while Meilisearch is hung (SIGSTOP) and then dead (SIGKILL): a Meilisearch of this file's
 * own, so the one the other test files share keeps running. The API runs its own indexer, as in
 * production, so what a person saved meanwhile must become searchable by itself once it is back.
 */
let api: TestApi;
let meili: RunningMeilisearch;
let meiliDir: string;
let meiliPort: number;
let curator: TestUser;

const startMeili = () => startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort });

const SEARCH = `query($query: String!) { search(query: $query) { totalCount edges { node { title { text } } } } }`;
const COLLECTIONS = `{ collections(first: 1) { totalCount } }`;
const SUGGEST = `query($prefix: String!) { searchSuggestions(prefix: $prefix) { title { text } } }`;
const CREATE_COLLECTION = `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { collection { slug } } }`;

interface SearchData {
  search: { totalCount: number; edges: { node: { title: { text: string } } }[] };
}

const titlesFound = async (query: string) =>
  (await api.gql<SearchData>(SEARCH, { query })).data?.search?.edges.map((edge) => edge.node.title.text) ?? [];

/** Asserts the answer is search's coded outage error, with retry advice, and says how long it took. */
async function expectUnavailable(operation: string, variables: Record<string, unknown>, field: string) {
  const started = Date.now();
  const result = await api.gql(operation, variables);
  const elapsed = Date.now() - started;
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  expect(error!.path).toEqual([field]);
  expect(error!.extensions).toEqual({ code: "SEARCH_UNAVAILABLE", retryAfter: SEARCH_RETRY_AFTER_SECONDS });
  expect(error!.message).toMatch(/^Search is unavailable right now\. .*try searching again in 30 seconds\.$/);
  return elapsed;
}

beforeAll(async () => {
  meiliDir = mkdtempSync(join(tmpdir(), "hub-meili-down-"));
  chmodSync(meiliDir, 0o755);
  meiliPort = await freePort();
  meili = await startMeili();
  api = await startTestApi({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
  curator = await api.signUp({ name: "Cleo Curator" });
});

afterAll(async () => {
  // Whatever a failed test left it in: running, stopped or dead.
  try {
    process.kill(meili.pid()!, "SIGCONT");
  } catch {
    // already gone
  }
  await meili?.stop();
  if (meiliDir) rmSync(meiliDir, { recursive: true, force: true });
});

describe("search while the search engine is down", () => {
  it("answers SEARCH_UNAVAILABLE within the timeout when the engine hangs, and serves everything else", async () => {
    process.kill(meili.pid()!, "SIGSTOP");
    const elapsed = await expectUnavailable(SEARCH, { query: "phonics" }, "search");
    // A hung engine costs a search its timeout, not the client's patience.
    expect(elapsed).toBeGreaterThanOrEqual(SEARCH_TIMEOUT_MS - 100);
    expect(elapsed).toBeLessThan(SEARCH_TIMEOUT_MS + 3_000);
    await expectUnavailable(SUGGEST, { prefix: "pho" }, "searchSuggestions");
    // What PostgreSQL serves answers as ever.
    expect(await api.gql(COLLECTIONS)).toEqual({ data: { collections: { totalCount: 0 } } });
  });

  it("keeps a write made while the engine is hung and then dead, and finds it once the engine is back", async () => {
    const saved = await api.gql<{ createCollection: { collection: { slug: string } } }>(
      CREATE_COLLECTION,
      {
        input: {
          slug: "phonics-while-search-was-down",
          title: "Phonics reading kept while search was down",
          visibility: "PUBLIC",
        },
      },
      curator.auth,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.createCollection.collection.slug).toBe("phonics-while-search-was-down");

    process.kill(meili.pid()!, "SIGKILL");
    await meili.stop();
    // Dead: refused at once, no timeout to wait for.
    expect(await expectUnavailable(SEARCH, { query: "phonics" }, "search")).toBeLessThan(SEARCH_TIMEOUT_MS);
    await expectUnavailable(SUGGEST, { prefix: "pho" }, "searchSuggestions");

    // The same engine again, on its data: the indexer retries the outbox row by itself.
    meili = await startMeili();
    await expect
      .poll(() => titlesFound("phonics kept while search was down"), { timeout: 45_000, interval: 250 })
      .toContain("Phonics reading kept while search was down");
  });
});
