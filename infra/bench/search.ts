import "reflect-metadata";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  freePort,
  onShutdown,
  readInfraConfig,
  REPO_ROOT,
  runToCompletion,
  serviceEnv,
  startServices,
  stopAll,
  terminate,
  trackChild,
  waitForHealth,
} from "@hub/infra";
import {
  askMeilisearch,
  createMeilisearch,
  initOrm,
  meiliRequestsFor,
  migrate,
  progressBar,
  type Meilisearch,
  type SearchRequest,
} from "@hub/api";
import { generate } from "@hub/seeds";
import {
  graphqlClient as graphql,
  loadAverage as load,
  ms,
  perSecond,
  runConcurrently,
  summarise,
  timed,
  type GraphQL,
  type Summary,
  wholeNumberArg,
} from "./measure.js";
import { PAGE_SIZE, QUERIES, SEARCH_DOCUMENT, searchPagePath, type BenchQuery } from "./queries.js";
import { treeCpuMs } from "./cpu.js";
import {
  measureRecorderCost,
  measureRecording,
  recordingLines,
  type RecorderCost,
  type RecordingFigures,
} from "./recording.js";

const USAGE = `usage: npm run bench:search -- [--scale N] [--seed S] [--rounds R] [--samples P] [--workers W[,W...]] [--recording] [--keep]
  --scale N     resources to generate (default 100000)
  --seed S      generator seed (default 42)
  --rounds R    times each query runs at concurrency 1, each way (default 20)
  --samples P   publish-to-searchable samples (default 20)
  --workers W   API_WORKERS of the benchmarked API; a list (1,2) measures each in turn (default 1)
  --recording   also time GraphQL search with search recording on and off, side by side (a second API)
  --keep        keep the benchmark's data folder (.data/bench-search) afterwards`;

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    rounds: { type: "string", default: "20" },
    samples: { type: "string", default: "20" },
    workers: { type: "string", default: "1" },
    recording: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

const positive = (name: string, raw: string) => wholeNumberArg(name, raw, USAGE);

const CONCURRENCY = [1, 4, 16];
/** Requests per measurement at concurrency 4 and 16 (each way). */
const REQUESTS_PER_WORKER = 25;
const PUBLISH_TIMEOUT_MS = 30_000;
const DATA_DIR = join(REPO_ROOT, ".data", "bench-search");
const BENCH_ADMIN = { email: "bench-admin@example.org", name: "Benchmark Admin", password: "quiet harbour lantern 47" };

const log = (line: string) => console.log(line);

function searchRequestOf(query: BenchQuery): SearchRequest {
  return {
    query: query.query,
    kinds: (query.kinds ?? null) as SearchRequest["kinds"],
    filter: (query.filter ?? null) as SearchRequest["filter"],
    orderBy: (query.orderBy ?? "RELEVANCE") as SearchRequest["orderBy"],
    first: PAGE_SIZE,
    after: null,
    includeUnpublished: false,
  };
}

/** What the API sends Meilisearch for one anonymous search, sent the way the API sends it. */
function rawSearch(meili: Meilisearch, query: BenchQuery) {
  return () => askMeilisearch(meili, meiliRequestsFor(searchRequestOf(query), null, "", new Date()));
}

function graphqlSearch(gql: GraphQL, query: BenchQuery) {
  return () =>
    gql(SEARCH_DOCUMENT, {
      query: query.query,
      kinds: query.kinds ?? null,
      filter: query.filter ?? null,
      orderBy: query.orderBy ?? "RELEVANCE",
      first: PAGE_SIZE,
    });
}

/** The API's searches and the CPU its processes used over them: milliseconds a search. */
interface Figures {
  raw: Summary;
  graphql: Summary;
  apiCpuMsPerSearch: number;
}

/** The website's search page for a query, rendered by the web server (which asks the API). */
function pageSearch(webUrl: string, query: BenchQuery) {
  const path = searchPagePath(query);
  return async () => {
    const response = await fetch(`${webUrl}${path}`);
    await response.text();
    if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  };
}

/** Runs `work`, adding the API processes' CPU time over it to `cpu.ms`. */
async function withApiCpu<T>(apiPid: number, cpu: { ms: number }, work: () => Promise<T>): Promise<T> {
  const before = treeCpuMs(apiPid);
  const result = await work();
  cpu.ms += treeCpuMs(apiPid) - before;
  return result;
}

/** The API (its pid: with API_WORKERS, the primary, whose workers are counted too) and the web server in front of it. */
interface Target {
  gql: GraphQL;
  apiPid: number;
  webUrl: string;
}

