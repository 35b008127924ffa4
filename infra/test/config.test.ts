import { describe, expect, it } from "vitest";
import { readInfraConfig } from "../src/config.js";
import { startServices } from "../src/services.js";

describe("infra configuration", () => {
  it("names the variable at fault", () => {
    expect(() => readInfraConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must start with postgres:/);
    expect(() => readInfraConfig({ MEILI_URL: "not a url" })).toThrow(/MEILI_URL is not a valid URL/);
    expect(() => readInfraConfig({ EMBEDDED_POSTGRES_PORT: "99999" })).toThrow(/EMBEDDED_POSTGRES_PORT/);
    expect(() => readInfraConfig({ MEILI_MASTER_KEY: "k" })).toThrow(/MEILI_URL is not/);
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
