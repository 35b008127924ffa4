import type { EntityManager } from "@mikro-orm/postgresql";

interface PendingBatch {
  keys: Set<string>;
  results: Promise<Map<string, unknown>>;
}

/** Batches in progress, per entity manager: one fork per request, so batches never mix requests. */
const pendingByEm = new WeakMap<EntityManager, Map<string, PendingBatch>>();

/**
 * Collects the keys asked for under `name` while GraphQL resolves one level
 * of a list, then loads them all with a single call of `loadMany`: the same
 * idea as DataLoader, kept per request through the request's entity manager.
 */
export function loadBatched<V>(
  em: EntityManager,
  name: string,
  key: string,
  loadMany: (keys: string[]) => Promise<Map<string, V>>,
): Promise<V | undefined> {
  let pending = pendingByEm.get(em);
  if (!pending) {
    pending = new Map();
    pendingByEm.set(em, pending);
  }
  let batch = pending.get(name);
  if (!batch) {
    const keys = new Set<string>();
    const batches = pending;
    // setImmediate runs after every resolver of the current list has asked for its key.
    const results = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      batches.delete(name);
      return loadMany([...keys]) as Promise<Map<string, unknown>>;
    });
    batch = { keys, results };
    pending.set(name, batch);
  }
  batch.keys.add(key);
  return batch.results.then((results) => results.get(key) as V | undefined);
}

/**
 * Files each row under every key it belongs to, in the rows' order (a row
 * linked to two keys lands under both), with an empty list for a key that has
 * none: the map a batched loader of a list field hands back.
 */
export function bucketBy<T>(
  keys: readonly string[],
  rows: readonly T[],
  keysOf: (row: T) => readonly string[],
): Map<string, T[]> {
  const buckets = new Map(keys.map((key) => [key, [] as T[]]));
  for (const row of rows) for (const key of keysOf(row)) buckets.get(key)?.push(row);
  return buckets;
}

/**
 * The rows an asynchronous check allows, in their order. Every check starts
 * before any is awaited, so checks that load through {@link loadBatched}
 * share their queries.
 */
export async function keepWhere<T>(rows: readonly T[], allowed: (row: T) => Promise<boolean>): Promise<T[]> {
  const verdicts = await Promise.all(rows.map(allowed));
  return rows.filter((_, index) => verdicts[index]);
}
