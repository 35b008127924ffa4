import "reflect-metadata";
import cluster from "node:cluster";
import { ConfigError, readConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { startApi } from "./server.js";
import { runWorkers } from "./workers.js";

/** One whole API in this process, stopped gracefully on SIGINT or SIGTERM. */
async function serve(config: Config): Promise<void> {
  const api = await startApi(config);
  api.logger.info({ url: `${api.url}/graphql`, pid: process.pid }, "API ready");
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      api.logger.info({ signal }, "stopping");
      void api.stop().finally(() => process.exit(0));
    });
  }
}

try {
  const config = readConfig();
  if (config.API_WORKERS > 1 && cluster.isPrimary) await runWorkers(config, createLogger(config.LOG_LEVEL));
  else await serve(config);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
