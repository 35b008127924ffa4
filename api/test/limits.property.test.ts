import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE } from "../src/graphql/relay.js";
import { QUERY_LIMITS } from "../src/graphql/limits.js";
import { startTestApi, type GraphQLResponse, type TestApi } from "./harness.js";
import { makeAdmin, makeNetwork } from "./resource-fixtures.js";

/**
 * Generated documents over networks, their children, parents and schools, with
 * arbitrary page sizes (literal, in a variable, or a variable's default),
 * aliases and fragments spread anywhere. For each, the work it would do is
 * counted from the generated tree itself, with every list full and every
 * lookup found, and with the server's own reading of page sizes: a size the
 * resolver refuses returns nothing. No document the API accepts may do more
 * work than the cost limit, and no answer is an internal error.
 * A failure prints fast-check's seed; FC_SEED=<seed> replays it. It is not
 * shrunk (endOnFailure): every step of shrinking is a request, and takes minutes.
 */

type Page = { value: number; as: "literal" | "variable" | "default" } | null;
type RawSelection =
  | { name: "name" }
  | { name: "schools"; alias: boolean; page: Page }
  | { name: "children"; alias: boolean; page: Page; selections: RawSelection[] }
  | { name: "parent"; alias: boolean; selections: RawSelection[] }
  | { fragment: number };
type RawRoot =
  | { name: "networks"; alias: boolean; page: Page; selections: RawSelection[] }
  | { name: "network"; alias: boolean; found: boolean; selections: RawSelection[] };

const FRAGMENTS = 4;
const INT_32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

const page: fc.Arbitrary<Page> = fc.option(
  fc.record({
    // Mostly the edges (sizes a resolver refuses, and the largest it serves), then any valid size, then anything.
    value: fc.oneof(
      { arbitrary: fc.constantFrom(INT_32.min, -100_000, -1, 0, 100, 101, INT_32.max), weight: 4 },
      { arbitrary: fc.integer({ min: 1, max: MAX_PAGE_SIZE }), weight: 3 },
      { arbitrary: fc.integer(INT_32), weight: 1 },
    ),
    as: fc.constantFrom("literal", "variable", "default"),
  }),
);

const { selections } = fc.letrec<{ selections: RawSelection[]; selection: RawSelection }>((tie) => ({
  selections: fc.array(tie("selection"), { minLength: 1, maxLength: 4 }),
  selection: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    fc.constant({ name: "name" as const }),
    fc.record({ name: fc.constant("schools" as const), alias: fc.boolean(), page }),
    fc.record({ name: fc.constant("children" as const), alias: fc.boolean(), page, selections: tie("selections") }),
    fc.record({ name: fc.constant("parent" as const), alias: fc.boolean(), selections: tie("selections") }),
    fc.record({ fragment: fc.nat(FRAGMENTS - 1) }),
  ),
}));

const root: fc.Arbitrary<RawRoot> = fc.oneof(
  fc.record({ name: fc.constant("networks" as const), alias: fc.boolean(), page, selections }),
  fc.record({ name: fc.constant("network" as const), alias: fc.boolean(), found: fc.boolean(), selections }),
);

const documentShape = fc.record({
  roots: fc.array(root, { minLength: 1, maxLength: 4 }),
  fragments: fc.array(selections, { minLength: FRAGMENTS, maxLength: FRAGMENTS }),
});

/** The page a resolver serves for this argument: the default 20, the size asked, or nothing when it refuses it. */
const served = (given: Page) =>
  given === null
    ? 20
    : Number.isInteger(given.value) && given.value >= 1 && given.value <= MAX_PAGE_SIZE
      ? given.value
      : 0;

/**
 * Prints a generated shape as a GraphQL request and counts, from the same
 * tree, its aliases and the fields it would resolve. Fields that take
 * arguments get an alias where two of them would otherwise share a response
 * key (which validation refuses); inside fragments, always.
 */
