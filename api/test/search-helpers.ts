import type { Indexer } from "../src/modules/search/index.js";

/**
 * Drains the search outbox until it is empty. Each pass returns only once
 * Meilisearch reports its tasks done, so no test waits on a timer.
 */
export async function drainOutbox(indexer: Indexer): Promise<void> {
  for (let pass = 0; pass < 50; pass += 1) {
    const { indexed, removed, expanded, failed } = await indexer.drainOnce();
    if (failed) throw new Error("indexing failed");
    if (indexed + removed + expanded === 0) return;
  }
  throw new Error("the outbox did not empty");
}
