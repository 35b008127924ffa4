import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";

/**
 * Limits on what one operation may ask for, so no single request can make
 * the server walk the whole graph. Documented in the README.
 * - depth: nesting of fields, fragments expanded (introspection's own depth fits).
 * - cost: every field costs 1, multiplied by the page size of each list
 *   around it (`first`, or 20 by default, for a connection's items; 100 for
 *   unpaged lists). A connection's own fields (totals, facets) count once.
 */
export const QUERY_LIMITS = { maxDepth: 15, maxCost: 50_000 } as const;

const DEFAULT_PAGE = 20;
const UNPAGED_LIST = 100;

function pageSize(field: FieldNode, variables: Record<string, unknown>): number {
  const first = field.arguments?.find((argument) => argument.name.value === "first");
  if (!first) return DEFAULT_PAGE;
  if (first.value.kind === Kind.INT) return Number(first.value.value);
  if (first.value.kind === Kind.VARIABLE) {
    const value = variables[first.value.name.value];
    return typeof value === "number" ? value : DEFAULT_PAGE;
  }
  return DEFAULT_PAGE;
}

function returnsList(type: GraphQLOutputType | undefined): boolean {
  if (!type) return false;
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return isListType(unwrapped);
}

function isConnection(type: GraphQLOutputType | undefined): boolean {
  return type ? getNamedType(type).name.endsWith("Connection") : false;
}

/** A validation rule enforcing QUERY_LIMITS; variables come from the request so `first: $n` is priced right. */
export function queryLimitRule(variables: Record<string, unknown> = {}): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    /** `page`: the page size when `parentType` is a connection, which prices its `edges` and `nodes`. */
    const measure = (
      selectionSet: SelectionSetNode,
      parentType: GraphQLOutputType,
      depth: number,
      seen: Set<string>,
      page = DEFAULT_PAGE,
    ): { depth: number; cost: number } => {
      let deepest = depth;
      let cost = 0;
      const named = getNamedType(parentType);
      const fields = "getFields" in named ? named.getFields() : {};
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith("__")) continue;
          const fieldType = (fields as Record<string, { type: GraphQLOutputType }>)[selection.name.value]?.type;
          // A connection's `nodes` and `edges` are its page; its other fields (totals, facets) are asked once.
          const inPage = isConnection(parentType) && ["nodes", "edges"].includes(selection.name.value);
          const multiplier = inPage ? page : returnsList(fieldType) ? UNPAGED_LIST : 1;
          if (selection.selectionSet && fieldType) {
            const inner = measure(
              selection.selectionSet,
              fieldType,
              depth + 1,
              seen,
              isConnection(fieldType) ? pageSize(selection, variables) : DEFAULT_PAGE,
            );
            deepest = Math.max(deepest, inner.depth);
            cost += 1 + multiplier * inner.cost;
          } else {
            cost += 1;
            deepest = Math.max(deepest, depth + 1);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const typeName = selection.typeCondition?.name.value;
          const type = (typeName ? context.getSchema().getType(typeName) : undefined) ?? parentType;
          const inner = measure(selection.selectionSet, type as GraphQLOutputType, depth, seen, page);
          deepest = Math.max(deepest, inner.depth);
          cost += inner.cost;
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || seen.has(fragment.name.value)) continue;
          const type = context.getSchema().getType(fragment.typeCondition.name.value) as GraphQLOutputType;
          const inner = measure(fragment.selectionSet, type, depth, new Set([...seen, fragment.name.value]), page);
          deepest = Math.max(deepest, inner.depth);
          cost += inner.cost;
        }
      }
      return { depth: deepest, cost };
    };

    return {
      OperationDefinition(operation) {
        const root =
          operation.operation === "query"
            ? context.getSchema().getQueryType()
            : operation.operation === "mutation"
              ? context.getSchema().getMutationType()
              : context.getSchema().getSubscriptionType();
        if (!root) return;
        const { depth, cost } = measure(operation.selectionSet, root, 0, new Set());
        if (depth > QUERY_LIMITS.maxDepth) {
          context.reportError(
            new GraphQLError(`This query is ${depth} levels deep; the limit is ${QUERY_LIMITS.maxDepth}.`, {
              nodes: [operation],
              extensions: { code: "QUERY_TOO_COMPLEX", depth, maxDepth: QUERY_LIMITS.maxDepth, http: { status: 400 } },
            }),
          );
        }
        if (cost > QUERY_LIMITS.maxCost) {
          context.reportError(
            new GraphQLError(
              `This query could touch about ${cost} items; the limit is ${QUERY_LIMITS.maxCost}. Ask for smaller pages or fewer nested lists.`,
              {
                nodes: [operation],
                extensions: { code: "QUERY_TOO_COMPLEX", cost, maxCost: QUERY_LIMITS.maxCost, http: { status: 400 } },
              },
            ),
          );
        }
      },
    };
  };
}