/**
 * Concurrency 1: each query in turn, Meilisearch, then GraphQL, then the
 * web search page, round after round, so all see the same load; the API's
 * CPU is summed over its GraphQL searches only. Higher concurrency: a pool
 * of workers cycling through the queries, one way at a time, the API's CPU
 * taken over the whole GraphQL run.
 */
async function measureQueries(meili: Meilisearch, { gql, apiPid, webUrl }: Target, rounds: number) {
  const raw = QUERIES.map((query) => rawSearch(meili, query));
  const viaGraphql = QUERIES.map((query) => graphqlSearch(gql, query));
  const viaPage = QUERIES.map((query) => pageSearch(webUrl, query));
  for (const work of [...raw, ...viaGraphql, ...viaPage]) await work(); // warm caches and connections

  const results = new Map<number, Figures>();
  const rawSamples: number[] = [];
  const graphqlSamples: number[] = [];
  const pageSamples: number[] = [];
  const perQuery = QUERIES.map(() => ({ raw: [] as number[], graphql: [] as number[], page: [] as number[] }));
  const elapsed = { raw: 0, graphql: 0, page: 0 };
  const cpu = { ms: 0 };
  for (let round = 0; round < rounds; round += 1) {
    for (let index = 0; index < QUERIES.length; index += 1) {
      const rawMs = await timed(raw[index]!);
      const graphqlMs = await withApiCpu(apiPid, cpu, () => timed(viaGraphql[index]!));
      const pageMs = await timed(viaPage[index]!);
      rawSamples.push(rawMs);
      graphqlSamples.push(graphqlMs);
      pageSamples.push(pageMs);
      perQuery[index]!.raw.push(rawMs);
      perQuery[index]!.graphql.push(graphqlMs);
      perQuery[index]!.page.push(pageMs);
      elapsed.raw += rawMs;
      elapsed.graphql += graphqlMs;
      elapsed.page += pageMs;
    }
  }
  results.set(1, {
    raw: summarise(rawSamples, elapsed.raw),
    graphql: summarise(graphqlSamples, elapsed.graphql),
    apiCpuMsPerSearch: cpu.ms / graphqlSamples.length,
  });
  const page = summarise(pageSamples, elapsed.page);

  for (const concurrency of CONCURRENCY.filter((level) => level > 1)) {
    const total = Math.max(QUERIES.length * 2, concurrency * REQUESTS_PER_WORKER);
    const rawRun = await runConcurrently(concurrency, total, (index) => raw[index % raw.length]!());
    const levelCpu = { ms: 0 };
    const graphqlRun = await withApiCpu(apiPid, levelCpu, () =>
      runConcurrently(concurrency, total, (index) => viaGraphql[index % viaGraphql.length]!()),
    );
    results.set(concurrency, { raw: rawRun, graphql: graphqlRun, apiCpuMsPerSearch: levelCpu.ms / total });
  }
  return {
    levels: results,
    page,
    perQuery: perQuery.map((samples) => ({
      raw: summarise(samples.raw, 1),
      graphql: summarise(samples.graphql, 1),
      page: summarise(samples.page, 1),
    })),
  };
}

/** Letters only, so the word is one token and never a typo of another. */
function uniqueWord(index: number): string {
  let word = "";
  for (let n = index + 26 ** 3; n > 0; n = Math.floor(n / 26)) word += String.fromCharCode(97 + (n % 26));
  return `zyqx${word}`;
}

/**
 * Publishes resources through GraphQL and polls GraphQL `search`, as the
 * public, until each appears: the time from sending `publishResource` to the
 * first search that finds it.
 */
