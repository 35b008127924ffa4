import { Worker } from "node:worker_threads";
import { buffer } from "node:stream/consumers";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Logger } from "../../../logger.js";
import { Attachment, EXTRACTED_TEXT_MAX_CHARS, ExtractionStatus } from "../attachment.entity.js";
import type { FileStorage } from "../storage/index.js";
import type { FileType } from "../file-type.js";

/** The compiled worker beside this module (api/dist); tests pass one built from the TypeScript source. */
export const DEFAULT_EXTRACTION_WORKER = new URL("./extraction.worker.js", import.meta.url);

type WorkerAnswer = { ok: true; text: string } | { ok: false; error: string };

/** Runs one extraction in a fresh worker thread, ending it when the time is up. */
function extractInWorker(workerUrl: URL, type: FileType, bytes: Uint8Array, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, {
      workerData: { type, bytes, maxChars: EXTRACTED_TEXT_MAX_CHARS },
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
    worker.once("message", (answer: WorkerAnswer) =>
      finish(() => (answer.ok ? resolve(answer.text) : reject(new Error(answer.error)))),
    );
    worker.once("error", (error) => finish(() => reject(error)));
    worker.once("exit", (code) => finish(() => reject(new Error(`The reader stopped unexpectedly (exit ${code}).`))));
  });
}

/** Removes NUL characters (PostgreSQL text cannot hold them) and trims. */
const storable = (text: string) => text.replaceAll("\u0000", "").trim();

/**
 * Reads the text out of attachments after upload, one at a time (the API
 * shares its cores), each in its own worker with a time limit. The result is
 * saved with its search outbox row, so the resource's document picks the text
 * up; a failure is saved too, and the file stays downloadable.
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
    try {
      const bytes = await buffer(await this.storage.get(attachment.sha256));
      const text = await extractInWorker(
        this.options.workerUrl,
        attachment.fileType,
        new Uint8Array(bytes),
        this.options.timeoutMs,
      );
      attachment.extractedText = storable(text);
      attachment.extractionStatus = ExtractionStatus.DONE;
      attachment.extractionError = null;
    } catch (error) {
      attachment.extractionStatus = ExtractionStatus.FAILED;
      attachment.extractionError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      this.options.logger.warn({ attachmentId, reason: attachment.extractionError }, "text extraction failed");
    }
    await em.flush();
  }
}
