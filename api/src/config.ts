import { z } from "zod";
import { resolve } from "node:path";

/** The repository root (this file is api/src/config.ts, or api/dist/config.js once built). */
const REPO_ROOT = resolve(import.meta.dirname, "..", "..");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
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
   * client address drives sign-in rate limits, so only trusted hops count.
   * Default: the web app on the same machine.
   */
  TRUST_PROXY: z.string().default("loopback"),
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
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads the environment once; throws a ConfigError naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")} ${issue.message}`);
  throw new ConfigError(`The API cannot start; fix these environment variables:\n${problems.join("\n")}`);
}
