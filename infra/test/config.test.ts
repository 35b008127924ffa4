import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { readInfraConfig } from "../src/config.js";
import { startServices } from "../src/services.js";

describe("infra configuration", () => {
  it("names the variable at fault", () => {
    expect(() => readInfraConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must start with postgres:/);
    expect(() => readInfraConfig({ MEILI_URL: "not a url" })).toThrow(/MEILI_URL is not a valid URL/);
    expect(() => readInfraConfig({ EMBEDDED_POSTGRES_PORT: "99999" })).toThrow(/EMBEDDED_POSTGRES_PORT/);
    expect(() => readInfraConfig({ MEILI_MASTER_KEY: "k" })).toThrow(/MEILI_URL is not/);
    expect(() => readInfraConfig({ MEILI_MAX_INDEXING_MEMORY: "lots" })).toThrow(
      /MEILI_MAX_INDEXING_MEMORY must be a size/,
    );
    expect(() => readInfraConfig({ MEILI_MAX_INDEXING_MEMORY: "10 MiB" })).toThrow(/at least 64 MiB/);
    expect(() => readInfraConfig({ MEILI_MAX_INDEXING_MEMORY: "2 parsecs" })).toThrow(/MEILI_MAX_INDEXING_MEMORY/);
    expect(() => readInfraConfig({ MEILI_MAX_INDEXING_THREADS: "0" })).toThrow(/MEILI_MAX_INDEXING_THREADS must be/);
  });

  it("bounds the embedded Meilisearch's indexing from the machine unless told", () => {
    const machine = readInfraConfig({}).meiliIndexing;
    expect(machine.memoryBytes).toBeGreaterThanOrEqual(256 * 1024 ** 2);
    expect(machine.memoryBytes).toBeLessThanOrEqual(1024 ** 3);
    expect(machine.threads).toBe(availableParallelism());
    expect(
      readInfraConfig({ MEILI_MAX_INDEXING_MEMORY: "512 MiB", MEILI_MAX_INDEXING_THREADS: "1" }).meiliIndexing,
    ).toEqual({
      memoryBytes: 512 * 1024 ** 2,
      threads: 1,
    });
    expect(readInfraConfig({ MEILI_MAX_INDEXING_MEMORY: "2GB" }).meiliIndexing.memoryBytes).toBe(2e9);
  });

  it("uses the servers it is given instead of starting its own", async () => {
    const config = readInfraConfig({
      DATABASE_URL: "postgres://app:secret@db.internal:5432/hub",
      MEILI_URL: "https://search.internal",
      MEILI_MASTER_KEY: "key",
    });
    const services = await startServices({ config });
    expect(services).toMatchObject({
      databaseUrl: "postgres://app:secret@db.internal:5432/hub",
      meiliUrl: "https://search.internal",
      meiliMasterKey: "key",
      embedded: { postgres: false, meilisearch: false },
    });
    await services.stop();
  });
});
