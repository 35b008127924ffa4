import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass } from "@mikro-orm/core";
import type { Viewer } from "../../policy/index.js";
import type { SearchFields, SearchKind } from "./document.js";

/** A search document: a flat record Meilisearch stores under its `id`. */
export type SearchDocument = { id: string } & Record<string, unknown>;

/**
 * A change elsewhere that alters this kind's documents (a network renamed
 * changes its resources' documents). `fields` limits it to changes of those
 * properties (creations and deletions always count).
 *
 * When the changed entity names the documents itself, `affected` lists
 * them and they are queued in the same transaction. When finding them takes
 * a query, `keyOf` names the changed row and the indexer runs `expand` later
 * (still from the outbox, so nothing is lost), queueing what it finds.
 */
export type SearchDependency<D extends object = object> = {
  entity: EntityClass<D>;
  fields?: string[];
} & (
  | { affected(entity: D): (string | null | undefined)[] }
  | {
      key: string;
      /** The changed row's key for `expand`; its uuid unless given. */
      keyOf?(entity: D): string | undefined;
      expand(em: EntityManager, keys: string[]): Promise<string[]>;
    }
);

/** Declares a dependency with the changed entity's type checked. */
export const dependency = <D extends object>(spec: SearchDependency<D>) => spec as unknown as SearchDependency;

/**
 * How one kind of thing becomes searchable. Each domain module defines its
 * source next to its entity (`resource.search.ts`); the search module only
 * runs them. `load` returns documents for the ids that should be in the
 * index; ids it leaves out are removed from it.
 */
export interface SearchSource<T extends object = object> {
  /** The outbox kind, e.g. "resource". */
  kind: string;
  searchKind: SearchKind;
  /** What progress bars and reports call its documents, e.g. "resources". */
  name: string;
  /** The entity the documents are built from; its own changes always mark its document stale. */
  entity: EntityClass<T>;
  /**
   * Whether its documents can have an upcoming event (`eventsUntil`). Only
   * these kinds are counted for the upcoming-events facet, so that count does
   * not run the query again over the kinds that never do (resources, most of all).
   */
  withEvents?: boolean;
  /**
   * The documents of these ids. The indexer calls it inside its claiming transaction, on one
   * connection: ask one query at a time (no Promise.all), which pg requires of a single client.
   */
  load(em: EntityManager, ids: string[]): Promise<SearchFields[]>;
  /** Every id to index, in batches, for `reindex` and `search:verify`. */
  allIds(em: EntityManager, afterId: string | null, limit: number): Promise<string[]>;
  /**
   * Of these ids, the entities the viewer may see now, asked of PostgreSQL:
   * hits are shown only if this agrees, so an index running behind a change
   * of visibility still shows nothing it should not.
   */
  visible(em: EntityManager, viewer: Viewer | null, ids: string[]): Promise<T[]>;
  dependencies?: SearchDependency[];
}

/** Ids of rows found by SQL, for `expand`. */
export async function idsBySql(em: EntityManager, sql: string, params: unknown[]): Promise<string[]> {
  const rows = await em.getConnection().execute<{ id: string }[]>(sql, params, "all", em.getTransactionContext());
  return [...new Set(rows.map((row) => row.id))];
}

/**
 * Every id of an entity in uuid order, a batch at a time (`allIds` for most
 * sources). Plain rows, not entities: a reindex reads every id.
 */
export async function allIdsOf(
  em: EntityManager,
  entity: EntityClass<{ uuid: string }>,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await em
    .createQueryBuilder(entity)
    .select("uuid")
    .where(afterId ? { uuid: { $gt: afterId } } : {})
    .orderBy({ uuid: "asc" })
    .limit(limit)
    .execute<{ uuid: string }[]>("all", true);
  return rows.map((row) => row.uuid);
}
