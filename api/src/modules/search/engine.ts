import type { EnqueuedTaskPromise, Meilisearch, Settings, Task } from "meilisearch";
import type { SearchSource } from "./source.js";
import { documentSettings } from "./document.js";

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

export function indexName(prefix: string, source: SearchSource): string {
  return `${prefix}${source.index}`;
}

export function settingsFor(source: SearchSource): Settings {
  return { ...documentSettings, ...source.settings };
}

/**
 * Creates the index if needed and applies its settings. Meilisearch treats an
 * unchanged setting as a no-op, so this runs safely at every start.
 */
export async function ensureIndex(meili: Meilisearch, uid: string, source: SearchSource): Promise<void> {
  const exists = await meili
    .getIndex(uid)
    .then(() => true)
    .catch(() => false);
  if (!exists) await settled(meili.createIndex(uid, { primaryKey: "id" }));
  await settled(meili.index(uid).updateSettings(settingsFor(source)));
}
