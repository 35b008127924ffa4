import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { MAX_PAGE_SIZE } from "./relay.js";
import { MATCH_LIMITS, MATCH_TIER_COUNT } from "../modules/plans/match-limits.js";

/**
 * Limits on what one operation may ask for, so no single request can make
 * the server walk the whole graph or run a search a thousand times. Documented
 * in the README. The operations the website sends (schema/operations) use at
 * most 8 aliases, 1 directive and 379 tokens, and cost at most about 25,000
 * with pages of 20 (limits.test.ts keeps them there); the introspection query
 * has under 200 tokens.
 * - tokens: names, punctuation and values in the whole document, counted by
 *   graphql-js's parser, which stops at the limit instead of building the tree
 *   of a huge document.
 * - aliases: one field asked for many times under different names is many
 *   lookups or searches, so an operation may rename at most this many fields.
 * - directives: `@include`/`@skip` on every field cost validation work for nothing.
 * - depth: nesting of fields, fragments expanded (introspection is not counted).
 * - cost: every field costs 1 (a search 1,000), multiplied by the page size of
 *   each list around it (`first`, as the resolver will get it, for a
 *   connection's items; 100 for unpaged lists). A connection's own fields
 *   (totals, facets) count once; each alias and each fragment spread counts.
 *
 * Why not GraphQL Armor (`@escape.tech/graphql-armor-*`, 3.2.0 read): its cost
 * rule prices object and scalar fields by depth, knowing nothing of page sizes,
 * connections or variables, which is what makes this cost honest. Its alias and
 * directive rules would fit, but Apollo turns every validation rule's error into
 * GRAPHQL_VALIDATION_FAILED, so they would have to run in this module's plugin
 * anyway, and they give the measured figure only inside a "Syntax Error: ..."
 * message; counting both is two lines in the walk below, which already expands
 * fragments. Its Apollo token limit parses the document a second time in a hook
 * and throws, which Apollo answers with HTTP 500; graphql-js's own parser has
 * the same limit (`maxTokens`), which Apollo takes through `parseOptions`.
 */
export const QUERY_LIMITS = {
  maxTokens: 2_000,
  maxAliases: 30,
  maxDirectives: 20,
  maxDepth: 15,
  maxCost: 50_000,
} as const;

/**
 * Fields that cost more than one item: a search goes to Meilisearch (with its
 * facet counts) however small its page, so it is priced as a thousand items,
 * and one request makes fewer than 50 searches whatever the alias limit.
 */
const FIELD_PRICES: Readonly<Record<string, number>> = {
  "Query.search": 1_000,
  "Query.searchSuggestions": 1_000,
};

/**
 * Unpaged lists their resolver cuts short (each field's description says so),
 * priced at that length rather than at {@link UNPAGED_LIST}.
 */
const LIST_LENGTHS: Readonly<Record<string, number>> = {
  "ThemeMatches.tiers": MATCH_TIER_COUNT,
  "MatchTierSchools.schools": MATCH_LIMITS.schoolsPerTier,
  "MatchedSchool.areasOfExcellence": MATCH_LIMITS.areasPerSchool,
  "MatchedSchool.upcomingEvents": MATCH_LIMITS.eventsPerSchool,
  "ThemeMatches.resources": MATCH_LIMITS.resourcesPerTheme,
  "ReviewSummaryTheme.quotes": 3,
};

/** What a connection returns when it has no `first` argument at all. */
const DEFAULT_PAGE = 20;
const UNPAGED_LIST = 100;

type QueryLimit = "tokens" | "aliases" | "directives" | "depth" | "cost";

/** Which limit was hit, its figure and what was measured, e.g. `{ limit: "aliases", aliases: 31, maxAliases: 30 }`. */
const tooComplexExtensions = (limit: QueryLimit, figures: Record<string, number>) => ({
  code: "QUERY_TOO_COMPLEX",
  limit,
  ...figures,
});

const tooComplex = (limit: QueryLimit, message: string, figures: Record<string, number>) =>
  new GraphQLError(message, { extensions: { ...tooComplexExtensions(limit, figures), http: { status: 400 } } });

/**
 * True when a document has more tokens than the limit. Lexes at most one token
 * past it, so it costs no more than the parse that stopped there.
 */
export function exceedsTokenLimit(source: string): boolean {
  const lexer = new Lexer(new Source(source));
  try {
    for (let count = 0; count <= QUERY_LIMITS.maxTokens; count += 1) {
      if (lexer.advance().kind === TokenKind.EOF) return false;
    }
    return true;
  } catch {
    // A lexing error before the limit: a plain syntax error, reported as such.
    return false;
  }
}

/** The error for a document over the token limit, as the client gets it (the parser stopped, so the total is unknown). */
export const tokenLimitError = (): GraphQLFormattedError => ({
  message: `This document has more than ${QUERY_LIMITS.maxTokens} tokens (names, values and punctuation); the limit is ${QUERY_LIMITS.maxTokens}.`,
  extensions: tooComplexExtensions("tokens", { maxTokens: QUERY_LIMITS.maxTokens }),
});

export interface OperationShape {
  aliases: number;
  directives: number;
  depth: number;
  cost: number;
}

const NOTHING: OperationShape = { aliases: 0, directives: 0, depth: 0, cost: 0 };

function returnsList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

const isConnection = (type: GraphQLOutputType | GraphQLNamedType) => getNamedType(type).name.endsWith("Connection");

