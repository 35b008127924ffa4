import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});

describe("HTTP surface", () => {
  it("reports liveness and readiness with every dependency checked", async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      checks: { postgres: { ok: true }, migrations: { ok: true }, meilisearch: { ok: true } },
    });
  });

  it("echoes a caller's request id and makes one when none is given", async () => {
    const given = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": "web-1234abcd" } });
    expect(given.headers.get("x-request-id")).toBe("web-1234abcd");
    const made = await fetch(`${api.url}/healthz`, { headers: { "x-request-id": "bad id with spaces" } });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("explains malformed queries with a code instead of masking them", async () => {
    const result = await api.gql(`{ resources(first: 1) { nope } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(result.errors?.[0]?.message).toContain("nope");
  });
});
