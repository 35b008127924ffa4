import type { TestProject } from "vitest/node";
import { mkdirSync, openSync, rmSync } from "node:fs";
import { join } from "node:path";
import { freePort, readInfraConfig, serviceEnv, startProduct, startServices, REPO_ROOT } from "@hub/infra";
import { createFixtures } from "./fixtures.js";

/** Small sitemap files, so the tests see the sitemap split into several files as it would past 50,000. */
export const SITEMAP_URLS_PER_FILE = 5;
/** A small upload limit (1 MB), so a test can send a file over it. */
export const FILE_MAX_BYTES = 1024 * 1024;
/** Short pages of search results, so the tests page through them with the sample data. */
export const SEARCH_RESULTS_PER_PAGE = 6;

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
    /** Where the API writes the messages it sends (one .eml file each), emptied for every run. */
    mailOutboxDir: string;
    /** The product's database, for a test that runs a second API and web app on it. */
    databaseUrl: string;
  }
}

/**
 * The product exactly as `npm start` runs it (built API and web app, real
 * PostgreSQL and Meilisearch, the sector dataset), on free ports and in a data
 * folder of its own that is wiped for every run, plus the fixtures the
 * browser tests browse, created through the API.
 */
export default async function setup(project: TestProject) {
  const resultsDir = join(import.meta.dirname, "..", "test-results");
  mkdirSync(resultsDir, { recursive: true });
  const log = openSync(join(resultsDir, "product.log"), "w");
  const dataDir = join(REPO_ROOT, ".data", "test-web");
  // Each run has a new database but would reuse the search indexes: documents left by an earlier
  // run would be counted in totals and facets and then found missing. Start them empty.
  rmSync(join(dataDir, "meilisearch"), { recursive: true, force: true });
  const config = readInfraConfig({
    ...process.env,
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: "0",
    EMBEDDED_MEILI_PORT: "0",
  });
  // startProduct passes this process's environment on to the web app.
  process.env["SITEMAP_URLS_PER_FILE"] = String(SITEMAP_URLS_PER_FILE);
  process.env["SEARCH_RESULTS_PER_PAGE"] = String(SEARCH_RESULTS_PER_PAGE);
  process.env["FILE_MAX_BYTES"] = String(FILE_MAX_BYTES);
  // Every visitor in these tests comes from this machine, and together they sign up and reset
  // passwords more often than one client address may in production.
  process.env["ACCOUNT_MAIL_PER_CLIENT_PER_HOUR"] = "1000";
  process.env["FILES_DIR"] = join(REPO_ROOT, ".data", "test-web", "files");
  const mailOutboxDir = join(dataDir, "mail-outbox");
  rmSync(mailOutboxDir, { recursive: true, force: true });
  process.env["MAIL_OUTBOX_DIR"] = mailOutboxDir;
  const services = await startServices({ config, disposable: true, databaseName: `web_${Date.now()}` });
  try {
    const product = await startProduct({
      services,
      apiPort: await freePort(),
      webPort: await freePort(),
      stdio: ["ignore", log, log],
    });
    try {
      await createFixtures(`${product.apiUrl}/graphql`, { ...process.env, ...serviceEnv(services) }, REPO_ROOT);
    } catch (error) {
      await product.stop();
      throw error;
    }
    project.provide("webUrl", product.webUrl);
    project.provide("apiUrl", product.apiUrl);
    project.provide("mailOutboxDir", mailOutboxDir);
    project.provide("databaseUrl", services.databaseUrl);
    return async () => {
      await product.stop();
      await services.stop();
    };
  } catch (error) {
    await services.stop();
    throw new Error(`${(error as Error).message}; see web/test-results/product.log`);
  }
}
