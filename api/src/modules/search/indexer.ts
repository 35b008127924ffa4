import type { MikroORM } from "@mikro-orm/postgresql";
import type { Meilisearch } from "meilisearch";
import pg from "pg";
import type { Logger } from "../../logger.js";
import { ensureIndex, indexName, settled } from "./engine.js";
import { queueEverything } from "./maintenance.js";
import { sourceFor } from "./sources.js";
import { searchLag, type SearchLag } from "./lag.js";
import { expand } from "./expansion.js";
import { isRebuilding } from "./rebuild-lock.js";

const BATCH_SIZE = 500;
/** Checked even without a notification, so a missed NOTIFY only delays, never loses, an update. */
const POLL_INTERVAL_MS = 1_000;
const MAX_BACKOFF_MS = 60_000;
/** How soon rows applied during a rebuild are applied again (see `rebuild-lock.ts`). */
const REBUILD_RECHECK_MS = 1_000;

interface ClaimedRow {
  id: string;
  kind: string;
  entity_id: string;
  attempts: number;
}

export interface DrainResult {
  indexed: number;
  removed: number;
  /** Rows queued for documents that other changes affect (see `expansion.ts`). */
  expanded: number;
  failed: number;
}

/**
 * Drains the search outbox into Meilisearch. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so any number of indexers (in API processes or
 * `npm run indexer`) can run side by side without doing the same work.
 * Current state is re-read from PostgreSQL, written in batches, and a row is
 * deleted only once Meilisearch reports the task succeeded. If Meilisearch is
 * down the rows stay, with a growing delay before the next attempt.
 */
export class Indexer {
  private running = false;
  private wake: (() => void) | undefined;
  private listener: pg.Client | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly meili: Meilisearch,
    private readonly prefix: string,
    private readonly logger: Logger,
    private readonly databaseUrl: string,
  ) {}

  /**
   * Creates the index and applies its settings (idempotent). A new index (a
   * first start on existing data, an upgrade, an index deleted by hand) is
   * filled through the outbox, so it never stays empty while PostgreSQL is not.
   */
  async prepare(): Promise<void> {
    if (await ensureIndex(this.meili, indexName(this.prefix))) {
      const queued = await queueEverything(this.orm);
      if (queued) this.logger.info({ queued }, "new search index: every document queued for indexing");
    }
  }

  /** Claims one batch and processes it; returns what happened (all zero when the outbox is empty). */
  async drainOnce(): Promise<DrainResult> {
    const em = this.orm.em.fork();
    return em.transactional(async (tx) => {
      const connection = tx.getConnection();
      const rows = await connection.execute<ClaimedRow[]>(
        `select id, kind, entity_id, attempts from search_outbox
          where next_attempt_at <= now() order by id limit ? for update skip locked`,
        [BATCH_SIZE],
        "all",
        tx.getTransactionContext(),
      );
      const result: DrainResult = { indexed: 0, removed: 0, expanded: 0, failed: 0 };
      if (!rows.length) return result;
      const byKind = new Map<string, ClaimedRow[]>();
      for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
      const index = this.meili.index(indexName(this.prefix));
      const rebuilding = await isRebuilding(tx);

      for (const [kind, claimed] of byKind) {
        const source = sourceFor(kind);
        const ids = [...new Set(claimed.map((row) => row.entity_id))];
        try {
          const expanded = await expand(tx, kind, ids);
          if (expanded !== undefined) {
            result.expanded += expanded;
          } else {
            if (!source) throw new Error(`no search source for kind "${kind}"`);
            const documents = await source.load(tx, ids);
            const present = new Set(documents.map((doc) => doc.id));
            const gone = ids.filter((id) => !present.has(id));
            if (documents.length) await settled(index.addDocuments(documents, { primaryKey: "id" }));
            if (gone.length) await settled(index.deleteDocuments(gone));
            result.indexed += documents.length;
            result.removed += gone.length;
          }
          const keep = expanded === undefined && rebuilding;
          await connection.execute(
            keep
              ? `update search_outbox set next_attempt_at = now() + (? * interval '1 millisecond')
                  where id in (${claimed.map(() => "?").join(",")})`
              : `delete from search_outbox where id in (${claimed.map(() => "?").join(",")})`,
            [...(keep ? [REBUILD_RECHECK_MS] : []), ...claimed.map((row) => row.id)],
            "run",
            tx.getTransactionContext(),
          );
        } catch (error) {
          result.failed += claimed.length;
          const attempts = Math.max(...claimed.map((row) => row.attempts)) + 1;
          const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(attempts, 10));
          await connection.execute(
            `update search_outbox set attempts = attempts + 1, last_error = ?,
               next_attempt_at = now() + (? * interval '1 millisecond')
             where id in (${claimed.map(() => "?").join(",")})`,
            [String((error as Error).message).slice(0, 2000), delay, ...claimed.map((row) => row.id)],
            "run",
            tx.getTransactionContext(),
          );
          this.logger.warn(
            { kind, rows: claimed.length, attempts, retryInMs: delay, err: error },
            "search indexing failed; will retry",
          );
        }
      }
      return result;
    });
  }

  /** How far search is behind, for readiness and `searchStatus`. */
  lag(): Promise<SearchLag> {
    return searchLag(this.orm.em.fork());
  }

  /** Runs until stopped: drains whenever notified, and at least every second. */
  async start(): Promise<void> {
    this.running = true;
    try {
      this.listener = new pg.Client({ connectionString: this.databaseUrl });
      await this.listener.connect();
      this.listener.on("notification", () => this.wake?.());
      this.listener.on("error", (error) => this.logger.warn({ err: error }, "search outbox listener failed; polling"));
      await this.listener.query("listen search_outbox");
    } catch (error) {
      this.logger.warn({ err: error }, "could not listen for outbox notifications; polling only");
    }
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      try {
        const result = await this.drainOnce();
        busy = result.indexed + result.removed + result.expanded > 0;
      } catch (error) {
        this.logger.warn({ err: error }, "search indexer pass failed");
      }
      if (!busy && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, POLL_INTERVAL_MS);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
      }
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }
}
