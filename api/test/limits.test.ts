import { beforeAll, describe, expect, it } from "vitest";
import { QUERY_LIMITS } from "../src/graphql/limits.js";
import { startTestApi, type GraphQLResponse, type TestApi } from "./harness.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});

const NESTED_PAGES = `query($n: Int!) {
  networks(first: $n) { nodes { children(first: $n) { nodes { schools(first: $n) { nodes { name } } } } } }
}`;

/** `count` copies of a selection, each under its own alias. */
const aliased = (count: number, selection: string) =>
  Array.from({ length: count }, (_, index) => `a${index}: ${selection}`).join("\n");

const refusal = (result: GraphQLResponse) => {
  expect(result.data).toBeUndefined();
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
};

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

describe("query shape limits", () => {
  it("takes as many aliases as the limit and refuses one more, saying both figures", async () => {
    const { maxAliases } = QUERY_LIMITS;
    const atLimit = await api.gql(`{ ${aliased(maxAliases, `resource(slug: "nope") { title }`)} }`);
    expect(atLimit.errors).toBeUndefined();
    expect(Object.keys(atLimit.data!)).toHaveLength(maxAliases);

    const error = refusal(await api.gql(`{ ${aliased(maxAliases + 1, `resource(slug: "nope") { title }`)} }`));
    expect(error.extensions).toEqual({
      code: "QUERY_TOO_COMPLEX",
      limit: "aliases",
      aliases: maxAliases + 1,
      maxAliases,
    });
    expect(error.message).toContain(`renames ${maxAliases + 1} fields with aliases; the limit is ${maxAliases}`);
  });

  it("counts the aliases inside every spread of a fragment", async () => {
    const half = Math.ceil((QUERY_LIMITS.maxAliases + 1) / 2);
    const error = refusal(
      await api.gql(`{ network(slug: "nope") { ...Copies } other: network(slug: "x") { ...Copies } }
        fragment Copies on Network { ${aliased(half, "name")} }`),
    );
    expect(error.extensions).toMatchObject({ limit: "aliases", aliases: 2 * half + 1 });
  });

  it("takes as many directives as the limit and refuses one more", async () => {
    const { maxDirectives } = QUERY_LIMITS;
    const directives = (count: number) => `{ ${"__typename @include(if: true) ".repeat(count)}}`;
    expect((await api.gql(directives(maxDirectives))).errors).toBeUndefined();
    const error = refusal(await api.gql(directives(maxDirectives + 1)));
    expect(error.extensions).toEqual({
      code: "QUERY_TOO_COMPLEX",
      limit: "directives",
      directives: maxDirectives + 1,
      maxDirectives,
    });
  });

  it("takes a document of exactly the token limit and refuses one token more, while parsing", async () => {
    const { maxTokens } = QUERY_LIMITS;
    // `aN : nodes ( ids : [ ...ids ] ) { id }` is 12 tokens and its ids: with the outer `{ }`,
    // 17 lookups of 100 ids and one of 82 are 2,000.
    expect(maxTokens).toBe(2 + 17 * 112 + 94);
    const lookup = (index: number, ids: number) => `a${index}: nodes(ids: [${'"x" '.repeat(ids)}]) { id }`;
    const lookups = [...Array.from({ length: 17 }, (_, index) => lookup(index, 100)), lookup(17, 82)];
    const atLimit = await api.gql(`{ ${lookups.join(" ")} }`);
    expect(atLimit.errors).toBeUndefined();
    expect(atLimit.data!.a0).toHaveLength(100);
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ ${lookups.join(" ")} __typename }` }),
    });
    expect(response.status).toBe(400);
    const error = refusal((await response.json()) as GraphQLResponse);
    expect(error.extensions).toEqual({ code: "QUERY_TOO_COMPLEX", limit: "tokens", maxTokens });
    expect(error.message).toContain(`more than ${maxTokens} tokens`);
  });

  it("refuses 1,000 aliased searches before any search runs", async () => {
    const error = refusal(await api.gql(`{ ${aliased(1000, `search(query: "x") { totalCount }`)} }`));
    expect(error.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    // Short enough for the token limit, the alias limit still refuses them.
    const fewer = refusal(await api.gql(`{ ${aliased(QUERY_LIMITS.maxAliases + 1, "search { totalCount }")} }`));
    expect(fewer.extensions).toMatchObject({ limit: "aliases", aliases: QUERY_LIMITS.maxAliases + 1 });
  });

  it("prices a search above a plain list: one search tips a query at the edge of the cost limit over it", async () => {
    // 1 + 100 × (1 + 1 + 98 × 5) = 49,201, just under the limit.
    const nearLimit = `networks(first: 100) { nodes { children(first: 98) { nodes { id name slug kind description } } } }`;
    expect((await api.gql(`{ ${nearLimit} resources(first: 1) { totalCount } }`)).errors).toBeUndefined();
    const error = refusal(await api.gql(`{ ${nearLimit} search(query: "x", first: 1) { totalCount } }`));
    expect(error.extensions).toMatchObject({ limit: "cost", maxCost: QUERY_LIMITS.maxCost });
    expect(error.extensions?.cost).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it("does not let a page size the resolver would refuse make the rest of a query look cheap", async () => {
    // A network that does not exist never runs `schools`, so its `first` is never validated.
    const negative = `never: network(slug: "nope") { schools(first: -2000000000) { nodes { name } } }`;
    const million = `networks(first: 100) { nodes { children(first: 100) { nodes { schools(first: 100) { nodes { name } } } } } }`;
    const error = refusal(await api.gql(`{ ${negative} ${million} }`));
    expect(error.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "cost" });
    for (const first of [-1, 0, 101, 2_000_000_000]) {
      const asVariable = refusal(await api.gql(NESTED_PAGES, { n: first }));
      expect(asVariable.extensions).toMatchObject({ limit: "cost", maxCost: QUERY_LIMITS.maxCost });
    }
  });

  it("prices a page size left to a variable's default", async () => {
    const withDefault = NESTED_PAGES.replace("$n: Int!", "$n: Int! = 100");
    expect(refusal(await api.gql(withDefault)).extensions).toMatchObject({ limit: "cost" });
  });
});
