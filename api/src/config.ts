import { z } from "zod";
import { resolve } from "node:path";

/** The repository root (this file is api/src/config.ts, or api/dist/config.js once built). */
const REPO_ROOT = resolve(import.meta.dirname, "..", "..");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /**
   * API worker processes sharing the one port (node's cluster module), so
   * the API can use more than one core. 1 runs the API in this process alone.
   */
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  DATABASE_URL: z
    .string({
      required_error: "is not set: run the API through `npm start` or `npm run dev`, or point it at PostgreSQL",
    })
    .url()
    .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgres:// or postgresql://"),
  MEILI_URL: z
    .string({
      required_error: "is not set: run the API through `npm start` or `npm run dev`, or point it at Meilisearch",
    })
    .url(),
  MEILI_MASTER_KEY: z.string().default(""),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, "may hold only lower-case letters, digits and underscores")
    .default(""),
  /**
   * Which proxies' X-Forwarded-For to believe (Express "trust proxy"): the
   * client address drives the sign-in and account email rate limits, so only trusted hops count.
   * Default: the web app on the same machine.
   */
  TRUST_PROXY: z.string().default("loopback"),
  /**
   * Account emails (sign-up confirmations, password resets) one client
   * address may ask for in an hour, to any recipients: with the limit per
   * recipient, this stops one client mailing address after address.
   */
  ACCOUNT_MAIL_PER_CLIENT_PER_HOUR: z.coerce.number().int().min(1).default(20),
  /** Public address of the website, for links in emails (invitations). */
  PUBLIC_WEB_URL: z.string().url().default("http://localhost:3000"),
  /** Where the development mailer writes messages instead of sending them. */
  MAIL_OUTBOX_DIR: z.string().default(resolve(REPO_ROOT, ".data", "mail-outbox")),
  /**
   * Run the search indexer inside the API process. Turn off where indexing
   * runs as separate `npm run indexer` processes.
   */
  INDEXER_IN_API: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((value) => value === "true" || value === "1"),
  /**
   * Record searches for search demand (no identity: see modules/insight).
   * Off, searches are not recorded and `searchRef` is null; the benchmark
   * compares the two.
   */
  SEARCH_RECORDING: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((value) => value === "true" || value === "1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Where the local-disk file store keeps attachments, content-addressed by SHA-256. */
  FILES_DIR: z.string().default(resolve(REPO_ROOT, ".data", "files")),
  /** The largest attachment accepted, in bytes (refused with 413 while it streams in). */
  FILE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1)
    .default(50 * 1024 * 1024),
  /**
   * Signs upload URLs (HMAC-SHA256). Every API replica needs the same value;
   * without one, a development process makes its own at start.
   */
  FILE_URL_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** How long a signed upload URL stays valid, in seconds. */
  FILE_UPLOAD_URL_TTL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
  /** How long text extraction may run on one file before it is stopped and flagged FAILED, in milliseconds. */
  FILE_EXTRACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
});

const checked = schema.superRefine((config, context) => {
  if (config.NODE_ENV === "production" && !config.FILE_URL_SECRET) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ["FILE_URL_SECRET"],
      message: "is not set: production needs one secret shared by every API process (e.g. `openssl rand -hex 32`)",
    });
  }
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the environment once; throws a ConfigError naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = checked.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`);
  throw new ConfigError(`The API cannot start; fix these environment variables:\n${problems.join("\n")}`);
}
