import { createLogger, initOrm, SearchRecorder } from "@hub/api";
import { ms, summarise, timed, type Summary } from "./measure.js";

type Search = () => Promise<unknown>;

export interface RecordingFigures {
  on: Summary;
  off: Summary;
}

/** Unmeasured rounds first, so both APIs' code is compiled hot before either is timed. */
const WARM_ROUNDS = 10;

/**
 * What recording searches for search demand costs a search: the same
 * GraphQL searches sent to two APIs started together for this, one
 * recording them and one with SEARCH_RECORDING=false, on the same services,
 * alternating one by one (which goes first swaps every round) so both see
 * the same load, after the same warm-up.
 */
export async function measureRecording(on: Search[], off: Search[], rounds: number): Promise<RecordingFigures> {
  for (let round = 0; round < WARM_ROUNDS; round += 1) {
    for (let index = 0; index < on.length; index += 1) {
      await on[index]!();
      await off[index]!();
    }
  }
  const samples = { on: [] as number[], off: [] as number[] };
  const elapsed = { on: 0, off: 0 };
  for (let round = 0; round < rounds; round += 1) {
    for (let index = 0; index < on.length; index += 1) {
      const order = (round + index) % 2 === 0 ? (["on", "off"] as const) : (["off", "on"] as const);
      for (const side of order) {
        const took = await timed((side === "on" ? on : off)[index]!);
        samples[side].push(took);
        elapsed[side] += took;
      }
    }
  }
  return { on: summarise(samples.on, elapsed.on), off: summarise(samples.off, elapsed.off) };
}

export interface RecorderCost {
  /** What `search` spends recording one search, in microseconds. */
  recordMicroseconds: number;
  /** What writing 1,000 of them takes afterwards, off the searches' path, in milliseconds. */
  writeMsPerThousand: number;
}

/**
 * The recorder's own cost, timed in this process where the machine's other
 * work hardly moves it: `record` as `search` calls it (anonymous visitors,
 * each from another address, so none replaces another), then the batched
 * writes of all of them.
 */
export async function measureRecorderCost(databaseUrl: string, queries: string[], searches = 10_000) {
  const orm = await initOrm(databaseUrl);
  try {
    const recorder = new SearchRecorder(orm, createLogger("silent"), true);
    const recordMs = await timed(async () => {
      for (let index = 0; index < searches; index += 1) {
        recorder.record(
          { viewer: null, ip: `192.0.2.${index % 256}`, userAgent: `bench ${Math.floor(index / 256)}` },
          { query: queries[index % queries.length]!, kinds: null, filter: null, resultCount: 12 },
        );
      }
    });
    const writeMs = await timed(() => recorder.flush());
    await recorder.stop();
    return { recordMicroseconds: (recordMs * 1000) / searches, writeMsPerThousand: writeMs / (searches / 1000) };
  } finally {
    await orm.close();
  }
}

export function recordingLines({ on, off }: RecordingFigures, cost: RecorderCost): string[] {
  const row = (label: string, summary: Summary) =>
    `  ${label.padEnd(26)} p50 ${ms(summary.p50).padStart(9)}  p95 ${ms(summary.p95).padStart(9)}  (n=${summary.count})`;
  return [
    "search recording (GraphQL search at concurrency 1, side by side):",
    row("recording on", on),
    row("recording off", off),
    `  recording adds ${ms(on.p50 - off.p50)} to the p50   target < 1 ms`,
    `  in process: record() ${cost.recordMicroseconds.toFixed(1)} µs a search; writing ${ms(cost.writeMsPerThousand)} per 1,000 searches, in batches off the searches' path`,
  ];
}
