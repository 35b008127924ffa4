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
      searchLag: { pending: 0, retrying: 0, oldestSeconds: 0 },
    });
  });

  it("reports search lag without failing readiness when search is behind", async () => {
    await api.orm.em
      .getConnection()
      .execute(
        "insert into search_outbox (kind, entity_id, created_at, next_attempt_at, attempts) values ('resource', gen_random_uuid(), now() - interval '90 seconds', now() + interval '1 hour', 3)",
      );
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { searchLag: { pending: number; oldestSeconds: number } };
    expect(body.searchLag.pending).toBe(1);
    expect(body.searchLag.oldestSeconds).toBeGreaterThanOrEqual(90);
    const status = await api.gql(`{ searchStatus { pending retrying oldestPendingSeconds } }`);
    expect(status.data).toEqual({
      searchStatus: { pending: 1, retrying: 1, oldestPendingSeconds: expect.any(Number) },
    });
    await api.orm.em.getConnection().execute("delete from search_outbox");
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
