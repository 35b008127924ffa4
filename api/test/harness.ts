import { inject, afterAll } from "vitest";
import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase } from "@hub/infra";
import type { MikroORM } from "@mikro-orm/postgresql";
import { readConfig, type Config } from "../src/config.js";
import { startApi, type RunningApi } from "../src/server.js";
import { createLogger } from "../src/logger.js";
import { initOrm } from "../src/db/orm.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; [key: string]: unknown };
  }[];
}

export interface TestApi {
  url: string;
  config: Config;
  /** A second ORM on the same database, for arranging data and checking what was stored. */
  orm: MikroORM;
  /** Posts a GraphQL operation over HTTP, as any client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
}

/**
 * Starts the real API for one test file: its own freshly migrated database
 * and its own Meilisearch index prefix, torn down after the file's tests.
 */
export async function startTestApi(): Promise<TestApi> {
  const services = inject("services");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const databaseUrl = await ensureDatabase(services.serverUrl, name);
  const config = readConfig({
    NODE_ENV: "test",
    PORT: "0",
    DATABASE_URL: databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    MEILI_INDEX_PREFIX: `${name}_`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
  });
  // Registered before starting, so a failed start still drops the database.
  const started: { api?: RunningApi; orm?: MikroORM } = {};
  afterAll(async () => {
    await started.orm?.close();
    await started.api?.stop();
    await dropDatabase(services.serverUrl, name);
  });
  started.api = await startApi(config, { logger: createLogger(config.LOG_LEVEL) });
  const orm = (started.orm = await initOrm(databaseUrl));
  const url = started.api.url;
  return {
    url,
    config,
    orm,
    async gql(query, variables, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as never;
    },
  };
}
