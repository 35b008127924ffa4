import "reflect-metadata";
import { ConfigError, readConfig } from "../config.js";
import { initOrm, migrate } from "../db/orm.js";

/** `npm run migrate`: applies pending migrations and says which. */
try {
  const orm = await initOrm(readConfig().DATABASE_URL);
  try {
    const applied = await migrate(orm);
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date.",
    );
  } finally {
    await orm.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
