import { resolve } from "node:path";

/** The repository root, two folders above this file once compiled (infra/dist/config.js). */
export const REPO_ROOT = resolve(import.meta.dirname, "..", "..");

export interface InfraConfig {
  databaseUrl?: string;
  meiliUrl?: string;
  meiliMasterKey?: string;
  meiliBinary?: string;
  dataDir: string;
  postgresPort: number;
  meiliPort: number;
  logServices: boolean;
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number from 0 to 65535 (0 picks any free port), not "${raw}".`);
  }
  return port;
}

function readUrl(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} is not a valid URL: "${raw}".`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new Error(`${name} must start with ${protocols.map((p) => `${p}//`).join(" or ")}, not "${url.protocol}//".`);
  }
  return raw;
}

/** Reads and checks the service settings once; throws a message naming the variable at fault. */
export function readInfraConfig(env: NodeJS.ProcessEnv = process.env): InfraConfig {
  const config: InfraConfig = {
    databaseUrl: readUrl(env, "DATABASE_URL", ["postgres:", "postgresql:"]),
    meiliUrl: readUrl(env, "MEILI_URL", ["http:", "https:"]),
    meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
    meiliBinary: env.MEILI_BINARY || undefined,
    dataDir: resolve(env.DATA_DIR || resolve(REPO_ROOT, ".data")),
    postgresPort: readPort(env, "EMBEDDED_POSTGRES_PORT", 5544),
    meiliPort: readPort(env, "EMBEDDED_MEILI_PORT", 7744),
    logServices: env.LOG_SERVICES === "1" || env.LOG_SERVICES === "true",
  };
  if (config.meiliMasterKey && !config.meiliUrl) {
    throw new Error("MEILI_MASTER_KEY is set but MEILI_URL is not: set both to use your own Meilisearch.");
  }
  return config;
}
