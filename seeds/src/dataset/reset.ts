import type { Orm } from "@hub/api";

/**
 * Tables `--reset` keeps: the migration log, and reference data that the
 * migrations themselves insert (the subject and theme taxonomy). Every
 * other table (accounts and sessions, networks, schools, memberships,
 * resources and their history, Areas of Excellence, events, curriculum,
 * the search outbox, and whatever later migrations add) is emptied.
 */
export const KEPT_TABLES = ["mikro_orm_migrations", "subject", "theme"];

/** Empties every table but {@link KEPT_TABLES} in one statement; returns the tables emptied. */
export async function wipeDatabase(orm: Orm): Promise<string[]> {
  const connection = orm.em.getConnection();
  const rows = await connection.execute<{ tablename: string }[]>(
    `select tablename from pg_tables where schemaname = current_schema() and tablename not in (?) order by tablename`,
    [KEPT_TABLES],
  );
  const tables = rows.map((row) => row.tablename);
  if (tables.length) {
    await connection.execute(
      `truncate table ${tables.map((table) => `"${table}"`).join(", ")} restart identity cascade`,
    );
  }
  return tables;
}
