import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLError,
  Kind,
  TypeInfo,
  coerceInputValue,
  getArgumentValues,
  isNonNullType,
  typeFromAST,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import type { Context } from "./context.js";
import { isWellFormedText } from "./input-rules.js";

/**
 * The one guard on what comes in through GraphQL, run once the operation is
 * known and before any resolver runs, so an operation is refused whole (a
 * second mutation field's bad text never lets the first one run):
 * - variables are coerced here first, so a bad value is answered with
 *   BAD_USER_INPUT naming the first bad place (graphql-js itself stops at 50
 *   errors with a message Apollo masks as internal);
 * - every string reaching any field's arguments (inline or from variables,
 *   input fields and list items included) is refused if it holds a NUL or a
 *   lone UTF-16 surrogate, which PostgreSQL cannot store;
 * - all text is normalised to NFC, so one word is stored, searched and
 *   counted the same however the client's keyboard composed it.
 * An Apollo plugin rather than a type-graphql middleware because middleware
 * runs field by field, after earlier fields have resolved, and never sees
 * variable coercion.
 */
export const inputGuardPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation(requestContext) {
        const { schema, document, operation, request } = requestContext;
        // No operation by that name: graphql-js answers that itself.
        if (!operation) return;
        const selected = [operation, ...fragmentsOf(document, operation)];
        const variables = coerceVariables(schema, operation, variableUsages(selected), request.variables ?? {});
        for (const { path, value } of argumentValues(schema, selected, variables)) {
          refuseUnstorableText(value, path);
        }
        if (request.variables) request.variables = normaliseText(request.variables);
        const normalised = normaliseLiterals(document);
        // Apollo executes `requestContext.document` as it is after this hook; the cached document stays untouched.
        if (normalised !== document) (requestContext as { document: DocumentNode }).document = normalised;
      },
    };
  },
};

/** BAD_USER_INPUT raised before execution starts, so it needs its own HTTP status (Apollo would answer 500). */
function refusal(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field} ${message}`, {
    extensions: { code: "BAD_USER_INPUT", field, http: { status: 400 } },
  });
}

/** Fragments the operation spreads, directly or through other fragments. */
function fragmentsOf(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const all = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) all.set(definition.name.value, definition);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = all.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return [...used.values()];
}

/** The operation and the fragments it spreads: what will run. */
type Selected = readonly (OperationDefinitionNode | FragmentDefinitionNode)[];
type Path = readonly (string | number)[];
const fieldName = (path: Path) => path.join(".");

/** Where each variable is first used, as a path from a field's argument (`$i` in `f(input: { items: $i })` is `input.items`). */
function variableUsages(selected: Selected): Map<string, Path> {
  const usages = new Map<string, Path>();
  const record = (value: ValueNode, path: Path): void => {
    if (value.kind === Kind.VARIABLE) {
      if (!usages.has(value.name.value)) usages.set(value.name.value, path);
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((item, index) => record(item, [...path, index]));
    } else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) record(field.value, [...path, field.name.value]);
    }
  };
  for (const node of selected) {
    visit(node, { Argument: (argument) => record(argument.value, [argument.name.value]) });
  }
  return usages;
}

/**
 * The operation's variables as graphql-js will coerce them (defaults applied), or a
 * refusal naming the first bad value by its argument path and saying how many there were.
 */
function coerceVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  usages: Map<string, Path>,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const coerced: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    // Validation has passed, so every variable's type exists and is an input type.
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    const at = (path: Path) => fieldName([...(usages.get(name) ?? [name]), ...path]);
    if (!Object.hasOwn(inputs, name)) {
      if (definition.defaultValue) coerced[name] = valueFromAST(definition.defaultValue, type);
      else if (isNonNullType(type)) throw refusal(at([]), "is required");
      continue;
    }
    let first: { path: Path; reason: string } | undefined;
    let count = 0;
    const value = coerceInputValue(inputs[name], type, (path, _invalid, error) => {
      count += 1;
      first ??= { path, reason: error.message };
    });
    if (first) {
      const more = count > 1 ? ` (${count} values in $${name} are invalid; this is the first)` : "";
      throw refusal(at(first.path), `is invalid: ${first.reason}${more}`);
    }
    coerced[name] = value;
  }
  return coerced;
}

/** Every argument value of every field the operation selects, with its path from the argument's name. */
function argumentValues(
  schema: GraphQLSchema,
  selected: Selected,
  variables: Record<string, unknown>,
): { path: Path; value: unknown }[] {
  const found: { path: Path; value: unknown }[] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      if (!definition || !node.arguments?.length) return;
      for (const [name, value] of Object.entries(argumentsOf(definition, node, variables))) {
        found.push({ path: [name], value });
      }
    },
  });
  for (const node of selected) visit(node, visitor);
  return found;
}

/**
 * A field's coerced arguments. The one failure validation leaves possible (a variable with a
 * default, sent as null, into a non-null argument) is the client's, so it is refused on that argument.
 */
function argumentsOf(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>) {
  try {
    return getArgumentValues(definition, node, variables);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const argument = /^Argument "([^"]+)"/.exec(error.message)?.[1] ?? node.name.value;
    throw refusal(argument, error.message.replace(/^Argument "[^"]+" /, ""));
  }
}

/** Throws BAD_USER_INPUT at the first string in `value` that PostgreSQL could not store as text. */
function refuseUnstorableText(value: unknown, path: Path): void {
  if (typeof value === "string") {
    if (value.includes("\u0000")) throw refusal(fieldName(path), "must not contain a NUL character (U+0000)");
    if (!isWellFormedText(value)) {
      throw refusal(fieldName(path), "must be valid Unicode text (it holds a lone UTF-16 surrogate)");
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => refuseUnstorableText(item, [...path, index]));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) refuseUnstorableText(item, [...path, key]);
  }
}

/** A copy of JSON-like `value` with every string in NFC (objects and lists rebuilt, other values kept). */
function normaliseText<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map(normaliseText) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normaliseText(item)])) as T;
  }
  return value;
}

/** The document with its string literals in NFC; the same object when they already are. */
function normaliseLiterals(document: DocumentNode): DocumentNode {
  return visit(document, {
    StringValue(node) {
      const value = node.value.normalize("NFC");
      return value === node.value ? undefined : { ...node, value };
    },
  });
}
