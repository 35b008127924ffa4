/** Latency samples and throughput: what the benchmarks print. */

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