function build(shape: { roots: RawRoot[]; fragments: RawSelection[][] }, foundSlug: string) {
  let names = 0;
  const variableDefinitions: string[] = [];
  const variables: Record<string, number> = {};
  const printedFragments = new Map<number, { text: string; work: number; aliases: number; depth: number }>();

  const argument = (given: Page, extra = "") => {
    if (given === null) return extra ? `(${extra})` : "";
    const separator = extra ? `${extra}, ` : "";
    if (given.as === "literal") return `(${separator}first: ${given.value})`;
    const name = `p${variableDefinitions.length}`;
    if (given.as === "variable") {
      variableDefinitions.push(`$${name}: Int!`);
      variables[name] = given.value;
    } else {
      variableDefinitions.push(`$${name}: Int! = ${given.value}`);
    }
    return `(${separator}first: $${name})`;
  };

  /** The printed selections of one network, with the work per network, the aliases in them and their depth. */
  const network = (raw: RawSelection[], inFragment: number | null) => {
    const keys = new Set<string>();
    let work = 0;
    let aliases = 0;
    let depth = 1;
    const parts: string[] = [];
    const aliasFor = (wanted: boolean, key: string) => {
      if (!wanted && inFragment === null && !keys.has(key)) {
        keys.add(key);
        return "";
      }
      aliases += 1;
      names += 1;
      return `a${names}: `;
    };
    for (const selection of raw) {
      if ("fragment" in selection) {
        // A fragment spreads only later ones, so there are no cycles.
        const target = inFragment === null ? selection.fragment : inFragment + 1 + selection.fragment;
        if (target >= FRAGMENTS) continue;
        const fragment = printFragment(target);
        parts.push(`...F${target}`);
        work += fragment.work;
        aliases += fragment.aliases;
        depth = Math.max(depth, fragment.depth);
      } else if (selection.name === "name") {
        parts.push("name");
        work += 1;
      } else if (selection.name === "schools") {
        parts.push(`${aliasFor(selection.alias, "schools")}schools${argument(selection.page)} { nodes { name } }`);
        work += 2 + served(selection.page);
        depth = Math.max(depth, 3);
      } else if (selection.name === "children") {
        const label = aliasFor(selection.alias, "children");
        const inner = network(selection.selections, inFragment);
        parts.push(`${label}children${argument(selection.page)} { nodes { ${inner.text} } }`);
        work += 2 + served(selection.page) * inner.work;
        aliases += inner.aliases;
        depth = Math.max(depth, 2 + inner.depth);
      } else {
        const label = aliasFor(selection.alias, "parent");
        const inner = network(selection.selections, inFragment);
        parts.push(`${label}parent { ${inner.text} }`);
        work += 1 + inner.work;
        aliases += inner.aliases;
        depth = Math.max(depth, 1 + inner.depth);
      }
    }
    // A selection set needs a field: every spread may have been dropped.
    if (parts.length === 0) {
      parts.push("name");
      work += 1;
    }
    return { text: parts.join(" "), work, aliases, depth };
  };

  function printFragment(index: number) {
    if (!printedFragments.has(index)) {
      const body = network(shape.fragments[index]!, index);
      printedFragments.set(index, { ...body, text: `fragment F${index} on Network { ${body.text} }` });
    }
    return printedFragments.get(index)!;
  }

  let work = 0;
  let aliases = 0;
  let depth = 0;
  const rootKeys = new Set<string>();
  const fields = shape.roots.map((raw) => {
    const inner = network(raw.selections, null);
    aliases += inner.aliases;
    let label = "";
    if (raw.alias || rootKeys.has(raw.name)) {
      aliases += 1;
      names += 1;
      label = `a${names}: `;
    }
    rootKeys.add(raw.name);
    if (raw.name === "networks") {
      work += 2 + served(raw.page) * inner.work;
      depth = Math.max(depth, 2 + inner.depth);
      return `${label}networks${argument(raw.page)} { nodes { ${inner.text} } }`;
    }
    work += 1 + inner.work;
    depth = Math.max(depth, 1 + inner.depth);
    return `${label}network${argument(null, `slug: "${raw.found ? foundSlug : "nope"}"`)} { ${inner.text} }`;
  });
  const header = variableDefinitions.length ? `query(${variableDefinitions.join(", ")}) ` : "";
  const query = [`${header}{ ${fields.join(" ")} }`, ...[...printedFragments.values()].map((f) => f.text)].join("\n");
  return { query, variables, work, aliases, depth };
}

