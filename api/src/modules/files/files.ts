import { randomBytes } from "node:crypto";
import type { MikroORM } from "@mikro-orm/postgresql";
import type { Config } from "../../config.js";
import type { Logger } from "../../logger.js";
import { LocalDiskStorage, type FileStorage } from "./storage/index.js";
import { DEFAULT_EXTRACTION_WORKER, TextExtractor } from "./extraction/extractor.js";

export interface FileSettings {
  maxBytes: number;
  uploadUrlTtlSeconds: number;
  /** Signs upload URLs. */
  secret: string;
}

/** Everything the files module needs at run time, made once per process. */
export interface Files {
  storage: FileStorage;
  settings: FileSettings;
  extractor: TextExtractor;
}

/** The settings the files module reads. */
export type FilesConfig = Pick<
  Config,
  "FILES_DIR" | "FILE_MAX_BYTES" | "FILE_URL_SECRET" | "FILE_UPLOAD_URL_TTL_SECONDS" | "FILE_EXTRACTION_TIMEOUT_MS"
>;

export function createFiles(
  config: FilesConfig,
  orm: MikroORM,
  logger: Logger,
  options: { extractionWorker?: URL } = {},
): Files {
  const storage = new LocalDiskStorage(config.FILES_DIR);
  return {
    storage,
    settings: {
      maxBytes: config.FILE_MAX_BYTES,
      uploadUrlTtlSeconds: config.FILE_UPLOAD_URL_TTL_SECONDS,
      // Only outside production (the config refuses production without one): URLs then last until a restart.
      secret: config.FILE_URL_SECRET ?? randomBytes(32).toString("hex"),
    },
    extractor: new TextExtractor(orm, storage, {
      workerUrl: options.extractionWorker ?? DEFAULT_EXTRACTION_WORKER,
      timeoutMs: config.FILE_EXTRACTION_TIMEOUT_MS,
      logger,
    }),
  };
}
