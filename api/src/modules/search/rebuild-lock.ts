import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";

/**
 * A rebuild reads PostgreSQL batch by batch into a fresh index while the
 * indexer keeps writing changes to the live one, which the swap then
 * discards. So while the index is rebuilt (an advisory lock), the indexer
 * still applies its rows but keeps them queued; the first pass after the
 * rebuild applies them to the swapped-in index. Nothing changed during a
 * rebuild is lost, and the rebuild need not re-read everything to find out.
 */
const LOCK_NAME = "search_rebuild";

/** Runs `work` holding the rebuild lock, taken once no indexer pass is running. */
export function whileRebuilding<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  return orm.em.fork().transactional(async (tx) => {
    await tx
      .getConnection()
      .execute("select pg_advisory_xact_lock(hashtext(?))", [LOCK_NAME], "run", tx.getTransactionContext());
    return work();
  });
}

/**
 * Whether the index is being rebuilt, asked inside an indexer's transaction.
 * When it is not, the indexer holds the lock shared until it commits, so a
 * rebuild cannot begin between this answer and the rows' deletion.
 */
export async function isRebuilding(em: EntityManager): Promise<boolean> {
  const row = await em
    .getConnection()
    .execute<{ free: boolean }>(
      "select pg_try_advisory_xact_lock_shared(hashtext(?)) as free",
      [LOCK_NAME],
      "get",
      em.getTransactionContext(),
    );
  return !row.free;
}
