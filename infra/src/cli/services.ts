#!/usr/bin/env node
/**
 * `npm run services`: starts PostgreSQL and Meilisearch on embedded defaults
 * (or checks the ones configured) and keeps them up until Ctrl-C, printing
 * the variables another process needs to use them.
 */
import { onShutdown } from "../shutdown.js";
import { startServices, serviceEnv } from "../services.js";

try {
  const services = await startServices({ report: (line) => console.log(line) });
  onShutdown(services.stop);
  console.log("\nExport these to use the services from another shell:");
  for (const [name, value] of Object.entries(serviceEnv(services))) console.log(`  export ${name}='${value}'`);
  console.log("\nCtrl-C stops them.");
} catch (error) {
  console.error(`[services] ${(error as Error).message}`);
  process.exit(1);
}
