import type { GraphQLError, GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import type { ValidationError } from "class-validator";
import {
  ConstraintViolationException,
  DeadlockException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  NotNullConstraintViolationException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from "@mikro-orm/core";
import { describeValidationErrors } from "./validation.js";
import { isUniqueKey, takenIn, type KeyValues, type UniqueKey } from "./unique-values.js";

/** The codes a client can rely on in `extensions.code`. */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "RATE_LIMITED"
  /** Another request changed the same thing first: reload and try again. */
  | "CONFLICT"
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

/** What a client is told when another request changed the same thing first. */
export const CONFLICT_MESSAGE =
  "Someone else changed this at the same moment, so this change was not saved. Reload and try again.";

/** The error for a unique value already taken, as the mutation `operation` says it (see unique-values.ts). */
export function alreadyTaken(key: UniqueKey, values: KeyValues = {}, operation?: string): DomainError {
  const { field, message } = takenIn(key, values, operation);
  return badInput(field, message);
}

/** The fields PostgreSQL gives a refused write (node-postgres copies them onto the error). */
interface RefusedWrite {
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

/** `Key (slug, version)=(ks2-reading, 2) already exists.` as `{ slug: "ks2-reading", version: "2" }`. */
function keyValuesIn(detail: string | undefined): KeyValues {
  const match = /^Key \((.+?)\)=\((.*)\) (?:already exists|is not present|is still referenced)/.exec(detail ?? "");
  if (!match) return {};
  const columns = match[1]!.split(", ");
  const values = match[2]!.split(", ");
  return columns.length === values.length ? Object.fromEntries(columns.map((column, i) => [column, values[i]!])) : {};
}

/** A column as the field of an input that sets it: `owning_network_id` is `input.owningNetwork`. */
const fieldOfColumn = (column: string) =>
  `input.${column.replace(/_id$/, "").replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())}`;

/**
 * A database failure a client can act on, as the coded error it is told;
 * undefined for anything else (which stays an internal error). Services
 * check their input before they write, so a refused write means a concurrent
 * request won a race (a unique key, a row removed meanwhile, a lock) or a
 * check the service missed (a database check, a NOT NULL column).
 * `operation` is the mutation that ran, for unique values it names its own way.
 */
export function explainDatabaseError(error: unknown, operation?: string): DomainError | undefined {
  const lostRace =
    error instanceof OptimisticLockError ||
    error instanceof DeadlockException ||
    error instanceof LockWaitTimeoutException;
  if (lostRace) return new DomainError("CONFLICT", CONFLICT_MESSAGE);
  if (!(error instanceof ConstraintViolationException)) return undefined;
  const { constraint = "", table = "", column, detail } = error as RefusedWrite;
  const values = keyValuesIn(detail);
  // A check is named after its table and column (`school_urn_check`); the other refusals name the column.
  const checked = constraint.replace(`${table}_`, "").replace(/_check$/, "");
  const field = fieldOfColumn(column ?? Object.keys(values)[0] ?? checked);
  if (error instanceof UniqueConstraintViolationException) {
    return isUniqueKey(constraint)
      ? alreadyTaken(constraint, values, operation)
      : new DomainError("CONFLICT", CONFLICT_MESSAGE);
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return detail?.includes("is still referenced")
      ? new DomainError("CONFLICT", "Other records still use this, so it was not removed. Reload and try again.")
      : new DomainError("CONFLICT", `What ${field} names was removed meanwhile. Reload and try again.`, field);
  }
  if (error instanceof NotNullConstraintViolationException) return badInput(field, `${field} is required`);
  return badInput(field, `${field} has a value the hub does not accept`);
}

/** The mutation or query a root field's error came from (its name, not an alias). */
function operationOf(error: unknown): string | undefined {
  const located = error as Partial<GraphQLError>;
  const node = located.path?.length === 1 ? located.nodes?.[0] : undefined;
  return node?.kind === "Field" ? node.name.value : undefined;
}

/** True for errors a client caused or may act on; everything else is masked. */
export function isClientFacing(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || original instanceof ArgumentValidationError) return true;
  if (isRequestRefusal(original)) return true;
  if (explainDatabaseError(original)) return true;
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
 * Apollo's formatError: domain errors keep their code and field, and so do
 * database failures a client can act on (`explainDatabaseError`); argument
 * validation failures become BAD_USER_INPUT naming the field; anything else
 * is masked (the errors plugin logs it and adds the request id).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const thrown = unwrapResolverError(error);
  const original = explainDatabaseError(thrown, operationOf(error)) ?? thrown;
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
  if (isRequestRefusal(original)) return { ...formatted, extensions: { ...formatted.extensions, code: "BAD_REQUEST" } };
  if (isClientFacing(error)) return formatted;
  return {
    message: INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
