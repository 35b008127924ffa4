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
import { signInAsAdmin, startApi } from "./api.js";
import { PAGE_SIZE, QUERIES, SEARCH_DOCUMENT, type BenchQuery } from "./queries.js";
import {
  measureRecorderCost,
  measureRecording,
  recordingLines,
  type RecorderCost,
  type RecordingFigures,
} from "./recording.js";

const USAGE = `usage: npm run bench:search -- [--scale N] [--seed S] [--rounds R] [--samples P] [--recording] [--keep]
  --scale N     resources to generate (default 100000)
  --seed S      generator seed (default 42)
  --rounds R    times each query runs at concurrency 1, each way (default 20)
  --samples P   publish-to-searchable samples (default 20)
  --recording   also time GraphQL search with search recording on and off, side by side (a second API)
  --keep        keep the benchmark's data folder (.data/bench-search) afterwards`;

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    rounds: { type: "string", default: "20" },
    samples: { type: "string", default: "20" },
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

interface Figures {
  raw: Summary;
  graphql: Summary;
}

/**
 * Concurrency 1: each query in turn, Meilisearch then GraphQL, round after
 * round, so both see the same load. Higher concurrency: a pool of workers
 * cycling through the queries, one way at a time.
 */
async function measureQueries(meili: Meilisearch, gql: GraphQL, rounds: number) {
  const raw = QUERIES.map((query) => rawSearch(meili, query));
  const viaGraphql = QUERIES.map((query) => graphqlSearch(gql, query));
  for (const work of [...raw, ...viaGraphql]) await work(); // warm caches and connections

  const results = new Map<number, Figures>();
  const rawSamples: number[] = [];
  const graphqlSamples: number[] = [];
  const perQuery = QUERIES.map(() => ({ raw: [] as number[], graphql: [] as number[] }));
  let rawElapsed = 0;
  let graphqlElapsed = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (let index = 0; index < QUERIES.length; index += 1) {
      const rawMs = await timed(raw[index]!);
      const graphqlMs = await timed(viaGraphql[index]!);
      rawSamples.push(rawMs);
      graphqlSamples.push(graphqlMs);
      perQuery[index]!.raw.push(rawMs);
      perQuery[index]!.graphql.push(graphqlMs);
      rawElapsed += rawMs;
      graphqlElapsed += graphqlMs;
    }
  }
  results.set(1, { raw: summarise(rawSamples, rawElapsed), graphql: summarise(graphqlSamples, graphqlElapsed) });

  for (const concurrency of CONCURRENCY.filter((level) => level > 1)) {
    const total = Math.max(QUERIES.length * 2, concurrency * REQUESTS_PER_WORKER);
    results.set(concurrency, {
      raw: await runConcurrently(concurrency, total, (index) => raw[index % raw.length]!()),
      graphql: await runConcurrently(concurrency, total, (index) => viaGraphql[index % viaGraphql.length]!()),
    });
  }
  return {
    levels: results,
    perQuery: perQuery.map((samples) => ({
      raw: summarise(samples.raw, 1),
      graphql: summarise(samples.graphql, 1),
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

function printTable(
  { levels: queries, perQuery }: Awaited<ReturnType<typeof measureQueries>>,
  publish: Summary,
  times: { seeding: number; reindex: number },
  recording: { figures: RecordingFigures; cost: RecorderCost } | null,
) {
  const one = queries.get(1)!;
  const ratio = one.graphql.p95 / one.raw.p95;
  const row = (label: string, summary: Summary) =>
    `  ${label.padEnd(26)} p50 ${ms(summary.p50).padStart(9)}  p95 ${ms(summary.p95).padStart(9)}  p99 ${ms(summary.p99).padStart(9)}  ${perSecond(summary.throughput).padStart(6)}  (n=${summary.count})`;
  log("");
  log(`Search benchmark: ${values.scale} resources, seed ${values.seed}, ${QUERIES.length} queries`);
  log(`  load average at the end: ${load()} (2 cores shared with other work)`);
  log(`  seeding (PostgreSQL):     ${(times.seeding / 1000).toFixed(1)} s`);
  log(`  reindex (npm run reindex): ${(times.reindex / 1000).toFixed(1)} s   target < 120 s`);
  for (const concurrency of CONCURRENCY) {
    const figures = queries.get(concurrency)!;
    log(`concurrency ${concurrency}:`);
    log(row("Meilisearch (raw)", figures.raw));
    log(row("GraphQL search (HTTP)", figures.graphql));
  }
  log("per query at concurrency 1 (p50, Meilisearch / GraphQL):");
  QUERIES.forEach((query, index) => {
    const { raw, graphql } = perQuery[index]!;
    log(`  ${query.name.padEnd(16)} ${ms(raw.p50).padStart(9)} / ${ms(graphql.p50).padStart(9)}`);
  });
  log(`GraphQL/raw p95 at concurrency 1: ${ratio.toFixed(2)}x   target <= 1.5x`);
  log(`GraphQL p95 at concurrency 1: ${ms(one.graphql.p95)}   target < 30 ms`);
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

  const api = await startApi(env);
  onShutdown(api.stop);
  const gql = graphql(api.url);
  // A site admin, to publish in any network.
  const token = await signInAsAdmin(env, gql);
  // The API's own client, so raw and GraphQL searches reach Meilisearch the same way.
  const meili = createMeilisearch(services.meiliUrl, services.meiliMasterKey);

  log(`measuring ${QUERIES.length} queries, ${rounds} rounds at concurrency 1, then 4 and 16 (load ${load()})`);
  const queries = await measureQueries(meili, gql, rounds);
  log(`measuring publish-to-searchable, ${samples} samples`);
  const publish = await measurePublishToSearchable(gql, token, `synthetic-${seed}-english`, samples);

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

  printTable(queries, publish, { seeding: seedingMs, reindex: reindexMs }, recording);
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
