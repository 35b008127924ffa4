import "reflect-metadata";
import { parseArgs } from "node:util";
import {
  ConfigError,
  createMeilisearch,
  initOrm,
  migrate,
  progressBar,
  readConfig,
  reindexAll,
  type Config,
  type Orm,
} from "@hub/api";
import { SeedDataError } from "./dataset/errors.js";
import { isEmpty, loadSectorDataset } from "./dataset/load.js";
import { KEPT_TABLES, wipeDatabase } from "./dataset/reset.js";
import { demoAccounts, formatDemoAccounts } from "./dataset/demo-accounts.js";
import { generate } from "./generator/generate.js";

const USAGE = `usage: npm run seed [-- options]
  (no options)          load the sector dataset; anything already there is left as it is
  --reset               empty every table except ${KEPT_TABLES.join(", ")}, reload the dataset, rebuild search
  --if-empty            load the dataset only when the library has no resources (what npm start does)
  --scale N [--seed S]  add N synthetic resources with proportional schools, Areas of Excellence and events
  --demo-accounts       print the demo accounts and their password`;

const { values } = parseArgs({
  options: {
    reset: { type: "boolean" },
    "if-empty": { type: "boolean" },
    scale: { type: "string" },
    seed: { type: "string" },
    "demo-accounts": { type: "boolean" },
    help: { type: "boolean" },
  },
});

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ConfigError(`--${name} must be a whole number, not "${raw}".`);
  return value;
}

/** Rebuilds the search index from PostgreSQL, with a progress bar. */
async function rebuildSearch(orm: Orm, config: Config): Promise<void> {
  const bars = new Map<string, ReturnType<typeof progressBar>>();
  await reindexAll(
    orm,
    createMeilisearch(config.MEILI_URL, config.MEILI_MASTER_KEY),
    config.MEILI_INDEX_PREFIX,
    (source, done, total) => {
      if (!bars.has(source)) bars.set(source, progressBar(`search ${source}`.padEnd(18)));
      bars.get(source)!.update(done, total);
    },
  );
  for (const bar of bars.values()) bar.done();
}

async function loadDataset(orm: Orm): Promise<void> {
  const started = Date.now();
  let last = "";
  const announced = new Set<string>();
  const report = await loadSectorDataset(orm, {
    progress: (kind, counts) => {
      const line = `  ${kind}: ${counts.created} created, ${counts.skipped} already there`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(last.length)}`);
      else if (!announced.has(kind)) console.log(`  loading ${kind}…`);
      announced.add(kind);
      last = line;
    },
  });
  if (process.stdout.isTTY) process.stdout.write("\n");
  console.log(`Sector dataset loaded in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  for (const [kind, counts] of report.counts) {
    console.log(`  ${kind.padEnd(22)} ${String(counts.created).padStart(4)} created, ${counts.skipped} already there`);
  }
}

async function main(): Promise<void> {
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const config = readConfig();
  const orm = await initOrm(config.DATABASE_URL);
  try {
    if (values["demo-accounts"]) {
      const accounts = await demoAccounts(orm);
      if (accounts.length) console.log(`Demo accounts:\n${formatDemoAccounts(accounts)}`);
      return;
    }
    // The schema must be current before loading; applying migrations is a no-op when it already is.
    await migrate(orm);
    if (values.scale !== undefined) {
      const scale = wholeNumber("scale", values.scale, 0);
      const seed = wholeNumber("seed", values.seed, 42);
      const bar = progressBar(`synthetic rows (seed ${seed})`);
      let searchBar: ReturnType<typeof progressBar> | undefined;
      const summary = await generate({
        orm,
        scale,
        seed,
        search: {
          meili: createMeilisearch(config.MEILI_URL, config.MEILI_MASTER_KEY),
          prefix: config.MEILI_INDEX_PREFIX,
        },
        progress: (done, total) => bar.update(done, total),
        searchProgress: (done, total) => {
          if (!searchBar) {
            bar.done();
            searchBar = progressBar("search rebuild".padEnd(26));
          }
          searchBar.update(done, total);
        },
      });
      (searchBar ?? bar).done();
      console.log(summary.describe());
      return;
    }
    if (values["if-empty"] && !(await isEmpty(orm))) {
      console.log("The library already has resources; the sector dataset was not loaded.");
      return;
    }
    if (values.reset) {
      const wiped = await wipeDatabase(orm);
      console.log(`Emptied ${wiped.length} tables (kept ${KEPT_TABLES.join(", ")}).`);
    }
    await loadDataset(orm);
    // After a wipe the index still holds documents of rows that are gone: rebuild it from PostgreSQL.
    if (values.reset) await rebuildSearch(orm, config);
  } finally {
    await orm.close();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError || error instanceof SeedDataError) console.error(error.message);
  else console.error(error);
  process.exit(1);
}
