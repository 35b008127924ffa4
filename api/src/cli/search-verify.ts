import "reflect-metadata";
import { ConfigError, readConfig } from "../config.js";
import { initOrm } from "../db/orm.js";
import { createMeilisearch } from "../modules/search/index.js";
import { verify } from "../modules/search/maintenance.js";

/**
 * `npm run search:verify [-- --repair]`: compares PostgreSQL with the search
 * indexes and lists missing, extra and stale documents; `--repair` fixes them.
 * Exits 1 when drift remains, so it can run as a scheduled check.
 */
try {
  const config = readConfig();
  const repair = process.argv.includes("--repair");
  const orm = await initOrm(config.DATABASE_URL);
  try {
    const reports = await verify(
      orm,
      createMeilisearch(config.MEILI_URL, config.MEILI_MASTER_KEY),
      config.MEILI_INDEX_PREFIX,
      {
        repair,
      },
    );
    let drift = false;
    for (const report of reports) {
      const problems = report.missing.length + report.extra.length + report.stale.length;
      drift ||= problems > 0 && !report.repaired;
      console.log(
        `${report.source}: ${report.missing.length} missing, ${report.extra.length} extra, ${report.stale.length} stale${report.repaired ? " (repaired)" : ""}`,
      );
    }
    if (drift) {
      console.log("Run again with --repair to fix.");
      process.exitCode = 1;
    }
  } finally {
    await orm.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
