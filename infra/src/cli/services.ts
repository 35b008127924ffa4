#!/usr/bin/env node
/**
 * `npm run services`: starts PostgreSQL and Meilisearch on embedded defaults
 * (or checks the ones configured) and keeps them up until Ctrl-C, printing
 * the variables another process needs to use them.
 */
import { onShutdown, stopAll } from "../shutdown.js";
import { startServices, serviceEnv } from "../services.js";
import { RESTART_WITH_BACKOFF } from "../supervise.js";

try {
  const services = await startServices({
    report: (line) => console.log(line),
    // As under `npm start`: Meilisearch is restarted with backoff; PostgreSQL, or one that keeps failing, stops both.
    restart: RESTART_WITH_BACKOFF,
    onUnexpectedExit: (name, reason) => {
      console.error(`[services] ${name} stopped unexpectedly (${reason}); stopping.`);
      void stopAll().finally(() => process.exit(1));
    },
  });
  onShutdown(services.stop);
  console.log("\nExport these to use the services from another shell:");
  for (const [name, value] of Object.entries(serviceEnv(services))) console.log(`  export ${name}='${value}'`);
  console.log("\nCtrl-C stops them.");
} catch (error) {
  console.error(`[services] ${(error as Error).message}`);
  process.exit(1);
}
