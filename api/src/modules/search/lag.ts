import type { EntityManager } from "@mikro-orm/postgresql";

export interface SearchLag {
  /** Changes saved but not yet searchable. */
  pending: number;
  /** Of those, how many failed at least once and are being retried. */
  retrying: number;
  /** Age of the oldest waiting change, in whole seconds (0 when none). */
  oldestSeconds: number;
}

/** How far search is behind PostgreSQL, read from the outbox in one query. */
export async function searchLag(em: EntityManager): Promise<SearchLag> {
  const [row] = await em.getConnection().execute<{ pending: string; retrying: string; oldest: string | null }[]>(
    `select count(*) as pending, count(*) filter (where attempts > 0) as retrying,
            extract(epoch from now() - min(created_at)) as oldest
       from search_outbox`,
  );
  return {
    pending: Number(row?.pending ?? 0),
    retrying: Number(row?.retrying ?? 0),
    oldestSeconds: Math.max(0, Math.floor(Number(row?.oldest ?? 0))),
  };
}
