import type { Request } from "express";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Indexer, Meilisearch } from "../modules/search/index.js";
import { pendingMigrations } from "../db/orm.js";

export interface ReadinessCheck {
  ok: boolean;
  detail?: string;
}

async function check(work: () => Promise<string | undefined>): Promise<ReadinessCheck> {
  try {
    const problem = await work();
    return problem ? { ok: false, detail: problem } : { ok: true };
  } catch (error) {
    return { ok: false, detail: (error as Error).message };
  }
}

/**
 * Whether this process can serve: the database reachable and migrated. The
 * search engine and the indexing lag are reported but do not fail readiness:
 * a search outage must not take the whole site out of a load balancer.
 */
export async function readiness(orm: MikroORM, meili: Meilisearch, indexer: Indexer) {
  const [postgres, migrations, meilisearch] = await Promise.all([
    check(async () => {
      await orm.em.getConnection().execute("select 1");
      return undefined;
    }),
    check(async () => {
      const pending = await pendingMigrations(orm);
      return pending.length ? `pending: ${pending.join(", ")}` : undefined;
    }),
    check(async () => ((await meili.isHealthy()) ? undefined : "not healthy")),
  ]);
  const searchLag = await indexer.lag().catch(() => undefined);
  return {
    ready: postgres.ok && migrations.ok,
    checks: { postgres, migrations, meilisearch },
    ...(searchLag ? { searchLag } : {}),
  };
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * Whether a request came straight from this machine: its socket's peer is
 * loopback and no proxy forwarded it (a proxy here would add X-Forwarded-For).
 */
export function fromThisMachine(req: Request): boolean {
  return LOOPBACK.has(req.socket.remoteAddress ?? "") && req.get("x-forwarded-for") === undefined;
}

/** Which process answered and the CPU time it has used, for operators and benchmarks on this machine. */
export function processUsage() {
  const { user, system } = process.cpuUsage();
  return { pid: process.pid, cpuMs: (user + system) / 1000 };
}