async function measurePublishToSearchable(gql: GraphQL, token: string, network: string, samples: number) {
  const delays: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const word = uniqueWord(sample);
    const slug = `bench-publish-${Date.now()}-${sample}`;
    await gql(
      `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { slug } } }`,
      {
        input: {
          slug,
          title: `Benchmark ${word} guide to phonics`,
          summary: "A resource the search benchmark publishes and then looks for.",
          body: "Measured from publishing to being found.",
          type: "GUIDE",
          visibility: "PUBLIC",
          licence: "CC_BY_4_0",
          owningNetworkSlug: network,
        },
      },
      token,
    );
    await gql(
      `mutation($slug: String!) { submitResourceForReview(input: { slug: $slug }) { resource { slug } } }`,
      {
        slug,
      },
      token,
    );
    const started = performance.now();
    await gql(
      `mutation($slug: String!) { publishResource(input: { slug: $slug }) { resource { slug } } }`,
      { slug },
      token,
    );
    for (;;) {
      const found = await gql<{ search: { totalCount: number } }>(
        `query($q: String!) { search(query: $q, kinds: [RESOURCE], first: 1) { totalCount } }`,
        { q: word },
      );
      if (found.search.totalCount > 0) break;
      if (performance.now() - started > PUBLISH_TIMEOUT_MS) throw new Error(`"${word}" was not searchable after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    delays.push(performance.now() - started);
  }
  return summarise(
    delays,
    delays.reduce((sum, delay) => sum + delay, 0),
  );
}

/** Starts the built API on the benchmark's services, with its indexer, and waits until it answers. */
async function startApi(env: NodeJS.ProcessEnv, workers = 1) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(REPO_ROOT, "api/dist/main.js")], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      PORT: String(port),
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      INDEXER_IN_API: "true",
      API_WORKERS: String(workers),
      // Production refuses to start without one; this API lives only as long as the benchmark.
      FILE_URL_SECRET: randomBytes(32).toString("hex"),
    },
    stdio: "inherit",
    detached: true,
  });
  trackChild(child);
  const url = `http://localhost:${port}`;
  await waitForHealth(`${url}/readyz`, 120_000, () => child.exitCode === null);
  return { url: `${url}/graphql`, pid: child.pid!, stop: () => terminate(child) };
}

/** Starts the built web app (`web/server.js`, as `npm start` runs it) in front of an API. */
async function startWeb(env: NodeJS.ProcessEnv, apiUrl: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ["server.js"], {
    cwd: join(REPO_ROOT, "web"),
    env: { ...env, PORT: String(port), NODE_ENV: "production", API_URL: apiUrl },
    // Its access log would bury the figures; errors still show.
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  trackChild(child);
  const url = `http://localhost:${port}`;
  await waitForHealth(`${url}/healthz`, 120_000, () => child.exitCode === null);
  return { url, stop: () => terminate(child) };
}

type Measured = Awaited<ReturnType<typeof measureQueries>>;

const row = (label: string, summary: Summary) =>
  `  ${label.padEnd(26)} p50 ${ms(summary.p50).padStart(9)}  p95 ${ms(summary.p95).padStart(9)}  p99 ${ms(summary.p99).padStart(9)}  ${perSecond(summary.throughput).padStart(6)}  (n=${summary.count})`;

/** One API setup's figures: latency each way at each concurrency, the API's CPU a search, the page beside GraphQL. */
function printWorkers(workers: number, { levels: queries, page, perQuery }: Measured, loadAtEnd: string) {
  const one = queries.get(1)!;
  const sixteen = queries.get(16)!;
  log(`API_WORKERS=${workers} (load average after: ${loadAtEnd}):`);
  for (const concurrency of CONCURRENCY) {
    const figures = queries.get(concurrency)!;
    log(` concurrency ${concurrency}:   API CPU ${figures.apiCpuMsPerSearch.toFixed(1)} ms/search   target <= 4 ms`);
    log(row("Meilisearch (raw)", figures.raw));
    log(row("GraphQL search (HTTP)", figures.graphql));
    if (concurrency === 1) log(row("web /search page (SSR)", page));
  }
  log(" per query at concurrency 1 (p50, Meilisearch / GraphQL / web page):");
  QUERIES.forEach((query, index) => {
    const { raw, graphql, page: pageOf } = perQuery[index]!;
    log(
      `  ${query.name.padEnd(16)} ${ms(raw.p50).padStart(9)} / ${ms(graphql.p50).padStart(9)} / ${ms(pageOf.p50).padStart(9)}`,
    );
  });
  log(` GraphQL/raw p95 at concurrency 1: ${(one.graphql.p95 / one.raw.p95).toFixed(2)}x   target <= 1.5x`);
  log(` GraphQL p95 at concurrency 1: ${ms(one.graphql.p95)}   target < 30 ms`);
  log(
    ` concurrency 16: GraphQL/raw throughput ${(sixteen.graphql.throughput / sixteen.raw.throughput).toFixed(2)}x   target >= 0.8x;` +
      ` p95 ${(sixteen.graphql.p95 / sixteen.raw.p95).toFixed(2)}x   target <= 1.5x`,
  );
  log(` web /search p95 / GraphQL p95 at concurrency 1: ${(page.p95 / one.graphql.p95).toFixed(2)}x   target <= 1.3x`);
}

function printTable(
  measured: { workers: number; figures: Measured; load: string }[],
  publish: Summary,
  times: { seeding: number; reindex: number },
  recording: { figures: RecordingFigures; cost: RecorderCost } | null,
) {
  log("");
  log(`Search benchmark: ${values.scale} resources, seed ${values.seed}, ${QUERIES.length} queries`);
  log(`  load average at the end: ${load()} (2 cores shared with other work)`);
  log(`  seeding (PostgreSQL):     ${(times.seeding / 1000).toFixed(1)} s`);
  log(`  reindex (npm run reindex): ${(times.reindex / 1000).toFixed(1)} s   target < 120 s`);
  for (const { workers, figures, load: loadAtEnd } of measured) printWorkers(workers, figures, loadAtEnd);
  log(
    `publish-to-searchable: p50 ${ms(publish.p50)}  p95 ${ms(publish.p95)}  p99 ${ms(publish.p99)}  (n=${publish.count})   target p95 < 1000 ms`,
  );
  if (recording) recordingLines(recording.figures, recording.cost).forEach(log);
}

async function main(): Promise<void> {
  if (values.help) {
    log(USAGE);
    return;
  }
  const scale = positive("scale", values.scale!);
  const seed = positive("seed", values.seed!);
  const rounds = positive("rounds", values.rounds!);
  const samples = positive("samples", values.samples!);
  const workerCounts = values.workers!.split(",").map((count) => positive("workers", count.trim()));

  rmSync(DATA_DIR, { recursive: true, force: true });
  const config = readInfraConfig({
    ...process.env,
    DATA_DIR,
    EMBEDDED_POSTGRES_PORT: "0",
    EMBEDDED_MEILI_PORT: "0",
  });
  const services = await startServices({ config, report: log });
  onShutdown(services.stop);
  const env = { ...process.env, ...serviceEnv(services) };

  const orm = await initOrm(services.databaseUrl);
  let seedingMs: number;
  try {
    await migrate(orm);
    const bar = progressBar("seeding".padEnd(10));
    seedingMs = await timed(() => generate({ orm, scale, seed, search: null, progress: bar.update }));
    bar.done();
  } finally {
    await orm.close();
  }

  log("reindexing with npm run reindex (api/dist/cli/reindex.js)");
  const reindexMs = await timed(() =>
    runToCompletion(process.execPath, [join(REPO_ROOT, "api/dist/cli/reindex.js")], { env, cwd: REPO_ROOT }),
  );

  let api = await startApi(env, workerCounts[0]);
  onShutdown(() => api.stop());
  let gql = graphql(api.url);
  // A site admin made the documented way (npm run admin:create), to publish in any network; then sign in.
  const created = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, "api/dist/cli/admin-create.js"),
      "--email",
      BENCH_ADMIN.email,
      "--name",
      BENCH_ADMIN.name,
      "--password-stdin",
    ],
    { env, cwd: REPO_ROOT, input: `${BENCH_ADMIN.password}\n`, encoding: "utf8" },
  );
  if (created.status !== 0) throw new Error(`admin:create failed: ${created.stderr}`);
  const { signIn } = await gql<{ signIn: { token: string } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
    { input: { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password } },
  );
  // The API's own client, so raw and GraphQL searches reach Meilisearch the same way.
  const meili = createMeilisearch(services.meiliUrl, services.meiliMasterKey);

  log(`measuring publish-to-searchable, ${samples} samples`);
  const publish = await measurePublishToSearchable(gql, signIn.token, `synthetic-${seed}-english`, samples);

  const measured: { workers: number; figures: Measured; load: string }[] = [];
  for (const [position, workers] of workerCounts.entries()) {
    if (position > 0) {
      await api.stop();
      api = await startApi(env, workers);
      gql = graphql(api.url);
    }
    const web = await startWeb(env, api.url);
    log(
      `API_WORKERS=${workers}: measuring ${QUERIES.length} queries, ${rounds} rounds at concurrency 1, then 4 and 16 (load ${load()})`,
    );
    const figures = await measureQueries(meili, { gql, apiPid: api.pid, webUrl: web.url }, rounds);
    measured.push({ workers, figures, load: load() });
    await web.stop();
  }

  let recording: { figures: RecordingFigures; cost: RecorderCost } | null = null;
  if (values.recording) {
    // A fresh pair, so neither is warmer for having served the measurements above.
    const [recorded, unrecorded] = await Promise.all(
      ["true", "false"].map((value) => startApi({ ...env, SEARCH_RECORDING: value })),
    );
    onShutdown(recorded!.stop);
    onShutdown(unrecorded!.stop);
    const [on, off] = [graphql(recorded!.url), graphql(unrecorded!.url)];
    log(`measuring search with recording on and off, ${rounds} rounds (load ${load()})`);
    const figures = await measureRecording(
      QUERIES.map((query) => graphqlSearch(on, query)),
      QUERIES.map((query) => graphqlSearch(off, query)),
      rounds,
    );
    const cost = await measureRecorderCost(
      services.databaseUrl,
      QUERIES.map((query) => query.query),
    );
    recording = { figures, cost };
  }

  printTable(measured, publish, { seeding: seedingMs, reindex: reindexMs }, recording);
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
