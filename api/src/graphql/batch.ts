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
