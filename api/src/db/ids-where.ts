import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";

/**
 * A filter in MikroORM's shape (a policy's visibility filter, say) as a subquery selecting the ids
 * it matches, with its parameters: so statements written in plain SQL (counts, rankings) filter
 * through the very rule the lists use.
 */
export function idsWhere<T extends object>(
  em: EntityManager,
  entity: new () => T,
  where: FilterQuery<T>,
): { sql: string; params: unknown[] } {
  const query = em.createQueryBuilder(entity, "v").select("v.id").where(where).getKnexQuery().toSQL();
  return { sql: query.sql, params: [...query.bindings] };
}
