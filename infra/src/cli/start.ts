#!/usr/bin/env node
/**
 * `npm start` (and `npm run dev` with --dev): the whole product on one
 * machine. Services on embedded defaults, migrations, the sector dataset when
 * the database is empty, then the API and the web app, and (unless NODE_ENV is
 * production) the demo accounts to sign in with. Ctrl-C stops everything.
 * The API, the web app or Meilisearch stopping unexpectedly is restarted with
 * backoff (supervise.ts); one that keeps failing, or PostgreSQL, stops all.
 */
import { join } from "node:path";
import { REPO_ROOT } from "../config.js";
import { pickPort } from "../ports.js";
import { startProduct } from "../product.js";
import { onShutdown, stopAll } from "../shutdown.js";
import { serviceEnv, startServices } from "../services.js";
import { RESTART_WITH_BACKOFF } from "../supervise.js";
import { runToCompletion } from "./run.js";

const dev = process.argv.includes("--dev");
const started = Date.now();
const say = (line: string) => console.log(`[start] ${line}`);

function readPortEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = raw ? Number(raw) : fallback;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`${name} must be a port number from 1 to 65535, not "${raw}".`);
  }
  return port;
}

try {
  const apiPort = await pickPort(readPortEnv("API_PORT", 4000));
  const webPort = await pickPort(readPortEnv("WEB_PORT", 3000));
  // A process that dies is restarted with backoff; one that keeps dying (or PostgreSQL) stops everything.
  const stopEverything = (name: string, reason: string) => {
    console.error(`[start] ${name} stopped unexpectedly (${reason}); stopping everything.`);
    void stopAll().finally(() => process.exit(1));
  };
  const services = await startServices({
    report: say,
    restart: RESTART_WITH_BACKOFF,
    onUnexpectedExit: stopEverything,
  });
  onShutdown(services.stop);
  const product = await startProduct({
    services,
    apiPort,
    webPort,
    dev,
    report: say,
    restart: RESTART_WITH_BACKOFF,
    onUnexpectedExit: stopEverything,
  });
  onShutdown(product.stop);
  console.log(`
  School Network Hub is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

    Library (web):   ${product.webUrl}
    GraphQL API:     ${product.apiUrl}/graphql

  Ctrl-C stops everything.
`);
  // On a development machine, say how to sign in as each role (accounts still on the demo password only).
  if (process.env.NODE_ENV !== "production") {
    await runToCompletion(process.execPath, [join(REPO_ROOT, "seeds/dist/cli.js"), "--demo-accounts"], {
      env: { ...process.env, ...serviceEnv(services) },
    }).catch((error: Error) => console.error(`[start] could not list the demo accounts: ${error.message}`));
  }
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  await stopAll();
  process.exit(1);
}
