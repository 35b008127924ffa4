import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import {
  Kind,
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  print,
  typeFromAST,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "./emit.js";
import { QUERY_LIMITS, exceedsTokenLimit, measureOperation } from "./limits.js";

const OPERATIONS_DIR = join(SCHEMA_FILE, "..", "operations");
const DEFAULT_PAGE = 20;

/** A value for a required input: every Int is the default page of 20, as the website asks. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter(
      (field) => isNonNullType(field.type) && field.defaultValue === undefined,
    );
    return Object.fromEntries(required.map((field) => [field.name, sampleValue(field.type)]));
  }
  const scalar = getNamedType(type).name;
  return { Int: DEFAULT_PAGE, Float: 1, Boolean: true, DateTimeISO: new Date().toISOString() }[scalar] ?? "x";
}

const isFragment = (definition: DefinitionNode): definition is FragmentDefinitionNode =>
  definition.kind === Kind.FRAGMENT_DEFINITION;
const isOperation = (definition: DefinitionNode): definition is OperationDefinitionNode =>
  definition.kind === Kind.OPERATION_DEFINITION;

describe("the query limits and the website's own operations", () => {
  it("every operation in schema/operations fits every limit with room to spare", async () => {
    const schema = buildSchema(await readFile(SCHEMA_FILE, "utf8"));
    const files = (await readdir(OPERATIONS_DIR)).filter((file) => file.endsWith(".graphql"));
    const document = parse(
      (await Promise.all(files.map((file) => readFile(join(OPERATIONS_DIR, file), "utf8")))).join("\n"),
    );
    const fragments = new Map(
      document.definitions.filter(isFragment).map((fragment) => [fragment.name.value, fragment]),
    );
    const operations = document.definitions.filter(isOperation);
    expect(operations.length).toBeGreaterThan(50);
    // The insight and review pages' operations, whose nested lists are priced at their bounds, are among them.
    expect(operations.map((operation) => operation.name?.value)).toEqual(
      expect.arrayContaining([
        "NetworkInsight",
        "NationalInsight",
        "NetworkReviewSummary",
        "NetworkMatches",
        "HubReviews",
        "ReviewForEditing",
      ]),
    );
    for (const operation of operations) {
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((definition) => [
          definition.variable.name.value,
          sampleValue(typeFromAST(schema, definition.type as never) as GraphQLInputType),
        ]),
      );
      const shape = measureOperation(schema, fragments, operation, variables);
      const name = operation.name?.value;
      expect({ name, aliases: shape.aliases <= QUERY_LIMITS.maxAliases / 3 }).toEqual({ name, aliases: true });
      expect({ name, directives: shape.directives <= QUERY_LIMITS.maxDirectives / 3 }).toEqual({
        name,
        directives: true,
      });
      expect({ name, depth: shape.depth <= QUERY_LIMITS.maxDepth }).toEqual({ name, depth: true });
      expect({ name, cost: shape.cost <= QUERY_LIMITS.maxCost }).toEqual({ name, cost: true });

      // The document as the website sends it: the operation and the fragments it uses.
      const used = new Set<string>();
      const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            if (used.has(spread.name.value)) return;
            used.add(spread.name.value);
            collect(fragments.get(spread.name.value)!);
          },
        });
      collect(operation);
      const sent = print({ kind: Kind.DOCUMENT, definitions: [operation, ...[...used].map((n) => fragments.get(n)!)] });
      // Three copies of it still fit: the operation has under a third of the token limit.
      expect({ name, tokens: exceedsTokenLimit(sent + sent + sent) }).toEqual({ name, tokens: false });
    }
  });
});

describe("lists priced at their bounds", () => {
  const costOf = async (query: string) => {
    const schema = buildSchema(await readFile(SCHEMA_FILE, "utf8"));
    const [operation] = parse(query).definitions.filter(isOperation);
    return measureOperation(schema, new Map(), operation!, {}).cost;
  };

  it("takes a page of reviews with their findings' themes, but not a hundred reviews' worth", async () => {
    const reviews = (first: number) =>
      `{ network(slug: "x") { qualityReviews(first: ${first}) { nodes { findings { text themes { slug name } } } } } }`;
    expect(await costOf(reviews(20))).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    // 100 reviews of up to 50 findings of up to 10 themes each: half a million theme fields, refused.
    expect(await costOf(reviews(100))).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });

  it("prices coverage's three school lists as one network's schools, but not the schools' own lists", async () => {
    const coverage = (school: string) =>
      `{ networkInsight(network: "x") { coverage { entitlement { slug }
        agreedSchools ${school} olderVersionSchools ${school} notTeachingSchools ${school} } } }`;
    expect(await costOf(coverage("{ urn name }"))).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    // Every school's every network's name, for every entitlement: still refused.
    expect(await costOf(coverage("{ urn networks { slug name } }"))).toBeGreaterThan(QUERY_LIMITS.maxCost);
  });
});
