import type { TestProject } from "vitest/node";
import { openSync } from "node:fs";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { freePort, readInfraConfig, startProduct, startServices, REPO_ROOT } from "@hub/infra";

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
  }
}

/**
 * The product exactly as `npm start` runs it (built API and web app, real
 * PostgreSQL and Meilisearch, the sector dataset), on free ports and in a data
 * folder of its own that is wiped for every run.
 */
export default async function setup(project: TestProject) {
  const resultsDir = join(import.meta.dirname, "..", "test-results");
  mkdirSync(resultsDir, { recursive: true });
  const log = openSync(join(resultsDir, "product.log"), "w");
  const config = readInfraConfig({
    ...process.env,
    DATA_DIR: join(REPO_ROOT, ".data", "test-web"),
    EMBEDDED_POSTGRES_PORT: "0",
    EMBEDDED_MEILI_PORT: "0",
  });
  const services = await startServices({ config, disposable: true, databaseName: `web_${Date.now()}` });
  try {
    const product = await startProduct({
      services,
      apiPort: await freePort(),
      webPort: await freePort(),
      stdio: ["ignore", log, log],
    });
    project.provide("webUrl", product.webUrl);
    project.provide("apiUrl", product.apiUrl);
    return async () => {
      await product.stop();
      await services.stop();
    };
  } catch (error) {
    await services.stop();
    throw new Error(`${(error as Error).message}; see web/test-results/product.log`);
  }
}
