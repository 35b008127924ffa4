import { randomBytes, randomUUID } from "node:crypto";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "../../logger.js";
import { badInput } from "../../graphql/errors.js";
import { visibleNetworkIds, type Viewer } from "../../policy/index.js";
import { storableQuery } from "./search-query.js";
import { insertSearches, sessionMark, type StoredSearch } from "./search-store.js";

/**
 * Records searches for search demand without anyone's identity, off the
 * search's hot path: `record` only queues the row in memory (microseconds,
 * never awaited, never throws) and each API process writes its queue to
 * PostgreSQL every second in multi-row INSERTs, once a search is 2 seconds
 * old (so typing on can still replace it).
 * A failed write is logged and its rows dropped: demand is a statistic, and
 * a search must not fail or wait for it.
 *
 * Counting different sessions without storing any. A row carries a session
 * mark: HMAC-SHA256 of the session and the query under a key for the day,
 * cut to 128 bits. Within a day the same session searching the same query
 * makes the same mark, so `count(distinct session_mark)` counts sessions;
 * the query is inside the hash, so one session's marks for different queries
 * are unrelated and do not link its searches together. The key is 32 random
 * bytes made by whichever process first needs it that day, kept in its own
 * table (never in the search rows) so that every API process counts alike,
 * and deleted the day after, at which point no one, the operators included,
 * can tell which session made a mark. The session itself (its id, an API
 * token's id, or for anonymous visitors their address and browser string)
 * stays in memory until the batch is written and is never stored. The price
 * of forgetting: a session searching the same words on different days counts
 * once a day, so the threshold counts distinct session-days.
 */

/** How often a process writes its queued searches. */
const FLUSH_EVERY_MS = 1000;
/**
 * How long a search waits in memory before it is written, so that typing on
 * can replace it: a page that searches as someone types (the website's, after
 * each pause) would otherwise record "pho", "phon" and "phonics" as three
 * searches. A session's search replaces its previous one when it comes within
 * this time and one query starts with the other (typing on, deleting back, or
 * asking the same again).
 */
const SETTLE_MS = 2000;
/** Rows in one INSERT. */
const BATCH = 500;
/** Searches held while PostgreSQL is unreachable; beyond this new ones are not recorded. */
const MAX_QUEUED = 20_000;
/** How long search demand keeps a search (and a result opened). */
export const RETENTION_MONTHS = 13;
/** How often one process tries to prune (several processes take turns through an advisory lock). */
const PRUNE_EVERY_MS = 3_600_000;
const PRUNE_LOCK = "search_demand_prune";

/** Who searched, as the recorder may know it for a moment: only to make the session mark. */
export interface Searcher {
  viewer: Viewer | null;
  /** The caller's address (anonymous visitors only). */
  ip: string;
  /** The caller's User-Agent (anonymous visitors only). */
  userAgent: string;
}

/** What a search asked for and found. */
export interface RecordedSearch {
  query: string;
  kinds?: readonly string[] | null;
  filter?: object | null;
  resultCount: number;
}

interface Queued extends StoredSearch {
  queuedAt: number;
  /** In memory only, until the mark is made at write time. */
  session: string;
}

const utcDay = (date: Date) => date.toISOString().slice(0, 10);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The session a search came from, for its mark: never stored. */
function sessionOf({ viewer, ip, userAgent }: Searcher): string {
  if (!viewer) return `visitor:${ip}\n${userAgent}`;
  if (viewer.sessionId) return `session:${viewer.sessionId}`;
  if (viewer.apiTokenId) return `token:${viewer.apiTokenId}`;
  return `user:${viewer.userId}`;
}

/** Whether a session's search is its previous one typed on, deleted back or asked again, moments later. */
function replaces(search: Queued, previous: Queued): boolean {
  if (search.query === null || previous.query === null) return false;
  if (search.queuedAt - previous.queuedAt > SETTLE_MS) return false;
  return search.query.startsWith(previous.query) || previous.query.startsWith(search.query);
}

/** Filter fields with a value: the empty ones say nothing about what was asked. */
function askedFilters(filter: object | null | undefined): object {
  if (!filter) return {};
  return Object.fromEntries(
    Object.entries(filter).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && !value.length),
    ),
  );
}

