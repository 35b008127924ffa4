import type { EntityManager } from "@mikro-orm/postgresql";
import type { SearchSource } from "./source.js";
import { searchSources } from "./sources.js";

const SEPARATOR = "<";

/** The outbox kind of "find the `source` documents that depend on this `key`", e.g. `resource<network`. */
export const expansionKind = (source: SearchSource, key: string) => `${source.kind}${SEPARATOR}${key}`;

/**
 * Turns expansion rows into rows for the documents they affect, in the
 * caller's transaction, so the work is never lost and is done in batches
 * by the next passes. Returns how many document rows were queued, or
 * undefined when `kind` is not an expansion.
 */
export async function expand(em: EntityManager, kind: string, keys: string[]): Promise<number | undefined> {
  const separator = kind.indexOf(SEPARATOR);
  if (separator < 0) return undefined;
  const source = searchSources.find((candidate) => candidate.kind === kind.slice(0, separator));
  const key = kind.slice(separator + 1);
  const dependency = source?.dependencies?.find((candidate) => "key" in candidate && candidate.key === key);
  if (!source || !dependency || !("expand" in dependency)) throw new Error(`no search expansion for kind "${kind}"`);
  const ids = await dependency.expand(em, keys);
  if (ids.length) await queueDocuments(em, source, ids);
  return ids.length;
}

/** Outbox rows for these documents of a source, in the caller's transaction when it has one. */
export async function queueDocuments(em: EntityManager, source: SearchSource, ids: string[]): Promise<void> {
  await em.getConnection().execute(
    `insert into search_outbox (kind, entity_id, created_at, next_attempt_at)
       select ?, unnest(array[?]::uuid[]), now(), now()`,
    [source.kind, ids],
    "run",
    em.getTransactionContext(),
  );
}
