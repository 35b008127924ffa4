import { Worker } from "node:worker_threads";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "../../../logger.js";
import { Attachment, EXTRACTED_TEXT_MAX_CHARS, ExtractionStatus } from "../attachment.entity.js";
import type { FileStorage } from "../storage/index.js";
import { WITHOUT_TEXT } from "../file-type.js";
import { releaseBlob } from "../blobs.js";
import { THUMBNAIL_MAX_BYTES, THUMBNAIL_TYPES } from "./thumbnail.js";
import type { WorkerAnswer, WorkerJob } from "./worker-protocol.js";

/** The compiled worker beside this module (api/dist); tests pass one built from the TypeScript source. */
export const DEFAULT_EXTRACTION_WORKER = new URL("./extraction.worker.js", import.meta.url);

/** Runs one job in a fresh worker thread, ending it when the time is up. */
function runInWorker(workerUrl: URL, job: WorkerJob, timeoutMs: number): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: job,
      // A hostile file may allocate without end: the worker dies, not the API.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
      stdout: true,
      stderr: true,
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`Reading the file took longer than ${timeoutMs / 1000} s and was stopped.`));
    }, timeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      settle();
      void worker.terminate();
    };
    worker.once("message", (answer: WorkerAnswer) => finish(() => resolve(answer)));
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) => finish(() => reject(new Error(`The reader stopped unexpectedly (exit ${code}).`))));
  });
}

/** Removes NUL characters (PostgreSQL text cannot hold them) and trims. */
const storable = (text: string) => text.replaceAll("\u0000", "").trim();

/**
 * Reads the text out of attachments after upload and draws their thumbnails,
 * one file at a time (the API shares its cores), each in its own worker with
 * a time limit. The text is saved with its search outbox row, so the
 * resource's document picks it up; a failure is saved too, and the file stays
 * downloadable. The thumbnail goes to file storage beside the file.
 */
export class TextExtractor {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly storage: FileStorage,
    private readonly options: { workerUrl: URL; timeoutMs: number; logger: Logger },
  ) {}

  /** Queues an attachment; returns at once. */
  schedule(attachmentId: string): void {
    this.queue = this.queue.then(() =>
      this.run(attachmentId).catch((error: unknown) =>
        this.options.logger.error({ err: error, attachmentId }, "text extraction could not be recorded"),
      ),
    );
  }

  /** Queues every attachment still waiting (say, after a restart mid-extraction). */
  async resumePending(): Promise<void> {
    const pending = await this.orm.em
      .fork()
      .find(Attachment, { extractionStatus: ExtractionStatus.PENDING }, { fields: ["uuid"] });
    for (const attachment of pending) this.schedule(attachment.uuid);
  }

  /** Resolves once everything queued so far is done. */
  idle(): Promise<void> {
    return this.queue;
  }

  private async run(attachmentId: string): Promise<void> {
    const em = this.orm.em.fork();
    const attachment = await em.findOne(Attachment, { uuid: attachmentId });
    if (!attachment || attachment.extractionStatus !== ExtractionStatus.PENDING) return;
    const wantsText = !WITHOUT_TEXT.has(attachment.fileType);
    let answer: WorkerAnswer;
    try {
      const bytes = await buffer(await this.storage.get(attachment.sha256));
      answer = await runInWorker(
        this.options.workerUrl,
        {
          type: attachment.fileType,
          bytes: new Uint8Array(bytes),
          maxChars: EXTRACTED_TEXT_MAX_CHARS,
          text: wantsText,
          thumbnail: THUMBNAIL_TYPES.has(attachment.fileType),
        },
        this.options.timeoutMs,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      answer = { text: wantsText ? { ok: false, error: reason } : null, thumbnail: null };
      this.options.logger.warn({ attachmentId, reason }, "reading a file was stopped");
    }

    if (answer.thumbnail?.ok) {
      const blob = await this.storage.put(Readable.from([Buffer.from(answer.thumbnail.value)]), {
        maxBytes: THUMBNAIL_MAX_BYTES,
      });
      attachment.thumbnailSha256 = blob.sha256;
    } else if (answer.thumbnail) {
      this.options.logger.warn({ attachmentId, reason: answer.thumbnail.error }, "no thumbnail could be made");
    }
    if (!answer.text) {
      attachment.extractionStatus = ExtractionStatus.NOT_APPLICABLE;
    } else if (answer.text.ok) {
      attachment.extractedText = storable(answer.text.value);
      attachment.extractionStatus = ExtractionStatus.DONE;
      attachment.extractionError = null;
    } else {
      attachment.extractionStatus = ExtractionStatus.FAILED;
      attachment.extractionError = answer.text.error.slice(0, 500);
      this.options.logger.warn({ attachmentId, reason: attachment.extractionError }, "text extraction failed");
    }
    await em.flush();
    // Removed while it was being read: its thumbnail has no one to keep it.
    if (attachment.thumbnailSha256 && (await em.count(Attachment, { uuid: attachmentId })) === 0) {
      await releaseBlob(em, this.storage, attachment.thumbnailSha256);
    }
  }
}
