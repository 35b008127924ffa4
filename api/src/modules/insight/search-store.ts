import { createHmac } from "node:crypto";
import type { MikroORM } from "@mikro-orm/postgresql";

/** One search as it is written: a `search_record` row before its session mark is made. */
export interface StoredSearch {
  id: string;
  /** `YYYY-MM-DD` (UTC). */
  searchedOn: string;
  query: string | null;
  kinds: readonly string[];
  filters: object;
  resultCount: number;
  networkIds: readonly string[];
  signedIn: boolean;
}

/** A session's mark for one query under a key: 128 bits of HMAC-SHA256, hex. */
export function sessionMark(key: Buffer, session: string, query: string): string {
  return createHmac("sha256", key).update(`${session}\0${query}`).digest("hex").slice(0, 32);
}

/** Writes searches in one statement (the rows travel as one JSON parameter, arrays and all). */
export async function insertSearches(
  orm: MikroORM,
  rows: readonly (StoredSearch & { sessionMark: string | null })[],
): Promise<void> {
  if (!rows.length) return;
  await orm.em.getConnection().execute(
    `insert into search_record
       (id, searched_on, query, kinds, filters, result_count, network_ids, signed_in, session_mark)
     select r.id, r."searchedOn", r.query,
            array(select jsonb_array_elements_text(r.kinds)),
            r.filters, r."resultCount",
            array(select jsonb_array_elements_text(r."networkIds"))::uuid[],
            r."signedIn", r."sessionMark"
       from jsonb_to_recordset(?::jsonb) as r(
         id uuid, "searchedOn" date, query text, kinds jsonb, filters jsonb, "resultCount" int,
         "networkIds" jsonb, "signedIn" boolean, "sessionMark" text)`,
    [JSON.stringify(rows)],
  );
}
