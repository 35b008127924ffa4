import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { REPO_ROOT } from "@hub/infra";
import { toGlobalId } from "../src/graphql/relay.js";
import { startTestApi, type GraphQLResponse, type TestApi, type TestUser } from "./harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput } from "./resource-fixtures.js";
import { EMOJI } from "./hostile-text.js";

/**
 * Every query and mutation of the committed schema, called over HTTP with well-typed but
 * hostile arguments, anonymously and as a site admin: no answer may be an internal error or
 * an HTTP 5xx, and every BAD_USER_INPUT must name its field. The seed is printed; set
 * PROPERTY_SEED to replay a run, PROPERTY_RUNS for more calls of each operation.
 */
const SEED = Number(process.env.PROPERTY_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 3);
/** The API refuses bodies over 1 MB before GraphQL sees them; arguments that big test nothing here. */
const MAX_BODY = 900_000;

const schema = buildSchema(readFileSync(join(REPO_ROOT, "schema", "schema.graphql"), "utf8"));
const operations = (["query", "mutation"] as const).flatMap((kind) => {
  const root = kind === "query" ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).map((field) => ({ kind, field }));
});

/** Values real enough to get past the first lookup, so deeper code meets the hostile ones. */
const KNOWN = {
  network: "property-network",
  resource: "property-resource",
  urn: "300001",
  email: "property-person@school.example",
};

const HOSTILE_TEXT = [
  "a\u0000b",
  "\u0000",
  "\ud800",
  "lone \udfff low half",
  "",
  "   ",
  "\u202eevil\u202c",
  "مرحبا بالعالم",
  EMOJI.repeat(40),
  "Cafe\u0301",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'; drop table app_user; --",
  "../../etc/passwd",
  "%E0%A4%A",
  "%zz",
  "null",
  "-1",
  "9".repeat(40),
  "x".repeat(301),
  "not-a-slug!",
  "no-such-slug",
  "a".repeat(300),
  "000000",
  "1234567",
  "12345a",
  "a\u0000@example.org",
  "not an email",
  "javascript:alert(1)",
  "https://example.org/",
  "!!!not-base64!!!",
  "UmVzb3VyY2U6bm90LWEtdXVpZA",
  toGlobalId("Resource", randomUUID()),
  toGlobalId("Nope", "1"),
  "2026-02-30",
  "hubpat_notarealtoken",
];

function textArbitrary(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...HOSTILE_TEXT), weight: 8 },
    { arbitrary: fc.constantFrom(...known), weight: 4 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 30 }), weight: 2 },
    { arbitrary: fc.constant("é".repeat(100_000)), weight: 1 },
  );
}

const INT = fc.oneof(fc.constantFrom(-1, 0, 1, 100, 101, -(2 ** 31), 2 ** 31 - 1), fc.integer());
const SCALARS: Record<string, () => fc.Arbitrary<unknown>> = {
  Int: () => INT,
  Float: () => fc.constantFrom(-1, 0, 0.5, 1e308, -1e308),
  Boolean: () => fc.boolean(),
  DateTimeISO: () =>
    fc.constantFrom("1970-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2027-01-01T09:00:00.000Z", "soon"),
  LocalDate: () => fc.constantFrom("2026-02-30", "0001-01-01", "9999-12-31", "2026-06-01", "yesterday"),
  JSONObject: () => fc.constantFrom({}, { text: "\u0000" }, { nested: { list: [1, "two", null] } }),
};

function valueArbitrary(type: GraphQLInputType, known: string[]): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return requiredArbitrary(type.ofType, known);
  return fc.option(requiredArbitrary(type, known), { nil: null, freq: 4 });
}

function requiredArbitrary(type: GraphQLInputType, known: string[]): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return requiredArbitrary(type.ofType, known);
  if (isListType(type)) return fc.array(valueArbitrary(type.ofType, known), { maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueArbitrary(field.type, known)])), {
      requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
    });
  }
  if (isScalarType(type) && SCALARS[type.name]) return SCALARS[type.name]!();
  return textArbitrary(known);
}

/** The operation calling `field` with every argument as a variable, selecting only `__typename` below it. */
function operationText(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${kind} Property${definitions ? `(${definitions})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
}

function variablesArbitrary(field: GraphQLField<unknown, unknown>, known: string[]) {
  return fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueArbitrary(arg.type, known)])), {
    requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
  });
}

/** What is wrong with one answer, or undefined when it is a fair answer to bad input. */
function problemWith(status: number, body: GraphQLResponse): string | undefined {
  if (status >= 500) return `HTTP ${status}: ${JSON.stringify(body.errors?.[0])}`;
  for (const error of body.errors ?? []) {
    const code = error.extensions?.code;
    if (code === "INTERNAL_SERVER_ERROR") return `internal error (requestId ${String(error.extensions?.requestId)})`;
    if (code === "BAD_USER_INPUT" && typeof error.extensions?.field !== "string") {
      return `BAD_USER_INPUT without a field: ${error.message}`;
    }
  }
  return undefined;
}

/** A value short enough to read in a report. */
const shortened = (variables: unknown) =>
  JSON.stringify(variables, (_key, value: unknown) =>
    typeof value === "string" && value.length > 60 ? `${value.slice(0, 20)}… (${value.length} characters)` : value,
  );

let api: TestApi;
let admin: TestUser;
let known: string[];

beforeAll(async () => {
  api = await startTestApi();
  admin = await makeAdmin(api);
  await makeNetwork(api, admin, KNOWN.network);
  await mustMutate(api, admin, "createResource", resourceInput(KNOWN.resource, KNOWN.network));
  const subjects = await api.gql<{ subjects: { slug: string }[] }>(`{ subjects { slug } }`);
  known = [...Object.values(KNOWN), ...(subjects.data?.subjects.map((subject) => subject.slug) ?? []).slice(0, 3)];
});

describe("every operation of the schema, with hostile arguments", () => {
  it("answers with coded, field-named errors, never an internal error or a 5xx", { timeout: 600_000 }, async () => {
    console.log(
      `schema property test: ${operations.length} operations, seed ${SEED} (replay with PROPERTY_SEED=${SEED})`,
    );
    const failures: string[] = [];
    let requests = 0;
    for (const [index, { kind, field }] of operations.entries()) {
      const query = operationText(kind, field);
      for (const viewer of ["anonymous", "admin"] as const) {
        let problem: string | undefined;
        const result = await fc.check(
          fc.asyncProperty(variablesArbitrary(field, known), async (variables) => {
            fc.pre(JSON.stringify(variables).length < MAX_BODY);
            requests += 1;
            const { status, body } = await api.post(query, variables, viewer === "admin" ? admin.auth : {});
            // An admin operation may end the admin's own session (signOut, revokeSession): sign a new one in.
            if (viewer === "admin" && body.errors?.some((error) => error.extensions?.code === "UNAUTHENTICATED")) {
              admin = await makeAdmin(api);
            }
            problem = problemWith(status, body);
            return problem === undefined;
          }),
          { seed: SEED + index, numRuns: RUNS, endOnFailure: true },
        );
        if (result.failed) {
          failures.push(
            `${viewer} ${field.name}: ${problem ?? result.errorInstance}\n  ${shortened(result.counterexample)}`,
          );
        }
      }
    }
    console.log(`schema property test: ${requests} requests`);
    expect(requests).toBeGreaterThanOrEqual(operations.length * 2);
    expect(failures, `seed ${SEED}:\n${failures.join("\n")}`).toEqual([]);
  });
});
