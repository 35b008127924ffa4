import type { Readable } from "node:stream";

/** A stored blob: its SHA-256 (lower-case hex), which is also its address, and its length in bytes. */
export interface StoredBlob {
  sha256: string;
  size: number;
}

/** Inclusive byte range, as HTTP Range requests give it. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The stream was longer than the limit; nothing was kept. */
export class FileTooLargeError extends Error {
  override readonly name = "FileTooLargeError";

  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${maxBytes} bytes.`);
  }
}

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/**
 * Where file contents live, addressed by their SHA-256, so the same content
 * is kept once however many attachments use it. Rows in PostgreSQL say which
 * attachment uses which blob; a store knows nothing of attachments.
 */
export interface FileStorage {
  /**
   * Stores a stream. Nothing becomes visible unless the whole stream arrives
   * within `maxBytes`: a stream that errors or runs over leaves nothing behind
   * (over the limit rejects with {@link FileTooLargeError}).
   */
  put(stream: Readable, options: { maxBytes: number }): Promise<StoredBlob>;
  /** The blob's bytes, or the inclusive range of them. */
  get(sha256: string, range?: ByteRange): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  /** Removes the blob; removing one that is not there is not an error. */
  delete(sha256: string): Promise<void>;
}
