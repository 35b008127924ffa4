import { randomBytes, randomUUID } from "node:crypto";
import type { MikroORM } from "@mikro-orm/postgresql";
import { storableQuery } from "./search-query.js";
import { insertSearches, sessionMark, type StoredSearch } from "./search-store.js";

/** A search to import (seed data, benchmarks): as the recorder keeps it, with a label for its session. */
export interface ImportedSearch extends Omit<StoredSearch, "id" | "query"> {
  /** As typed: normalised, or withheld, on the way in like a live search's. */
  query: string;
  /** Any label standing for the searcher's session; searches sharing one count as one session a day. */
  session: string;
  opened: boolean;
}

const BATCH = 1000;

/**
 * Writes past searches in bulk, for seed data and benchmarks, with the same
 * rules as live recording. Their session marks are made under a key of this
 * call's own that is never stored, so, as with live searches once their day
 * is over, nothing links a mark to its session label.
 */
export async function importSearches(orm: MikroORM, searches: readonly ImportedSearch[]): Promise<void> {
  const key = randomBytes(32);
  for (let start = 0; start < searches.length; start += BATCH) {
    const rows = searches.slice(start, start + BATCH).map(({ session, opened, query, ...search }) => {
      const stored = storableQuery(query);
      return {
        row: {
          ...search,
          id: randomUUID(),
          query: stored,
          sessionMark: stored === null ? null : sessionMark(key, `${search.searchedOn}\n${session}`, stored),
        },
        opened,
      };
    });
    await insertSearches(
      orm,
      rows.map(({ row }) => row),
    );
    const opened = rows.filter((entry) => entry.opened).map(({ row }) => row);
    if (opened.length) {
      await orm.em.getConnection().execute(
        `insert into search_result_opened (search_id, opened_on)
           select (r->>'id')::uuid, (r->>'searchedOn')::date from jsonb_array_elements(?::jsonb) as r`,
        [JSON.stringify(opened.map(({ id, searchedOn }) => ({ id, searchedOn })))],
      );
    }
  }
}
