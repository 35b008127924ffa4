import { z } from "zod";

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
