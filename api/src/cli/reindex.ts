import "reflect-metadata";
import { ConfigError, readConfig } from "../config.js";
import { initOrm } from "../db/orm.js";
import { createMeilisearch } from "../modules/search/index.js";
import { reindexAll } from "../modules/search/maintenance.js";
import { progressBar } from "./progress.js";

/** `npm run reindex`: rebuilds every search index from PostgreSQL and swaps it in, while the site keeps serving. */
try {
  const config = readConfig();
  const orm = await initOrm(config.DATABASE_URL);
  try {
    const bars = new Map<string, ReturnType<typeof progressBar>>();
    const summaries = await reindexAll(
      orm,
      createMeilisearch(config.MEILI_URL, config.MEILI_MASTER_KEY),
      config.MEILI_INDEX_PREFIX,
      (source, done, total) => {
        if (!bars.has(source)) bars.set(source, progressBar(source.padEnd(12)));
        bars.get(source)!.update(done, total);
      },
    );
    for (const bar of bars.values()) bar.done();
    for (const summary of summaries) {
      console.log(
        `${summary.source}: ${summary.documents.toLocaleString("en-GB")} documents in ${summary.seconds.toFixed(1)} s`,
      );
    }
  } finally {
    await orm.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
