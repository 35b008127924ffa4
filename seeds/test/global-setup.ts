import type { TestProject } from "vitest/node";
import { join } from "node:path";
import { readInfraConfig, startServices, REPO_ROOT } from "@hub/infra";

declare module "vitest" {
  export interface ProvidedContext {
    services: { serverUrl: string; meiliUrl: string; meiliMasterKey: string };
  }
}

/** Real PostgreSQL and Meilisearch for the run, through infra as `npm start` does; each test makes its own database. */
export default async function setup(project: TestProject) {
  const config = readInfraConfig({
    ...process.env,
    DATA_DIR: process.env.TEST_DATA_DIR ?? join(REPO_ROOT, ".data", "test-seeds"),
    EMBEDDED_POSTGRES_PORT: "0",
    EMBEDDED_MEILI_PORT: "0",
  });
  const services = await startServices({ config, disposable: true, databaseName: "postgres" });
  project.provide("services", {
    serverUrl: services.serverUrl,
    meiliUrl: services.meiliUrl,
    meiliMasterKey: services.meiliMasterKey,
  });
  return () => services.stop();
}
