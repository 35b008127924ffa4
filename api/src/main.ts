import "reflect-metadata";
import { ConfigError, readConfig } from "./config.js";
import { startApi } from "./server.js";

try {
  const config = readConfig();
  const api = await startApi(config);
  api.logger.info({ url: `${api.url}/graphql` }, "API ready");
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      api.logger.info({ signal }, "stopping");
      void api.stop().finally(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
