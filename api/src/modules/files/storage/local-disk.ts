import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { access, mkdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { FileTooLargeError, SHA256_PATTERN, type ByteRange, type FileStorage, type StoredBlob } from "./storage.js";

/**
 * Blobs on local disk under `<root>/ab/cd/<sha256>`. A stream is written to
 * `<root>/tmp/` while it is hashed and counted, then renamed into place:
 * rename is atomic on one file system, so a reader never sees half a blob and
 * an interrupted upload leaves only a temporary file, which is removed.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string): string {
    if (!SHA256_PATTERN.test(sha256)) throw new Error(`not a SHA-256 address: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(stream: Readable, { maxBytes }: { maxBytes: number }): Promise<StoredBlob> {
    const tmpDir = join(this.root, "tmp");
    await mkdir(tmpDir, { recursive: true });
    const tmpPath = join(tmpDir, `${Date.now()}-${randomBytes(8).toString("hex")}`);
    const hash = createHash("sha256");
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) {
          done(new FileTooLargeError(maxBytes));
          return;
        }
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, meter, createWriteStream(tmpPath, { flags: "wx" }));
    } catch (error) {
      await rm(tmpPath, { force: true });
      throw error;
    }
    const sha256 = hash.digest("hex");
    const finalPath = this.pathOf(sha256);
    if (await this.has(sha256)) {
      await rm(tmpPath, { force: true });
    } else {
      await mkdir(join(finalPath, ".."), { recursive: true });
      await rename(tmpPath, finalPath);
    }
    return { sha256, size };
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable> {
    const path = this.pathOf(sha256);
    const stream = createReadStream(path, range ? { start: range.start, end: range.end } : {});
    // Surface "not found" here rather than as a stream error mid-response.
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", reject);
    });
    return stream;
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await access(this.pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  async delete(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }
}
