import "reflect-metadata";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  onShutdown,
  readInfraConfig,
  REPO_ROOT,
  runToCompletion,
  serviceEnv,
  startServices,
  stopAll,
} from "@hub/infra";
import { initOrm, migrate, progressBar } from "@hub/api";
import { generate } from "@hub/seeds";
import { signInAsAdmin, startApi } from "./api.js";
import { DEFAULT_SCALE, HUB_SLUG, writeInsightData } from "./insight-data.js";
import {
  graphqlClient as graphql,
  loadAverage as load,
  ms,
  summarise,
  timed,
  type GraphQL,
  type Summary,
  wholeNumberArg,
} from "./measure.js";
import { PAGE_SIZE, QUERIES, SEARCH_DOCUMENT } from "./queries.js";
import { measureRecording, type RecordingFigures } from "./recording.js";

const USAGE = `usage: npm run bench:insight -- [--searches N] [--runs R] [--rounds S] [--keep]
  --searches N  recorded searches to write (default 1000000)
  --runs R      times each insight query is asked (default 200)
  --rounds S    rounds of the search queries sent with recording on and off (default 20)
  --keep        keep the benchmark's data folder (.data/bench-insight) afterwards`;

const { values } = parseArgs({
  options: {
    searches: { type: "string", default: String(DEFAULT_SCALE.searches) },
    runs: { type: "string", default: "200" },
    rounds: { type: "string", default: "20" },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

const DATA_DIR = join(REPO_ROOT, ".data", "bench-insight");
/** Resources for the searches to find: enough for realistic hits and facets, quick to write and index. */
const CORPUS_SCALE = 2_000;
const WARM_RUNS = 10;
const TARGET_INSIGHT_P95_MS = 200;
const TARGET_RECORDING_MS = 1;

const log = (line: string) => console.log(line);

const SCHOOL = "{ slug name }";
/** What the insight page asks: the period, the totals, every theme's counts and the entitlement coverage. */
const INSIGHT_DOCUMENT = `query Insight($network: String!, $from: LocalDate, $to: LocalDate) {
  networkInsight(network: $network, from: $from, to: $to) {
    from to previousFrom previousTo phase schools reviewedSchools
    themes { theme { slug name description } strengthSchools developmentSchools
      previousStrengthSchools previousDevelopmentSchools }
    coverage { entitlement { slug title version } agreedSchools ${SCHOOL}
      olderVersionSchools ${SCHOOL} notTeachingSchools ${SCHOOL} }
  }
}`;

const QUERY_COUNTS = "{ query searches sessions zeroResultSearches openedSearches }";
/** Search demand as the page shows it: the totals and the three lists. */
const DEMAND_DOCUMENT = `query Demand($network: String!, $from: DateTimeISO, $first: Int!) {
  networkSearchDemand(network: $network, from: $from, first: $first) {
    from to sessionThreshold searches zeroResultSearches openedSearches
    topQueries ${QUERY_COUNTS} zeroResultQueries ${QUERY_COUNTS} unopenedQueries ${QUERY_COUNTS}
  }
}`;

/** `work` run a few times unmeasured, then `runs` times one after another. */
async function measure(work: () => Promise<unknown>, runs: number): Promise<Summary> {
  for (let run = 0; run < WARM_RUNS; run += 1) await work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await timed(work));
  return summarise(
    samples,
    samples.reduce((sum, sample) => sum + sample, 0),
  );
}

function insightMeasurements(gql: GraphQL, token: string) {
  const yearAgo = new Date(Date.now() - 365 * 86_400_000);
  const ask = (document: string, variables: Record<string, unknown>) => () => gql(document, variables, token);
  return [
    { label: "networkInsight, the last year", work: ask(INSIGHT_DOCUMENT, { network: HUB_SLUG }) },
    {
      label: "networkInsight, three years",
      work: ask(INSIGHT_DOCUMENT, { network: HUB_SLUG, from: isoDay(yearAgo, -730) }),
    },
    { label: "networkSearchDemand, 90 days", work: ask(DEMAND_DOCUMENT, { network: HUB_SLUG, first: 20 }) },
    {
      label: "networkSearchDemand, a year",
      work: ask(DEMAND_DOCUMENT, { network: HUB_SLUG, first: 20, from: yearAgo.toISOString() }),
    },
  ];
}

const isoDay = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

function searchOn(gql: GraphQL) {
  return QUERIES.map(
    (query) => () =>
      gql(SEARCH_DOCUMENT, {
        query: query.query,
        kinds: query.kinds ?? null,
        filter: query.filter ?? null,
        orderBy: query.orderBy ?? "RELEVANCE",
        first: PAGE_SIZE,
      }),
  );
}

function report(insight: { label: string; summary: Summary }[], recording: RecordingFigures, searches: number) {
  const row = (label: string, summary: Summary) =>
    `  ${label.padEnd(30)} p50 ${ms(summary.p50).padStart(9)}  p95 ${ms(summary.p95).padStart(9)}  p99 ${ms(summary.p99).padStart(9)}  (n=${summary.count})`;
  const { schools, reviewsPerSchool, findingsPerReview } = DEFAULT_SCALE;
  log("");
  log(
    `Insight benchmark: a teaching school hub of ${schools} schools, ${(schools * reviewsPerSchool).toLocaleString("en-GB")} reviews, ` +
      `${(schools * reviewsPerSchool * findingsPerReview).toLocaleString("en-GB")} findings, ${searches.toLocaleString("en-GB")} recorded searches`,
  );
  log(`  load average at the end: ${load()} (2 cores shared with other work)`);
  log("GraphQL over HTTP at concurrency 1, as a site admin:");
  for (const { label, summary } of insight) log(row(label, summary));
  const worst = Math.max(...insight.map(({ summary }) => summary.p95));
  log(
    `  worst p95 ${ms(worst)}   target < ${TARGET_INSIGHT_P95_MS} ms${worst < TARGET_INSIGHT_P95_MS ? "" : "   MISSED"}`,
  );
  log("search with recording on and off (GraphQL search, concurrency 1, interleaved):");
  log(row("recording on", recording.on));
  log(row("recording off", recording.off));
  const added = recording.on.p50 - recording.off.p50;
  log(
    `  recording adds ${ms(added)} to the p50   target < ${TARGET_RECORDING_MS} ms${added < TARGET_RECORDING_MS ? "" : "   MISSED"}`,
  );
}

async function main(): Promise<void> {
  if (values.help) {
    log(USAGE);
    return;
  }
  const searches = wholeNumberArg("searches", values.searches!, USAGE);
  const runs = wholeNumberArg("runs", values.runs!, USAGE);
  const rounds = wholeNumberArg("rounds", values.rounds!, USAGE);

  rmSync(DATA_DIR, { recursive: true, force: true });
  const config = readInfraConfig({ ...process.env, DATA_DIR, EMBEDDED_POSTGRES_PORT: "0", EMBEDDED_MEILI_PORT: "0" });
  const services = await startServices({ config, report: log });
  onShutdown(services.stop);
  const env = { ...process.env, ...serviceEnv(services) };

  const orm = await initOrm(services.databaseUrl);
  try {
    await migrate(orm);
    const corpus = progressBar("resources".padEnd(10));
    await generate({ orm, scale: CORPUS_SCALE, seed: 42, search: null, progress: corpus.update });
    corpus.done();
    const bar = progressBar("insight".padEnd(10));
    const writing = await timed(() => writeInsightData(orm, { ...DEFAULT_SCALE, searches }, bar.update));
    bar.done();
    log(`insight data written in ${(writing / 1000).toFixed(1)} s`);
  } finally {
    await orm.close();
  }
  log("reindexing with npm run reindex (api/dist/cli/reindex.js)");
  await runToCompletion(process.execPath, [join(REPO_ROOT, "api/dist/cli/reindex.js")], { env, cwd: REPO_ROOT });

  // One API recording searches and one not, started together so neither is warmer.
  const [recorded, unrecorded] = await Promise.all(
    ["true", "false"].map((value) => startApi({ ...env, SEARCH_RECORDING: value })),
  );
  onShutdown(recorded!.stop);
  onShutdown(unrecorded!.stop);
  const [on, off] = [graphql(recorded!.url), graphql(unrecorded!.url)];
  const token = await signInAsAdmin(env, off);

  const insight: { label: string; summary: Summary }[] = [];
  for (const { label, work } of insightMeasurements(off, token)) {
    log(`measuring ${label}, ${runs} runs (load ${load()})`);
    insight.push({ label, summary: await measure(work, runs) });
  }
  log(`measuring search with recording on and off, ${rounds} rounds of ${QUERIES.length} queries (load ${load()})`);
  const recording = await measureRecording(searchOn(on), searchOn(off), rounds);

  report(insight, recording, searches);
  await stopAll();
  if (!values.keep) rmSync(DATA_DIR, { recursive: true, force: true });
}

try {
  await main();
} catch (error) {
  console.error(error);
  await stopAll();
  process.exitCode = 1;
}
