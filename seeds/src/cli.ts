import "reflect-metadata";
import { ConfigError, initOrm, readConfig } from "@hub/api";
import { isEmpty, loadSampleData } from "./load.js";

/**
 * `npm run seed`: loads the sample data (idempotent).
 * `--if-empty`: only when the library has no resources yet (used by `npm start`).
 */
const ifEmpty = process.argv.includes("--if-empty");

try {
  const orm = await initOrm(readConfig().DATABASE_URL);
  try {
    if (ifEmpty && !(await isEmpty(orm))) {
      console.log("The library already has resources; sample data not loaded.");
    } else {
      const report = await loadSampleData(orm, (line) => process.stdout.isTTY && process.stdout.write(`\r  ${line}`));
      if (process.stdout.isTTY) process.stdout.write("\n");
      console.log(`Sample data: ${report.created} resources created, ${report.skipped} already present.`);
    }
  } finally {
    await orm.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
