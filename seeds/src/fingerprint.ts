import type { Orm } from "@hub/api";

export interface Fingerprint {
  /** Rows per table. */
  counts: Record<string, number>;
  /** md5 over every row of every table, in a stable order: any changed value changes it. */
  hash: string;
}

/**
 * What the database holds, as counts and one hash of the full content of
 * the given tables (all of them but the migration log unless named), so a
 * test can show a second load changed nothing at all, timestamps included.
 */
export async function fingerprint(orm: Orm, tables?: string[]): Promise<Fingerprint> {
  const connection = orm.em.getConnection();
  const names =
    tables ??
    (
      await connection.execute<{ tablename: string }[]>(
        `select tablename from pg_tables where schemaname = current_schema() and tablename <> 'mikro_orm_migrations' order by tablename`,
      )
    ).map((row) => row.tablename);
  const counts: Record<string, number> = {};
  const hashes: string[] = [];
  for (const table of names) {
    const [row] = await connection.execute<{ count: string; hash: string }[]>(
      `select count(*) as count, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as hash from "${table}" t`,
    );
    counts[table] = Number(row!.count);
    hashes.push(`${table}:${row!.hash}`);
  }
  const [combined] = await connection.execute<{ hash: string }[]>(`select md5(?) as hash`, [hashes.join("|")]);
  return { counts, hash: combined!.hash };
}
