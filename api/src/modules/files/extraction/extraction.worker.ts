/**
 * Runs in a worker thread, so a file that takes pdf.js or mammoth into a
 * long loop or a large allocation can be stopped (terminated) without
 * touching the API's own thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { FileType } from "../file-type.js";
import { extractText } from "./extract-text.js";

interface Job {
  type: `${FileType}`;
  bytes: Uint8Array;
  maxChars: number;
}

const { type, bytes, maxChars } = workerData as Job;
extractText(type, bytes).then(
  (text) => parentPort!.postMessage({ ok: true, text: text.slice(0, maxChars) }),
  (error: unknown) =>
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
);