function fieldsOf(type: GraphQLOutputType | GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> {
  const named = getNamedType(type);
  return isObjectType(named) || isInterfaceType(named) ? named.getFields() : {};
}

/**
 * A connection's page size as its resolver will get it (the argument's default
 * included). Anything a resolver would refuse (zero, negative, over 100) counts
 * as the largest page: the cost is measured before arguments are validated, and
 * a field that never runs must not make the rest of the query look cheaper.
 */
function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number {
  if (!field.args.some((argument) => argument.name === "first")) return DEFAULT_PAGE;
  let first: unknown;
  try {
    first = getArgumentValues(field, node, variables).first;
  } catch {
    return MAX_PAGE_SIZE;
  }
  return Number.isInteger(first) && (first as number) >= 1 && (first as number) <= MAX_PAGE_SIZE
    ? (first as number)
    : MAX_PAGE_SIZE;
}

/** The operation's variables after coercion (defaults filled in), as execution will see them. */
function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  // Variables that do not coerce stop execution before any resolver runs; price their pages as the largest.
  return coerced ?? {};
}

/** Measures one operation: aliases, directives, depth and cost, with every fragment spread expanded. */
export function measureOperation(
  schema: GraphQLSchema,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): OperationShape {
  const variables = coercedVariables(schema, operation, inputs);
  // A fragment's shape depends only on the page around it, so each is measured once per page size:
  // a fragment spreading another twice, thirty levels down, stays linear instead of 2^30 walks.
  const measured = new Map<string, OperationShape>();

  /** `priced` is false inside introspection, which reads the schema in memory: its aliases and directives still count. */
  const walk = (
    selectionSet: SelectionSetNode,
    parentType: GraphQLOutputType | GraphQLNamedType,
    page: number,
    priced: boolean,
  ): OperationShape => {
    const shape = { ...NOTHING };
    const add = (inner: OperationShape) => {
      shape.aliases += inner.aliases;
      shape.directives += inner.directives;
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.cost += inner.cost;
    };
    for (const selection of selectionSet.selections) {
      shape.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) shape.aliases += 1;
        const name = selection.name.value;
        // Introspection's fields (`__schema`, `__type`, `__typename`) are not among a type's fields,
        // so they and everything under them go unpriced.
        const field = priced ? fieldsOf(parentType)[name] : undefined;
        const fieldPage = field && isConnection(field.type) ? pageSize(field, selection, variables) : DEFAULT_PAGE;
        const inner = selection.selectionSet
          ? walk(selection.selectionSet, field?.type ?? parentType, fieldPage, field !== undefined)
          : NOTHING;
        shape.aliases += inner.aliases;
        shape.directives += inner.directives;
        if (!field) continue;
        // A connection's `nodes` and `edges` are its page; its other fields (totals, facets) are asked once.
        const inPage = isConnection(parentType) && (name === "nodes" || name === "edges");
        const key = `${getNamedType(parentType).name}.${name}`;
        const multiplier = inPage ? page : returnsList(field.type) ? (LIST_LENGTHS[key] ?? UNPAGED_LIST) : 1;
        const price = FIELD_PRICES[key] ?? 1;
        shape.depth = Math.max(shape.depth, 1 + inner.depth);
        shape.cost += price + multiplier * inner.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        add(walk(selection.selectionSet, (typeName && schema.getType(typeName)) || parentType, page, priced));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const key = `${fragment.name.value}/${page}/${priced}`;
        if (!measured.has(key)) {
          // Marked before measuring, so a cycle (which validation refuses anyway) cannot recurse forever.
          measured.set(key, NOTHING);
          const type = schema.getType(fragment.typeCondition.name.value) ?? parentType;
          const inner = walk(fragment.selectionSet, type, page, priced);
          measured.set(key, { ...inner, directives: inner.directives + (fragment.directives?.length ?? 0) });
        }
        add(measured.get(key)!);
      }
    }
    return shape;
  };

  const root =
    operation.operation === "query"
      ? schema.getQueryType()
      : operation.operation === "mutation"
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!root) return NOTHING;
  const shape = walk(operation.selectionSet, root, DEFAULT_PAGE, true);
  return { ...shape, directives: shape.directives + (operation.directives?.length ?? 0) };
}

/** The first limit an operation of this shape goes over, as the error the client gets. */
function limitError(shape: OperationShape): GraphQLError | undefined {
  const { aliases, directives, depth, cost } = shape;
  const { maxAliases, maxDirectives, maxDepth, maxCost } = QUERY_LIMITS;
  if (aliases > maxAliases) {
    return tooComplex(
      "aliases",
      `This operation renames ${aliases} fields with aliases; the limit is ${maxAliases}. Ask for fewer copies of a field, or send them in separate requests.`,
      { aliases, maxAliases },
    );
  }
  if (directives > maxDirectives) {
    return tooComplex("directives", `This operation has ${directives} directives; the limit is ${maxDirectives}.`, {
      directives,
      maxDirectives,
    });
  }
  if (depth > maxDepth) {
    return tooComplex("depth", `This query is ${depth} levels deep; the limit is ${maxDepth}.`, { depth, maxDepth });
  }
  if (cost > maxCost) {
    return tooComplex(
      "cost",
      `This query could touch about ${cost} items; the limit is ${maxCost}. Ask for smaller pages or fewer nested lists.`,
      { cost, maxCost },
    );
  }
  return undefined;
}

/** A validation rule enforcing QUERY_LIMITS; variables come from the request so `first: $n` is priced right. */
export function queryLimitRule(variables: Record<string, unknown> = {}): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        const error = limitError(measureOperation(context.getSchema(), fragments, operation, variables));
        if (error) context.reportError(error);
      },
    };
  };
}
