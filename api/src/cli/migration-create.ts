import "reflect-metadata";
import { resolve } from "node:path";
import { ConfigError, readConfig } from "../config.js";
import { initOrm, migrate } from "../db/orm.js";

/**
 * `npm run migration:create`: brings the database up to date, then writes a
 * migration for whatever the entities now describe that the database lacks,
 * into api/src/db/migrations. Review it, then add it to migrations/index.ts.
 */
const SOURCE_FOLDER = resolve(import.meta.dirname, "..", "..", "src", "db", "migrations");

try {
  const orm = await initOrm(readConfig().DATABASE_URL, {});
  try {
    await migrate(orm);
    const migrator = orm.getMigrator();
    const result = await migrator.createMigration(SOURCE_FOLDER);
    if (!result.diff.up.length) {
      console.log("The entities and the database agree: no migration needed.");
    } else {
      console.log(`Wrote ${resolve(SOURCE_FOLDER, result.fileName)}.`);
      console.log("Review it, then register it in api/src/db/migrations/index.ts.");
    }
  } finally {
    await orm.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
