import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { describeValidationErrors } from "./validation.js";

/** The codes a client can rely on in `extensions.code`. */
export type ErrorCode = "BAD_USER_INPUT" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "RATE_LIMITED";

/**
 * A failure the client caused or may act on. Services throw these; the
 * GraphQL boundary turns them into errors with `extensions.code` (and
 * `extensions.field` for bad input). Anything else is an internal error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const badInput = (field: string, message: string) => new DomainError("BAD_USER_INPUT", message, field);
export const notFound = (message: string) => new DomainError("NOT_FOUND", message);

/**
 * Apollo's own refusals of a request that it gives an HTTP 4xx but no code:
 * a persisted query whose hash does not match its text, an unsupported
 * persisted-query version. They are the client's to fix, so they say so as BAD_REQUEST.
 */
function isRequestRefusal(error: unknown): boolean {
  const extensions = (error as Partial<GraphQLError>).extensions;
  if (!extensions || extensions.code !== undefined) return false;
  const status = (extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/** True for errors a client caused or may act on; everything else is masked. */
export function isClientFacing(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return true;
  if (isRequestRefusal(original)) return true;
  // Parse and validation errors of the operation itself carry their own code.
  const code = (original as Partial<GraphQLError>).extensions?.code;
  return typeof code === "string" && code !== "INTERNAL_SERVER_ERROR";
}

export const INTERNAL_ERROR_MESSAGE = "Internal server error. If it keeps happening, report it with the requestId.";

/**
 * Apollo's formatError: domain errors keep their code and field; argument
 * validation failures become BAD_USER_INPUT naming the field; anything else
 * is masked (the errors plugin logs it and adds the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      ...formatted,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const { field, message } = describeValidationErrors(
      (original.extensions.validationErrors ?? []) as unknown as ValidationError[],
    );
    return {
      ...formatted,
      message: field ? `${field} ${message}` : message,
      extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) },
    };
  }
  if (isRequestRefusal(original)) return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_REQUEST" } };
  if (isClientFacing(error)) return formatted;
  return {
    message: INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
