import cluster, { type Worker } from "node:cluster";
import { randomBytes } from "node:crypto";
import type { Config } from "./config.js";
import { initOrm, migrate } from "./db/orm.js";
import type { Logger } from "./logger.js";

/**
 * The primary process of `API_WORKERS` > 1: it serves nothing itself. It
 * applies migrations once, before any worker starts (so workers never race
 * to migrate), then forks the workers, which share the port through the
 * cluster module. Each worker is a whole API (`startApi`); its background
 * jobs (search indexer, text extraction, search demand) claim their rows in
 * PostgreSQL with `FOR UPDATE SKIP LOCKED`, so they share the work safely.
 * A worker that stops after it was serving is replaced; one that stops
 * before it ever listened stops them all, as one API process would fail to
 * start. SIGTERM or SIGINT stops each worker gracefully, then the primary.
 */
export async function runWorkers(config: Config, logger: Logger): Promise<void> {
  const orm = await initOrm(config.DATABASE_URL);
  try {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, "applied database migrations");
  } finally {
    await orm.close();
  }
  // Upload URLs signed by one worker are checked by whichever receives the upload: they need one secret.
  const env = { FILE_URL_SECRET: config.FILE_URL_SECRET ?? randomBytes(32).toString("hex") };
  const serving = new Set<Worker>();
  let stopping = false;

  const fork = () => {
    const worker = cluster.fork(env);
    worker.once("listening", () => serving.add(worker));
  };
  const stopAll = (exitCode: number) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
    if (!workers.length) process.exit(exitCode);
    let left = workers.length;
    for (const worker of workers) {
      worker.once("exit", () => {
        left -= 1;
        if (left === 0) process.exit(exitCode);
      });
      worker.process.kill("SIGTERM");
    }
  };

  cluster.on("exit", (worker, code, signal) => {
    const wasServing = serving.delete(worker);
    if (stopping) return;
    if (!wasServing) {
      logger.error({ pid: worker.process.pid, code, signal }, "an API worker stopped while starting; stopping");
      stopAll(1);
      return;
    }
    logger.error({ pid: worker.process.pid, code, signal }, "an API worker stopped; starting another");
    fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (stopping) return;
      logger.info({ signal }, "stopping API workers");
      stopAll(0);
    });
  }
  for (let started = 0; started < config.API_WORKERS; started += 1) fork();
  logger.info({ workers: config.API_WORKERS, port: config.PORT }, "API workers starting");
}
