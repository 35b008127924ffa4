import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort, startEmbeddedMeilisearch, type RunningMeilisearch } from "@hub/infra";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import { createLogger } from "../../logger.js";
import { Resource } from "../resources/resource.entity.js";
import { createMeilisearch } from "./meilisearch.js";
import { Indexer } from "./indexer.js";
import { SearchOutbox } from "./outbox.entity.js";
import { sharedSettings } from "./vocabulary.js";
import { indexName } from "./engine.js";
import { facetIn, SearchKind, searchDocument } from "./document.js";

/**
 * The write path to search against a Meilisearch of this file's own, which
 * the tests stop and start to prove that an outage loses nothing.
 */
let api: TestApi;
let meili: RunningMeilisearch;
let meiliDir: string;
let meiliPort: number;
const prefix = `idx${Date.now()}_`;
const logger = createLogger("silent");

async function startMeili(): Promise<RunningMeilisearch> {
  return startEmbeddedMeilisearch({ dataDir: meiliDir, port: meiliPort });
}

function indexerFor(url: string, key: string): Indexer {
  return new Indexer(api.orm, createMeilisearch(url, key), prefix, logger, api.config.DATABASE_URL);
}

async function drainAll(indexer: Indexer): Promise<void> {
  for (let pass = 0; pass < 20; pass += 1) {
    const { indexed, removed, expanded, failed } = await indexer.drainOnce();
    if (failed) throw new Error("indexing failed");
    if (indexed + removed + expanded === 0) return;
  }
}

async function indexedSlugs(): Promise<string[]> {
  const result = await createMeilisearch(meili.url, meili.masterKey)
    .index(indexName(prefix))
    .search("", { limit: 1000, filter: facetIn("kind", [SearchKind.RESOURCE]), attributesToRetrieve: ["slug"] });
  return result.hits.map((hit) => hit.slug as string).sort();
}

async function outboxCount(): Promise<number> {
  return api.orm.em.fork().count(SearchOutbox);
}

async function create(slug: string): Promise<Resource> {
  const em = api.orm.em.fork();
  const resource = em.create(Resource, { slug, title: `About ${slug}`, summary: `A resource on ${slug}.` });
  await em.flush();
  return resource;
}

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  meiliDir = mkdtempSync(join(tmpdir(), "hub-meili-test-"));
  chmodSync(meiliDir, 0o755);
  meiliPort = await freePort();
  meili = await startMeili();
  await indexerFor(meili.url, meili.masterKey).prepare();
});

afterAll(async () => {
  await meili?.stop();
  if (meiliDir) rmSync(meiliDir, { recursive: true, force: true });
});

