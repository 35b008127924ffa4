import { beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../src/graphql/limits.js";
import { startTestApi, type TestApi } from "./harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});

const NESTED_PAGES = `query($n: Int!) {
  networks(first: $n) { nodes { children(first: $n) { nodes { schools(first: $n) { nodes { name } } } } } }
}`;

describe("query depth and cost limits", () => {
  it("refuses a query nested deeper than the limit, saying how deep it was", async () => {
    const depth = QUERY_LIMITS.maxDepth + 1;
    const query = `{ network(slug: "x") { ${"parent { ".repeat(depth)}name${" }".repeat(depth)} } }`;
    const result = await api.gql(query);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: "QUERY_TOO_COMPLEX",
      maxDepth: QUERY_LIMITS.maxDepth,
    });
    expect(result.errors?.[0]?.message).toMatch(/levels deep/);
  });

  it("prices pages by their size, including sizes given in variables", async () => {
    const small = await api.gql(NESTED_PAGES, { n: 10 });
    expect(small.errors).toBeUndefined();
    const huge = await api.gql(NESTED_PAGES, { n: 100 });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", maxCost: QUERY_LIMITS.maxCost });
    expect(huge.errors?.[0]?.message).toMatch(/smaller pages/);
  });

  it("leaves ordinary pages and introspection alone", async () => {
    expect((await api.gql(`{ resources(first: 100) { totalCount nodes { title summary } } }`)).errors).toBeUndefined();
    const introspection = await api.gql(
      `{ __schema { types { name fields { name type { name ofType { name } } } } } }`,
    );
    expect(introspection.errors).toBeUndefined();
  });
});
