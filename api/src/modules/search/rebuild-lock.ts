import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { SearchSource } from "./source.js";

/**
 * A rebuild reads PostgreSQL batch by batch into a fresh index while the
 * indexer keeps writing changes to the live one, which the swap then
 * discards. So while a source is rebuilt (an advisory lock per kind), the
 * indexer still applies its rows but keeps them queued; the first pass after
 * the rebuild applies them to the swapped-in index. Nothing changed during a
 * rebuild is lost, and the rebuild need not re-read everything to find out.
 */
const lockName = (source: SearchSource) => `search_rebuild:${source.kind}`;

/** Runs `work` holding the source's rebuild lock, taken once no indexer pass of that kind is running. */
export function whileRebuilding<T>(orm: MikroORM, source: SearchSource, work: () => Promise<T>): Promise<T> {
  return orm.em.fork().transactional(async (tx) => {
    await tx
      .getConnection()
      .execute("select pg_advisory_xact_lock(hashtext(?))", [lockName(source)], "run", tx.getTransactionContext());
    return work();
  });
}

/**
 * Whether the source is being rebuilt, asked inside an indexer's
 * transaction. When it is not, the indexer holds the lock shared until it
 * commits, so a rebuild cannot begin between this answer and the rows' deletion.
 */
export async function isRebuilding(em: EntityManager, source: SearchSource): Promise<boolean> {
  const row = await em
    .getConnection()
    .execute<{ free: boolean }>(
      "select pg_try_advisory_xact_lock_shared(hashtext(?)) as free",
      [lockName(source)],
      "get",
      em.getTransactionContext(),
    );
  return !row.free;
}
