import { availableParallelism, totalmem } from "node:os";
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
  meiliIndexing: MeiliIndexingLimits;
}

/** What the embedded Meilisearch may use for indexing. */
export interface MeiliIndexingLimits {
  memoryBytes: number;
  threads: number;
}

const MiB = 1024 ** 2;
const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: MiB, gib: 1024 ** 3 };

/**
 * Meilisearch on its own takes up to two thirds of the machine's memory for
 * indexing (16 GB on a 24 GB machine), which a hub of a few thousand
 * documents never needs and a small server cannot give. The embedded one gets
 * an eighth of the memory, from 256 MiB to 1 GiB, and every core: on 2 cores
 * all of them rebuilt 100,000 resources in 88 s instead of 140 s (`npm run
 * reindex`); searches still get their own threads.
 */
export function machineIndexingLimits(): MeiliIndexingLimits {
  return {
    memoryBytes: Math.min(1024 * MiB, Math.max(256 * MiB, Math.floor(totalmem() / 8 / MiB) * MiB)),
    threads: availableParallelism(),
  };
}

function readBytes(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(raw);
  const unit = UNITS[(match?.[2] || "b").toLowerCase()];
  const bytes = match && unit ? Math.floor(Number(match[1]) * unit) : NaN;
  if (!(bytes >= 64 * MiB)) {
    throw new Error(
      `${name} must be a size of at least 64 MiB, in bytes or with a unit (such as "512 MiB" or "2GB"), not "${raw}".`,
    );
  }
  return bytes;
}

function readCount(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const count = Number(raw);
  if (!Number.isSafeInteger(count) || count < 1)
    throw new Error(`${name} must be a whole number from 1, not "${raw}".`);
  return count;
}

/** The embedded Meilisearch's indexing limits: MEILI_MAX_INDEXING_MEMORY and MEILI_MAX_INDEXING_THREADS, else set from the machine. */
export function readMeiliIndexingLimits(env: NodeJS.ProcessEnv): MeiliIndexingLimits {
  const machine = machineIndexingLimits();
  return {
    memoryBytes: readBytes(env, "MEILI_MAX_INDEXING_MEMORY", machine.memoryBytes),
    threads: readCount(env, "MEILI_MAX_INDEXING_THREADS", machine.threads),
  };
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
    meiliIndexing: readMeiliIndexingLimits(env),
  };
  if (config.meiliMasterKey && !config.meiliUrl) {
    throw new Error("MEILI_MASTER_KEY is set but MEILI_URL is not: set both to use your own Meilisearch.");
  }
  return config;
}