export class SearchRecorder {
  private queue: Queued[] = [];
  /** Each session's latest search still queued, to be replaced by typing on (in memory only). */
  private readonly latest = new Map<string, Queued>();
  private readonly keys = new Map<string, Buffer>();
  private readonly timer: NodeJS.Timeout | null;
  private lastPrune = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    readonly enabled: boolean,
  ) {
    this.timer = enabled ? setInterval(() => void this.flush(SETTLE_MS), FLUSH_EVERY_MS).unref() : null;
  }

  /** Queues a search; returns its reference for `recordSearchResultOpened` (null when recording is off). */
  record(searcher: Searcher, search: RecordedSearch): string | null {
    if (!this.enabled) return null;
    try {
      if (this.queue.length >= MAX_QUEUED) return null;
      const now = Date.now();
      const queued: Queued = {
        id: randomUUID(),
        queuedAt: now,
        searchedOn: utcDay(new Date(now)),
        query: storableQuery(search.query),
        kinds: search.kinds ?? [],
        filters: askedFilters(search.filter),
        resultCount: search.resultCount,
        networkIds: visibleNetworkIds(searcher.viewer),
        signedIn: searcher.viewer !== null,
        session: sessionOf(searcher),
      };
      const previous = this.latest.get(queued.session);
      if (previous && replaces(queued, previous)) this.queue.splice(this.queue.lastIndexOf(previous), 1);
      this.queue.push(queued);
      this.latest.set(queued.session, queued);
      return queued.id;
    } catch (error) {
      this.logger.warn({ err: error }, "search not recorded");
      return null;
    }
  }

  /** Marks a search as having had a result opened; once per search, however often. */
  async opened(searchRef: string): Promise<void> {
    if (!UUID.test(searchRef)) throw badInput("searchRef", "is not a search reference that `search` gave out");
    if (!this.enabled) return;
    // No check that the search exists: its row may still be queued in another process. A made-up
    // reference joins no search, so it counts for nothing, and is pruned like the rest.
    await this.orm.em
      .getConnection()
      .execute(`insert into search_result_opened (search_id, opened_on) values (?, ?) on conflict do nothing`, [
        searchRef.toLowerCase(),
        utcDay(new Date()),
      ]);
  }

  /**
   * Writes the searches queued at least `settledMs` ago (all of them by
   * default); each process writes only its own queue. Errors are logged.
   */
  flush(settledMs = 0): Promise<void> {
    this.writing = this.writing.then(async () => {
      const settled = Date.now() - settledMs;
      // The queue is in arrival order, so the settled searches are its head.
      let ready = this.queue.findIndex((queued) => queued.queuedAt > settled);
      if (ready === -1) ready = this.queue.length;
      while (ready > 0) {
        const batch = this.queue.splice(0, Math.min(ready, BATCH));
        ready -= batch.length;
        for (const queued of batch) {
          if (this.latest.get(queued.session) === queued) this.latest.delete(queued.session);
        }
        try {
          await this.write(batch);
        } catch (error) {
          this.logger.warn({ err: error, searches: batch.length }, "recorded searches not written");
        }
      }
      if (Date.now() - this.lastPrune >= PRUNE_EVERY_MS) {
        this.lastPrune = Date.now();
        await this.prune().catch((error) => this.logger.warn({ err: error }, "search demand not pruned"));
      }
    });
    return this.writing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  /**
   * Deletes searches and opened results older than the retention, and the
   * session-mark keys of days before yesterday. Safe on any number of
   * processes: whichever takes the advisory lock prunes, the others skip.
   */
  async prune(): Promise<void> {
    await this.orm.em.fork().transactional(async (tx) => {
      const connection = tx.getConnection();
      const context = tx.getTransactionContext();
      const { locked } = await connection.execute<{ locked: boolean }>(
        "select pg_try_advisory_xact_lock(hashtext(?)) as locked",
        [PRUNE_LOCK],
        "get",
        context,
      );
      if (!locked) return;
      const cutoff = `(now() at time zone 'utc')::date - interval '${RETENTION_MONTHS} months'`;
      await connection.execute(`delete from search_record where searched_on < ${cutoff}`, [], "run", context);
      await connection.execute(`delete from search_result_opened where opened_on < ${cutoff}`, [], "run", context);
      await connection.execute(
        `delete from search_demand_key where day < (now() at time zone 'utc')::date - 1`,
        [],
        "run",
        context,
      );
    });
  }

  private async write(batch: Queued[]): Promise<void> {
    const keys = new Map<string, Buffer>();
    for (const day of new Set(batch.map((row) => row.searchedOn))) keys.set(day, await this.keyFor(day));
    const rows = batch.map(({ session, queuedAt: _queuedAt, ...row }) => ({
      ...row,
      sessionMark: row.query === null ? null : sessionMark(keys.get(row.searchedOn)!, session, row.query),
    }));
    await insertSearches(this.orm, rows);
  }

  /** The day's key, made by the first process to need it and read by the rest. */
  private async keyFor(day: string): Promise<Buffer> {
    const known = this.keys.get(day);
    if (known) return known;
    const connection = this.orm.em.getConnection();
    await connection.execute(`insert into search_demand_key (day, secret) values (?, ?) on conflict do nothing`, [
      day,
      randomBytes(32).toString("hex"),
    ]);
    const { secret } = await connection.execute<{ secret: string }>(
      `select secret from search_demand_key where day = ?`,
      [day],
      "get",
    );
    const key = Buffer.from(secret, "hex");
    // Only today's and yesterday's keys are ever needed.
    for (const old of [...this.keys.keys()].filter((held) => held < day)) this.keys.delete(old);
    this.keys.set(day, key);
    return key;
  }
}
