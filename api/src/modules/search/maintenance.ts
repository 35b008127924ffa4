import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { EnqueuedTaskPromise, Meilisearch } from "meilisearch";
import { ensureIndex, indexName, settled } from "./engine.js";
import type { SearchDocument, SearchSource } from "./source.js";
import { searchSources } from "./sources.js";
import { whileRebuilding } from "./rebuild-lock.js";
import { facetIn } from "./document.js";
import { queueDocuments } from "./expansion.js";

const BATCH = 1_000;
/** Ids read per query when only ids are needed (queueing). */
const ID_BATCH = 10_000;
/**
 * Batches a rebuild keeps queued in Meilisearch while it reads the next from
 * PostgreSQL. Meilisearch indexes queued additions to one index together, far
 * faster than one at a time; the bound keeps its queue (and ours) small.
 */
const QUEUED_BATCHES = 10;

export type Progress = (source: string, done: number, total: number) => void;

/** Every id of a source, a batch at a time, each with the entity manager that read it. */
async function* idBatchesOf(
  orm: MikroORM,
  source: SearchSource,
  size: number,
): AsyncGenerator<{ em: EntityManager; ids: string[] }> {
  for (let after: string | null = null; ;) {
    const em = orm.em.fork();
    const ids = await source.allIds(em, after, size);
    if (!ids.length) return;
    yield { em, ids };
    after = ids.at(-1)!;
  }
}

/** Streams every document of a source from PostgreSQL, a batch at a time. */
async function* documentsOf(orm: MikroORM, source: SearchSource): AsyncGenerator<SearchDocument[]> {
  for await (const { em, ids } of idBatchesOf(orm, source, BATCH)) yield await source.load(em, ids);
}

/**
 * Adds every document of a source to the fresh index, keeping up to
 * QUEUED_BATCHES tasks queued; returns how many.
 */
async function fill(
  orm: MikroORM,
  meili: Meilisearch,
  fresh: string,
  source: SearchSource,
  progress: Progress,
): Promise<number> {
  // For the progress bar: a count, rather than reading every id once more.
  const total = await orm.em.fork().count(source.entity);
  let done = 0;
  const queued: { task: EnqueuedTaskPromise; size: number }[] = [];
  const oldestDone = async () => {
    const { task, size } = queued.shift()!;
    await settled(task);
    progress(source.name, (done += size), total);
  };
  for await (const documents of documentsOf(orm, source)) {
    if (!documents.length) continue;
    const task = meili.index(fresh).addDocuments(documents, { primaryKey: "id" });
    // Awaited in order below; this only keeps a failure from counting as unhandled meanwhile.
    task.catch(() => undefined);
    queued.push({ task, size: documents.length });
    if (queued.length >= QUEUED_BATCHES) await oldestDone();
  }
  while (queued.length) await oldestDone();
  return done;
}

export interface ReindexSummary {
  source: string;
  documents: number;
  seconds: number;
}

/**
 * Rebuilds the index from PostgreSQL into a fresh index, every kind in turn,
 * then swaps it in atomically: searches keep being answered from the old
 * index until the new one is complete. Changes made meanwhile stay queued in
 * the outbox until the swap (see `rebuild-lock.ts`), so none is lost.
 */
export async function reindexAll(
  orm: MikroORM,
  meili: Meilisearch,
  prefix: string,
  progress: Progress = () => undefined,
): Promise<ReindexSummary[]> {
  const live = indexName(prefix);
  return whileRebuilding(orm, async () => {
    const fresh = `${live}_rebuild_${Date.now()}`;
    await ensureIndex(meili, live);
    await ensureIndex(meili, fresh);
    const summaries: ReindexSummary[] = [];
    for (const source of searchSources) {
      const started = Date.now();
      const documents = await fill(orm, meili, fresh, source, progress);
      summaries.push({ source: source.name, documents, seconds: (Date.now() - started) / 1000 });
    }
    await settled(meili.swapIndexes([{ indexes: [live, fresh], rename: false }]));
    await settled(meili.deleteIndex(fresh));
    return summaries;
  });
}

/**
 * Queues every document of every kind in the outbox, for the indexer to
 * write in its batches; returns how many. For a new, empty index.
 */
export async function queueEverything(orm: MikroORM): Promise<number> {
  let queued = 0;
  for (const source of searchSources) {
    for await (const { em, ids } of idBatchesOf(orm, source, ID_BATCH)) {
      await queueDocuments(em, source, ids);
      queued += ids.length;
    }
  }
  return queued;
}

export interface VerifyReport {
  source: string;
  missing: string[];
  extra: string[];
  stale: string[];
  repaired: boolean;
}

const comparable = (document: SearchDocument) =>
  JSON.stringify(Object.fromEntries(Object.entries(document).sort(([a], [b]) => a.localeCompare(b))));

/**
 * Compares PostgreSQL with the index: documents missing from the index,
 * extra ones that should not be there, and stale ones whose content differs
 * from what PostgreSQL says now. With `repair`, fixes all three.
 */
export async function verify(
  orm: MikroORM,
  meili: Meilisearch,
  prefix: string,
  options: { repair: boolean; sources?: SearchSource[] },
): Promise<VerifyReport[]> {
  const reports: VerifyReport[] = [];
  const index = meili.index(indexName(prefix));
  for (const source of options.sources ?? searchSources) {
    const indexed = new Map<string, SearchDocument>();
    const filter = facetIn("kind", [source.searchKind]);
    for (let offset = 0; ; offset += BATCH) {
      const page = await index.getDocuments<SearchDocument>({ offset, limit: BATCH, filter });
      for (const document of page.results) indexed.set(String(document.id), document);
      if (page.results.length < BATCH) break;
    }
    const report: VerifyReport = { source: source.name, missing: [], extra: [], stale: [], repaired: false };
    const expected = new Set<string>();
    const rewrite: SearchDocument[] = [];
    for await (const documents of documentsOf(orm, source)) {
      for (const document of documents) {
        expected.add(document.id);
        const current = indexed.get(document.id);
        if (!current) report.missing.push(document.id);
        else if (comparable(current) !== comparable(document)) report.stale.push(document.id);
        if (!current || comparable(current) !== comparable(document)) rewrite.push(document);
      }
    }
    report.extra = [...indexed.keys()].filter((id) => !expected.has(id));
    if (options.repair && (rewrite.length || report.extra.length)) {
      for (let i = 0; i < rewrite.length; i += BATCH) {
        await settled(index.addDocuments(rewrite.slice(i, i + BATCH), { primaryKey: "id" }));
      }
      if (report.extra.length) await settled(index.deleteDocuments(report.extra));
      report.repaired = true;
    }
    reports.push(report);
  }
  return reports;
}
