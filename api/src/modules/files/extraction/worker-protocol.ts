import type { FileType } from "../file-type.js";

/** What the extraction worker is given. */
export interface WorkerJob {
  type: `${FileType}`;
  bytes: Uint8Array;
  maxChars: number;
  /** Read the file's text. */
  text: boolean;
  /** Draw its thumbnail. */
  thumbnail: boolean;
}

/** One part of the work: done, failed with a reason, or not asked for (null). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string } | null;

/** What the extraction worker answers. */
export interface WorkerAnswer {
  text: Outcome<string>;
  thumbnail: Outcome<Uint8Array>;
}
