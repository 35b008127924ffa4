import { ArrayType, Entity, Index, PrimaryKey, Property } from "@mikro-orm/core";

/**
 * One search, as search demand keeps it: what was asked and what came of it,
 * never who asked. There is no user, session, token or address here, and the
 * day rather than the moment, so a row cannot be matched to a request log.
 * `sessionMark` lets different sessions be counted without naming any
 * (see `search-recorder.ts`). Written by the recorder in batches with plain
 * SQL; the entity describes the table for migrations and tests.
 */
@Entity({ tableName: "search_record" })
@Index({ name: "search_record_searched_on_index", properties: ["searchedOn"] })
export class SearchRecord {
  /** The search's reference (`SearchConnection.searchRef`), for marking a result opened. */
  @PrimaryKey({ type: "uuid" })
  id!: string;

  /** The day of the search (UTC). */
  @Property({ type: "date" })
  searchedOn!: string;

  /** The query normalised (`normaliseQuery`); null when it held an email address or a phone number. */
  @Property({ type: "text", nullable: true })
  query!: string | null;

  /** The kinds asked for; empty for all. */
  @Property({ type: ArrayType, columnType: "text[]" })
  kinds!: string[];

  /** The filter asked for, as given (slugs and enum values only: the filter accepts nothing else). */
  @Property({ type: "json" })
  filters!: Record<string, unknown>;

  @Property({ type: "integer" })
  resultCount!: number;

  /** The networks the searcher belonged to; empty for anonymous visitors and people in none. */
  @Property({ type: ArrayType, columnType: "uuid[]" })
  networkIds!: string[];

  /** Whether the searcher was signed in: anonymous visitors' searches make the public view. */
  @Property({ type: "boolean" })
  signedIn!: boolean;

  /** A keyed hash of the session and the query under the day's key (hex); null with the query withheld. */
  @Property({ type: "string", length: 32, nullable: true })
  sessionMark!: string | null;
}

/** A search one of whose results was opened; one row a search however often its results are clicked. */
@Entity({ tableName: "search_result_opened" })
@Index({ name: "search_result_opened_opened_on_index", properties: ["openedOn"] })
export class SearchResultOpened {
  @PrimaryKey({ type: "uuid" })
  searchId!: string;

  @Property({ type: "date" })
  openedOn!: string;
}

/**
 * The day's key for session marks, shared by every API process through
 * PostgreSQL and deleted once its day is over, after which no one can tell
 * which session made a mark.
 */
@Entity({ tableName: "search_demand_key" })
export class SearchDemandKey {
  @PrimaryKey({ type: "date" })
  day!: string;

  /** 32 random bytes, hex. */
  @Property({ type: "string", length: 64 })
  secret!: string;
}
