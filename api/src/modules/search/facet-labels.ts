import type { EntityManager } from "@mikro-orm/postgresql";
import pg from "pg";
import type { Logger } from "../../logger.js";
import type { FacetCounts, FacetField } from "./document.js";

/** The facets whose values are slugs of rows, and where their labels are. */
const LABELLED_FACETS: { field: FacetField; table: string; label: string }[] = [
  { field: "subjects", table: "subject", label: "name" },
  { field: "themes", table: "theme", label: "name" },
  { field: "networks", table: "network", label: "name" },
  { field: "ambitions", table: "shared_ambition", label: "title" },
];

/** The channel a trigger on those tables notifies, in the writing transaction, when a slug or label changes. */
const CHANNEL = "facet_labels";
const RECONNECT_MS = 1_000;
/** Labels kept before the cache starts over: far more than the sector has, so only a runaway could reach it. */
const MAX_CACHED = 100_000;

export type FacetLabelMap = Map<FacetField, Map<string, string>>;

/**
 * The labels of facet values that are slugs of rows (subjects, themes,
 * networks, ambitions), kept in this process so a search asks PostgreSQL
 * only for slugs it has not seen. Every API process listens on
 * `facet_labels`: a trigger notifies it when any writer (any API process,
 * the seeds, SQL by hand) renames or deletes such a row, NOTIFY is delivered
 * only on commit, and the cache then starts over. While not listening (at
 * start, or after the connection drops) nothing is kept, so a missed
 * notification can never leave a stale label.
 */
export class FacetLabels {
  private readonly cached: FacetLabelMap = new Map();
  private size = 0;
  /** Bumped by each invalidation, so a lookup begun before one does not store what it read. */
  private generation = 0;
  private listening = false;
  private stopped = false;
  private listener: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
  ) {}

  /** Starts listening; never throws (without a listener, labels are read on every search). */
  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    this.listener = client;
    client.on("notification", () => this.invalidate());
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      if (this.listener !== client) return;
      this.invalidate();
      this.listening = true;
    } catch (error) {
      this.lost(client, error);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.listening = false;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** For each labelled facet in `distribution`, the label of each slug that names a row. */
  async labelsOf(em: EntityManager, distribution: FacetCounts): Promise<FacetLabelMap> {
    const labels: FacetLabelMap = new Map();
    const missing: { field: FacetField; table: string; label: string; slugs: string[] }[] = [];
    for (const facet of LABELLED_FACETS) {
      const known = this.listening ? this.cached.get(facet.field) : undefined;
      const found = new Map<string, string>();
      const unknown: string[] = [];
      for (const slug of Object.keys(distribution[facet.field] ?? {})) {
        const label = known?.get(slug);
        if (label === undefined) unknown.push(slug);
        else found.set(slug, label);
      }
      labels.set(facet.field, found);
      if (unknown.length) missing.push({ ...facet, slugs: unknown });
    }
    if (!missing.length) return labels;
    const generation = this.generation;
    // One query for every facet's missing slugs: plain rows, several times quicker than an entity query each.
    const rows = await em.getConnection().execute<{ field: FacetField; slug: string; label: string }[]>(
      missing
        .map(({ table, label }) => `select ?::text as field, slug, ${label} as label from ${table} where slug in (?)`)
        .join(" union all "),
      missing.flatMap(({ field, slugs }) => [field, slugs]),
    );
    const keep = this.listening && generation === this.generation;
    for (const row of rows) {
      labels.get(row.field)!.set(row.slug, row.label);
      if (keep) this.remember(row.field, row.slug, row.label);
    }
    return labels;
  }

  private remember(field: FacetField, slug: string, label: string): void {
    if (this.size >= MAX_CACHED) this.invalidate();
    let labels = this.cached.get(field);
    if (!labels) this.cached.set(field, (labels = new Map()));
    if (!labels.has(slug)) this.size += 1;
    labels.set(slug, label);
  }

  private invalidate(): void {
    this.generation += 1;
    this.cached.clear();
    this.size = 0;
  }

  /** The listener failed or closed: keep nothing until a new one listens. */
  private lost(client: pg.Client, error?: unknown): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    this.listening = false;
    this.invalidate();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn({ err: error }, "facet label listener lost; reading labels on every search until it is back");
    clearTimeout(this.retry);
    this.retry = setTimeout(() => void this.start(), RECONNECT_MS);
  }
}
