/**
 * Runs in a worker thread, so a file that takes pdf.js, mammoth or sharp
 * into a long loop or a large allocation can be stopped (terminated) without
 * touching the API's own thread. Reads the text and draws the thumbnail that
 * were asked for; each succeeds or fails on its own.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { FileType } from "../file-type.js";
import { extractText } from "./extract-text.js";
import { makeThumbnail } from "./thumbnail.js";
import type { WorkerAnswer, WorkerJob } from "./worker-protocol.js";

const { type, bytes, maxChars, text, thumbnail } = workerData as WorkerJob;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function attempt<T>(wanted: boolean, work: () => Promise<T>) {
  if (!wanted) return null;
  try {
    return { ok: true as const, value: await work() };
  } catch (error) {
    return { ok: false as const, error: message(error) };
  }
}

const answer: WorkerAnswer = {
  text: await attempt(text, async () => (await extractText(type as `${FileType}`, bytes)).slice(0, maxChars)),
  thumbnail: await attempt(thumbnail, () => makeThumbnail(type, bytes)),
};
parentPort!.postMessage(answer);
