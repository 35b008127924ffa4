import type { EnqueuedTaskPromise, Meilisearch, Task } from "meilisearch";
import { Visibility } from "../../policy/index.js";
import { documentSettings, SearchKind, searchDocument } from "./document.js";

/** Task waits: generous, because a 2-core machine under load can take seconds for a large batch. */
export const TASK_TIMEOUT_MS = 120_000;

/** Waits for a Meilisearch task and turns a failed task into an error (waiting alone does not). */
export async function settled(enqueued: EnqueuedTaskPromise): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS, interval: 25 });
  if (task.status !== "succeeded") {
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? "no detail"}`,
    );
  }
  return task;
}

/**
 * The documents' shape: raised whenever a change to `searchDocument` or the
 * index's settings needs every document written again. The index's name
 * carries it, so an upgraded API or indexer finds no index of its shape,
 * creates one and fills it from PostgreSQL (see `Indexer.prepare`). The old
 * index is left for the operator to delete once no older process runs.
 */
const DOCUMENT_SHAPE = 2;

/**
 * Every kind of thing lives in one index, told apart by its `kind` field. One
 * query then ranks, pages and counts facets across kinds: a federated search
 * over an index per kind cost several times more, most of it in the indexes
 * holding few documents (measured with `npm run bench:search`).
 */
export function indexName(prefix: string): string {
  return `${prefix}library_v${DOCUMENT_SHAPE}`;
}

/**
 * Creates the index if needed and applies its settings; returns whether it
 * was created. Meilisearch treats an unchanged setting as a no-op, so this
 * runs safely at every start.
 */
export async function ensureIndex(meili: Meilisearch, uid: string): Promise<boolean> {
  const exists = await meili
    .getIndex(uid)
    .then(() => true)
    .catch(() => false);
  if (!exists) await settled(meili.createIndex(uid, { primaryKey: "id" }));
  await settled(meili.index(uid).updateSettings(documentSettings));
  if (!exists) await introduceFields(meili, uid);
  return !exists;
}

/**
 * Meilisearch 1.21 refuses `attributesToSearchOn` (suggestions search titles
 * only) on an index that has never held a document, even for declared
 * attributes (meilisearch/meilisearch#5921); an index that once held one is
 * fine. So a new index gets a document with every field, hidden from every
 * viewer, which is removed at once.
 */
async function introduceFields(meili: Meilisearch, uid: string): Promise<void> {
  const placeholder = searchDocument({
    id: "00000000-0000-0000-0000-000000000000",
    kind: SearchKind.RESOURCE,
    slug: "",
    title: "",
    visibility: Visibility.PRIVATE,
    live: false,
  });
  await settled(meili.index(uid).addDocuments([placeholder], { primaryKey: "id" }));
  await settled(meili.index(uid).deleteDocument(placeholder.id));
}