describe("search indexing through the outbox", () => {
  it("writes an outbox row with each change and indexes it once drained", async () => {
    await create("phonics-keep-up-sessions");
    expect(await outboxCount()).toBe(1);
    await drainAll(indexerFor(meili.url, meili.masterKey));
    expect(await outboxCount()).toBe(0);
    expect(await indexedSlugs()).toContain("phonics-keep-up-sessions");
  });

  it("never indexes a change whose transaction rolled back", async () => {
    const before = await outboxCount();
    await expect(
      api.orm.em.fork().transactional(async (em) => {
        em.create(Resource, { slug: "rolled-back", title: "Never saved", summary: "x" });
        await em.flush();
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await outboxCount()).toBe(before);
    await drainAll(indexerFor(meili.url, meili.masterKey));
    expect(await indexedSlugs()).not.toContain("rolled-back");
  });

  it("loses nothing while Meilisearch is down, and converges when it is back", async () => {
    await meili.stop();
    const em = api.orm.em.fork();
    await create("written-during-outage");
    const edited = await em.findOneOrFail(Resource, { slug: "phonics-keep-up-sessions" });
    edited.title = "Phonics keep-up sessions, revised";
    await em.flush();
    const doomed = await create("deleted-during-outage");
    await em.fork().nativeDelete(Resource, { uuid: doomed.uuid });
    await em.fork().persistAndFlush(Object.assign(new SearchOutbox(), { kind: "resource", entityId: doomed.uuid }));

    const down = indexerFor(meili.url, meili.masterKey);
    const attempt = await down.drainOnce();
    expect(attempt.failed).toBeGreaterThan(0);
    const waiting = await em.fork().find(SearchOutbox, {});
    expect(waiting.every((row) => row.attempts === 1 && row.lastError && row.nextAttemptAt > new Date())).toBe(true);

    meili = await startMeili();
    await api.orm.em.getConnection().execute("update search_outbox set next_attempt_at = now()");
    await drainAll(indexerFor(meili.url, meili.masterKey));
    expect(await outboxCount()).toBe(0);
    const slugs = await indexedSlugs();
    expect(slugs).toContain("written-during-outage");
    expect(slugs).not.toContain("deleted-during-outage");
    const hit = await createMeilisearch(meili.url, meili.masterKey).index(indexName(prefix)).search("revised");
    expect(hit.hits.map((h) => h.slug)).toEqual(["phonics-keep-up-sessions"]);
  });

  it("lets several indexers drain side by side without doing the same row twice", async () => {
    for (let i = 0; i < 40; i += 1) await create(`parallel-resource-${i}`);
    const workers = [1, 2, 3].map(() => indexerFor(meili.url, meili.masterKey));
    const results = await Promise.all(workers.map((worker) => worker.drainOnce()));
    const indexed = results.reduce((sum, r) => sum + r.indexed, 0);
    expect(indexed).toBe(40);
    expect(await outboxCount()).toBe(0);
  });

  it("applies the sector's synonyms and stop words to the index", async () => {
    const settings = await createMeilisearch(meili.url, meili.masterKey).index(indexName(prefix)).getSettings();
    expect(settings.synonyms?.ks2).toContain("key stage 2");
    expect(settings.synonyms?.maths).toContain("mathematics");
    expect(settings.stopWords).toEqual(expect.arrayContaining(sharedSettings.stopWords ?? []));
  });
});

describe("index maintenance", () => {
  it("finds missing, extra and stale documents, and repairs them", async () => {
    const { verify } = await import("./maintenance.js");
    const client = createMeilisearch(meili.url, meili.masterKey);
    const index = client.index(indexName(prefix));
    const em = api.orm.em.fork();
    const [gone, changed] = await em.find(Resource, {}, { orderBy: { slug: "asc" }, limit: 2 });
    await index.deleteDocument(gone!.uuid).waitTask({ timeout: 60_000 });
    await index.updateDocuments([{ id: changed!.uuid, title: "Tampered title" }]).waitTask({ timeout: 60_000 });
    await index
      .addDocuments([
        // As the indexer once wrote it, for a row since gone.
        searchDocument({
          id: "00000000-0000-4000-8000-000000000000",
          kind: SearchKind.RESOURCE,
          slug: "ghost",
          title: "Ghost",
        }),
      ])
      .waitTask({ timeout: 60_000 });

    const [report] = await verify(api.orm, client, prefix, { repair: false });
    expect(report).toMatchObject({
      missing: [gone!.uuid],
      stale: [changed!.uuid],
      extra: ["00000000-0000-4000-8000-000000000000"],
      repaired: false,
    });
    await verify(api.orm, client, prefix, { repair: true });
    const [after] = await verify(api.orm, client, prefix, { repair: false });
    expect(after).toMatchObject({ missing: [], stale: [], extra: [] });
  });

  it("keeps changes made during a rebuild queued until the rebuilt index is swapped in", async () => {
    const { whileRebuilding } = await import("./rebuild-lock.js");
    const indexer = indexerFor(meili.url, meili.masterKey);
    const client = createMeilisearch(meili.url, meili.masterKey);
    await whileRebuilding(api.orm, async () => {
      const em = api.orm.em.fork();
      const [resource] = await em.find(Resource, {}, { orderBy: { slug: "asc" }, limit: 1 });
      resource!.title = "Retitled while the index was rebuilt";
      await em.flush();
      expect(await indexer.drainOnce()).toMatchObject({ indexed: 1, failed: 0 });
      // Applied to the live index, yet kept: the index about to be swapped in may have read the old title.
      expect(await outboxCount()).toBe(1);
    });
    expect((await client.index(indexName(prefix)).search("Retitled while")).hits).toHaveLength(1);
    // The kept row comes due a moment later; bring that moment forward rather than wait for it.
    await api.orm.em.fork().getConnection().execute("update search_outbox set next_attempt_at = now()");
    expect(await indexer.drainOnce()).toMatchObject({ indexed: 1, failed: 0 });
    expect(await outboxCount()).toBe(0);
  });

  it("rebuilds the index from PostgreSQL and swaps it in, leaving no temporary index", async () => {
    const { reindexAll } = await import("./maintenance.js");
    const client = createMeilisearch(meili.url, meili.masterKey);
    await client.index(indexName(prefix)).deleteAllDocuments().waitTask({ timeout: 60_000 });
    const seen: number[] = [];
    const [summary] = await reindexAll(api.orm, client, prefix, (_source, done) => seen.push(done));
    const total = await api.orm.em.fork().count(Resource);
    expect(summary).toMatchObject({ source: "resources", documents: total });
    expect(seen.at(-1)).toBe(total);
    expect((await indexedSlugs()).length).toBe(total);
    const { results } = await client.getIndexes({ limit: 1000 });
    expect(
      results
        .map((i) => i.uid)
        .filter((uid) => uid.startsWith(prefix))
        .sort(),
    ).toEqual([indexName(prefix)]);
  });

  it("fills a new index through the outbox when it starts without one", async () => {
    const fresh = `fresh${Date.now()}_`;
    const client = createMeilisearch(meili.url, meili.masterKey);
    const indexer = new Indexer(api.orm, client, fresh, logger, api.config.DATABASE_URL);
    await indexer.prepare();
    const expected = await api.orm.em.fork().count(Resource);
    expect(await outboxCount()).toBeGreaterThanOrEqual(expected);
    await drainAll(indexer);
    const { hits } = await client
      .index(indexName(fresh))
      .search("", { limit: 1000, filter: facetIn("kind", [SearchKind.RESOURCE]), attributesToRetrieve: ["id"] });
    expect(hits).toHaveLength(expected);
    // Starting again with the index in place queues nothing.
    await indexer.prepare();
    expect(await outboxCount()).toBe(0);
  });
});
