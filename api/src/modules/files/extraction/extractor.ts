import { Worker } from "node:worker_threads";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "../../../logger.js";
import { Attachment, EXTRACTED_TEXT_MAX_CHARS, ExtractionStatus } from "../attachment.entity.js";
import type { FileStorage } from "../storage/index.js";
import { WITHOUT_TEXT } from "../file-type.js";
import { releaseBlob } from "../blobs.js";
import { THUMBNAIL_MAX_BYTES, THUMBNAIL_TYPES } from "./thumbnail.js";
import type { WorkerAnswer, WorkerJob } from "./worker-protocol.js";
import { ExtractionJob } from "./extraction-job.entity.js";

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

/** Looked for even without a wake-up, so jobs saved by other processes (or left by one that stopped) are found. */
const POLL_INTERVAL_MS = 2_000;
const MAX_BACKOFF_MS = 60_000;
/** A file whose reading fails (storage or database, not the file itself) this often is marked FAILED. */
const MAX_ATTEMPTS = 5;

interface ClaimedJob {
  attachment_id: string;
  attempts: number;
}

/**
 * Reads the text out of attachments after upload and draws their thumbnails,
 * one file at a time (the API shares its cores), each in its own worker with
 * a time limit. The text is saved with its search outbox row, so the
 * resource's document picks it up; a failure is saved too, and the file stays
 * downloadable. The thumbnail goes to file storage beside the file.
 *
 * Works as the search indexer does: each pending file has an extraction job
 * row, claimed with `FOR UPDATE SKIP LOCKED` in a transaction that also saves
 * the result and deletes the job, so any number of API processes read each
 * file once, and a file whose process stopped mid-way is read by another. A
 * reading that cannot be saved is retried with a growing delay.
 */
export class TextExtractor {
  private running = false;
  /** Set by a wake-up that came while a pass was running, so the loop looks again before it sleeps. */
  private woken = false;
  private wakeUp: (() => void) | undefined;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly storage: FileStorage,
    private readonly options: { workerUrl: URL; timeoutMs: number; logger: Logger },
  ) {}

  /** Reads pending files until stopped: at once when woken, and at least every two seconds. */
  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Says a job was just saved (an upload), so this process looks now rather than at its next poll. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops after the file being read, if any. */
  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      this.woken = false;
      try {
        busy = await this.readNext();
      } catch (error) {
        this.options.logger.warn({ err: error }, "text extraction pass failed");
      }
      if (!busy && !this.woken && this.running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, POLL_INTERVAL_MS);
          this.wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeUp = undefined;
      }
    }
  }

  /** Claims one due job and reads its file; false when there was none. */
  async readNext(): Promise<boolean> {
    let claimed: ClaimedJob | undefined;
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        [claimed] = await em.execute<ClaimedJob[]>(
          `select attachment_id, attempts from extraction_job
            where next_attempt_at <= now() order by next_attempt_at limit 1 for update skip locked`,
        );
        if (!claimed) return false;
        await this.read(em, claimed.attachment_id);
        await em.nativeDelete(ExtractionJob, { attachmentId: claimed.attachment_id });
        return true;
      });
    } catch (error) {
      if (!claimed) throw error;
      await this.retryLater(claimed, error);
      return true;
    }
  }

  /** After a failed reading (its transaction rolled back): tries again later, or gives up and says so. */
  private async retryLater(job: ClaimedJob, error: unknown): Promise<void> {
    const em = this.orm.em.fork();
    const attempts = job.attempts + 1;
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (attempts >= MAX_ATTEMPTS) {
      await em.nativeUpdate(
        Attachment,
        { uuid: job.attachment_id, extractionStatus: ExtractionStatus.PENDING },
        { extractionStatus: ExtractionStatus.FAILED, extractionError: reason },
      );
      await em.nativeDelete(ExtractionJob, { attachmentId: job.attachment_id });
      this.options.logger.error({ attachmentId: job.attachment_id, attempts, err: error }, "text extraction gave up");
      return;
    }
    const delay = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** attempts);
    await em.nativeUpdate(
      ExtractionJob,
      { attachmentId: job.attachment_id },
      { attempts, lastError: reason, nextAttemptAt: new Date(Date.now() + delay) },
    );
    this.options.logger.warn(
      { attachmentId: job.attachment_id, attempts, retryInMs: delay, err: error },
      "text extraction failed; will retry",
    );
  }

  /** Reads one attachment's file and saves what came of it with `em` (the job's transaction). */
  private async read(em: EntityManager, attachmentId: string): Promise<void> {
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
    this.options.logger.info({ attachmentId, status: attachment.extractionStatus }, "file read");
    // Removed while it was being read: its thumbnail has no one to keep it.
    if (attachment.thumbnailSha256 && (await em.count(Attachment, { uuid: attachmentId })) === 0) {
      await releaseBlob(em, this.storage, attachment.thumbnailSha256);
    }
  }
}
