/** Latency samples and throughput: what the benchmarks print, and the clients they measure with. */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests a second over the whole run. */
  throughput: number;
}

/** The nearest-rank percentile of sorted samples (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: number[], elapsedMs: number): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: sorted.length / (elapsedMs / 1000),
  };
}

/** Milliseconds `work` takes, from a monotonic clock. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * Runs `total` calls of `work(i)` with `concurrency` of them in flight at
 * once, and returns each call's latency and the wall time of the whole run.
 */
export async function runConcurrently(
  concurrency: number,
  total: number,
  work: (index: number) => Promise<unknown>,
): Promise<Summary> {
  const samples: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const index = next++;
        samples.push(await timed(() => work(index)));
      }
    }),
  );
  return summarise(samples, performance.now() - started);
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const perSecond = (value: number) => `${value.toFixed(0)}/s`;

/** The 1, 5 and 15 minute load averages: the machine is shared, so each benchmark prints them. */
export const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

/** A GraphQL client for the running API; throws on any error in the answer. */
export function graphqlClient(url: string) {
  return async <T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL: ${body.errors?.map((error) => error.message).join("; ") ?? response.status}`);
    }
    return body.data;
  };
}
export type GraphQL = ReturnType<typeof graphqlClient>;

/** A command-line option that must be a whole number from 1: exits with the usage when it is not. */
export function wholeNumberArg(name: string, raw: string, usage: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number from 1, not "${raw}".\n${usage}`);
    process.exit(2);
  }
  return value;
}

/** A process's resident memory and, of that, what is anonymous (heap, not mapped files), in bytes. */
export interface ProcessMemory {
  rss: number;
  anonymous: number;
}

/** Reads /proc/<pid>/smaps_rollup (Linux): RSS counts the pages of mapped files too, Anonymous does not. */
export function processMemory(pid: number): ProcessMemory {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(rollup)?.[1] ?? NaN);
  return { rss: kilobytes("Rss") * 1024, anonymous: kilobytes("Anonymous") * 1024 };
}

export const mebibytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
