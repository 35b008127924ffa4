import "reflect-metadata";
import { ConfigError, readConfig } from "../config.js";
import { initOrm } from "../db/orm.js";
import { createLogger } from "../logger.js";
import { createMeilisearch, Indexer } from "../modules/search/index.js";

/**
 * `npm run indexer`: a search indexer on its own, for deployments that run
 * indexing apart from the API (set INDEXER_IN_API=false there). Any number
 * may run at once; they share the outbox safely.
 */
try {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const orm = await initOrm(config.DATABASE_URL);
  const indexer = new Indexer(
    orm,
    createMeilisearch(config.MEILI_URL, config.MEILI_MASTER_KEY),
    config.MEILI_INDEX_PREFIX,
    logger,
    config.DATABASE_URL,
  );
  await indexer.prepare().catch((error) => logger.warn({ err: error }, "search indexes not prepared yet"));
  await indexer.start();
  logger.info("indexer running");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      void indexer
        .stop()
        .then(() => orm.close())
        .finally(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
