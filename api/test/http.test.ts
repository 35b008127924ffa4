import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GRAPHQL_BODY_LIMIT_BYTES } from "../src/http/graphql-body.js";
import { startTestApi, type GraphQLResponse, type TestApi } from "./harness.js";

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

  /** Posts a raw body to /graphql; the status and the decoded answer (which must be JSON). */
  const postRaw = async (body: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  };

  it("answers a body that is not JSON, or not an object, with 400 in the GraphQL error shape", async () => {
    const broken = await postRaw(`{"query": "{ __typename }"`);
    expect(broken.status).toBe(400);
    expect(broken.body.errors).toEqual([
      { message: expect.stringMatching(/^The request body is not valid JSON/), extensions: { code: "BAD_REQUEST" } },
    ]);
    for (const [json, kind] of [
      [`"{ __typename }"`, "string"],
      ["42", "number"],
      ["null", "null"],
      ["true", "boolean"],
    ]) {
      const notObject = await postRaw(json!);
      expect(notObject.status).toBe(400);
      expect(notObject.body.errors).toEqual([
        {
          message: expect.stringContaining(`must be a JSON object (a GraphQL request), not ${kind}`),
          extensions: { code: "BAD_REQUEST" },
        },
      ]);
    }
    // An array is a batch, which this API does not take (Apollo's own answer).
    const batch = await postRaw(`[{"query": "{ __typename }"}]`);
    expect(batch.status).toBe(400);
    expect(batch.body.errors).toEqual([
      { message: "Operation batching disabled.", extensions: { code: "BAD_REQUEST" } },
    ]);
  });

  it("answers a body over the limit with 413 saying the limit", async () => {
    const oversized = await postRaw(
      JSON.stringify({ query: `{ __typename }`, padding: "x".repeat(GRAPHQL_BODY_LIMIT_BYTES) }),
    );
    expect(oversized.status).toBe(413);
    expect(oversized.body.errors).toEqual([
      {
        message: "The request body is larger than the limit of 1 MB.",
        extensions: { code: "BAD_REQUEST", maxBytes: GRAPHQL_BODY_LIMIT_BYTES },
      },
    ]);
    expect(await api.gql(`{ __typename }`)).toEqual({ data: { __typename: "Query" } });
  });

  it("answers persisted queries as Apollo's protocol says, never as an internal error", async () => {
    const persisted = (sha256Hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash } });
    const unknown = await postRaw(JSON.stringify({ extensions: persisted("ab".repeat(32)) }));
    expect(unknown.body.errors).toEqual([
      { message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } },
    ]);
    // A client that sends the text with a hash that is not the text's has a bug to fix.
    const mismatched = await postRaw(
      JSON.stringify({ query: "{ __typename }", extensions: persisted("ab".repeat(32)) }),
    );
    expect(mismatched).toEqual({
      status: 400,
      body: { errors: [{ message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } }] },
    });
    const version = await postRaw(JSON.stringify({ extensions: persisted("ab".repeat(32), 2) }));
    expect(version).toEqual({
      status: 400,
      body: { errors: [{ message: "Unsupported persisted query version", extensions: { code: "BAD_REQUEST" } }] },
    });
    // The protocol's round trip still works: register with the text, then send the hash alone.
    const query = "{ __typename }";
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    expect((await postRaw(JSON.stringify({ query, extensions: persisted(sha256Hash) }))).body.data).toEqual({
      __typename: "Query",
    });
    expect((await postRaw(JSON.stringify({ extensions: persisted(sha256Hash) }))).body.data).toEqual({
      __typename: "Query",
    });
  });
});
