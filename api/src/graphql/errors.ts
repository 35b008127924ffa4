import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import { describeValidationErrors } from "./validation.js";

/** The codes a client can rely on in `extensions.code`. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "RATE_LIMITED"
  /** The search engine is down, hung or failing; `extensions.retryAfter` says when to try again. */
  | "SEARCH_UNAVAILABLE";

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
    /** More for the client in `extensions`, such as `retryAfter` (seconds). */
    readonly details: Readonly<Record<string, number | string>> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "DomainError";
  }
}

export const badInput = (field: string, message: string) => new DomainError("BAD_USER_INPUT", message, field);
export const notFound = (message: string) => new DomainError("NOT_FOUND", message);

/** True for errors a client caused or may act on; everything else is masked. */
export function isClientFacing(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return true;
  // Parse and validation errors of the operation itself carry their own code.
  const code = (original as Partial<GraphQLError>).extensions?.code;
  return typeof code === "string" && code !== "INTERNAL_SERVER_ERROR";
}

/** A coded error that tells the client a service behind the API is down (so the operators must hear of it too). */
export function isOutage(error: unknown): boolean {
  const original = unwrapResolverError(error);
  return original instanceof DomainError && original.code === "SEARCH_UNAVAILABLE";
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
      extensions: { ...original.details, code: original.code, ...(original.field ? { field: original.field } : {}) },
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
  if (isClientFacing(error)) return formatted;
  return {
    message: INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