/** How many fields the answer holds: one per key of every object in it. */
function fieldsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + fieldsIn(item), 0);
  if (value === null || typeof value !== "object") return 0;
  return Object.values(value).reduce((sum: number, item) => sum + 1 + fieldsIn(item), 0);
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // A little real data, so that accepted documents return networks with children and parents.
  const admin = await makeAdmin(api);
  for (const top of ["north", "south"]) {
    await makeNetwork(api, admin, top);
    for (const child of ["a", "b"]) {
      const created = await api.gql(
        `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`,
        {
          input: {
            kind: "SUBJECT_NETWORK",
            name: `${top} ${child}`,
            slug: `${top}-${child}`,
            description: "A child network.",
            parentSlug: top,
          },
        },
        admin.auth,
      );
      expect(created.errors).toBeUndefined();
    }
  }
});

describe("query limits against the work a document does", () => {
  it("accepts no generated document that would do more work than the cost limit", async () => {
    const outcomes = { accepted: 0, refusedForAliases: 0, refusedForDepth: 0, refusedForCost: 0 };
    await fc.assert(
      fc.asyncProperty(documentShape, async (shape) => {
        const { query, variables, work, aliases, depth } = build(shape, "north");
        const result: GraphQLResponse = await api.gql(query, variables);
        const codes = (result.errors ?? []).map((error) => error.extensions?.code);
        expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
        const refusal = result.errors?.find((error) => error.extensions?.code === "QUERY_TOO_COMPLEX");
        if (refusal) {
          expect(result.data).toBeUndefined();
          if (refusal.extensions?.limit === "aliases") {
            outcomes.refusedForAliases += 1;
            expect(refusal.extensions).toMatchObject({ aliases, maxAliases: QUERY_LIMITS.maxAliases });
            expect(aliases).toBeGreaterThan(QUERY_LIMITS.maxAliases);
          } else if (refusal.extensions?.limit === "depth") {
            outcomes.refusedForDepth += 1;
            expect(refusal.extensions).toMatchObject({ depth, maxDepth: QUERY_LIMITS.maxDepth });
            expect(depth).toBeGreaterThan(QUERY_LIMITS.maxDepth);
          } else {
            outcomes.refusedForCost += 1;
            expect(refusal.extensions).toMatchObject({ limit: "cost", maxCost: QUERY_LIMITS.maxCost });
            // The figure given is never less than the work the document would do.
            expect(refusal.extensions?.cost).toBeGreaterThanOrEqual(work);
          }
          return;
        }
        // Accepted: it ran (a page size a resolver refuses is that field's BAD_USER_INPUT, nothing more).
        expect(codes.every((code) => code === "BAD_USER_INPUT")).toBe(true);
        outcomes.accepted += 1;
        expect(aliases).toBeLessThanOrEqual(QUERY_LIMITS.maxAliases);
        expect(depth).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth);
        expect(work).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
        expect(fieldsIn(result.data)).toBeLessThanOrEqual(work);
      }),
      { numRuns: 200, endOnFailure: true, seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
    // The generator reaches the outcomes that matter, so the property is tested on each (depth is rarer).
    expect(outcomes.accepted).toBeGreaterThan(20);
    expect(outcomes.refusedForCost).toBeGreaterThan(20);
    expect(outcomes.refusedForAliases).toBeGreaterThan(0);
  }, 120_000);
});
