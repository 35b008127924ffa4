import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityClass } from "@mikro-orm/core";
import type { Settings } from "meilisearch";

/** A search document: a flat record Meilisearch stores under its `id`. */
export type SearchDocument = { id: string } & Record<string, unknown>;

/**
 * How one kind of thing becomes searchable. Each domain module defines its
 * source next to its entity (`resource.search.ts`); the search module only
 * runs them. `load` returns documents for the ids that should be in the
 * index; ids it leaves out are removed from it.
 */
export interface SearchSource<T extends object = object> {
  kind: string;
  /** Index name before the per-deployment prefix, e.g. "resources". */
  index: string;
  /** Entities whose changes mark a document stale; the subscriber maps each to the affected ids. */
  entity: EntityClass<T>;
  settings: Settings;
  load(em: EntityManager, ids: string[]): Promise<SearchDocument[]>;
  /** Every id to index, in batches, for `reindex` and `search:verify`. */
  allIds(em: EntityManager, afterId: string | null, limit: number): Promise<string[]>;
}
