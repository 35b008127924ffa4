import type { TestProject } from "vitest/node";
import { join } from "node:path";
import { build } from "esbuild";
import { readInfraConfig, startServices, REPO_ROOT } from "@hub/infra";

declare module "vitest" {
  export interface ProvidedContext {
    services: { serverUrl: string; meiliUrl: string; meiliMasterKey: string };
    /** The text-extraction worker, compiled from source for this run. */
    extractionWorker: string;
  }
}

/**
 * One real PostgreSQL and one real Meilisearch for the whole run (started
 * through infra exactly as `npm start` does, in their own data folder and on
 * free ports); each test file then makes its own database and index prefix.
 */
export default async function setup(project: TestProject) {
  const config = readInfraConfig({
    ...process.env,
    DATA_DIR: process.env.TEST_DATA_DIR ?? join(REPO_ROOT, ".data", "test-api"),
    EMBEDDED_POSTGRES_PORT: "0",
    EMBEDDED_MEILI_PORT: "0",
  });
  const services = await startServices({ config, disposable: true, databaseName: "postgres" });
  project.provide("services", {
    serverUrl: services.serverUrl,
    meiliUrl: services.meiliUrl,
    meiliMasterKey: services.meiliMasterKey,
  });
  project.provide("extractionWorker", await buildExtractionWorker());
  return () => services.stop();
}

/**
 * Tests run the API from TypeScript source, but a worker thread runs plain
 * JavaScript: compile the extraction worker (no decorators, so esbuild is
 * fine) next to the sources' node_modules, so its packages resolve as in dist.
 */
async function buildExtractionWorker(): Promise<string> {
  const outfile = join(import.meta.dirname, "..", "node_modules", ".cache", "hub-test", "extraction.worker.js");
  await build({
    entryPoints: [join(import.meta.dirname, "..", "src", "modules", "files", "extraction", "extraction.worker.ts")],
    outfile,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
  return outfile;
}
