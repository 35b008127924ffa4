import type { TypedDocumentNode } from "@hub/schema";
import { print, type FormattedExecutionResult, type GraphQLFormattedError } from "graphql";

import { API_TIMEOUT_MS, requestIdFor, visitorHeaders } from "./api-headers.server";
import { config } from "./config.server";
import { formTooLarge } from "./form-body.server";
import { redirectToSignIn, sessionTokenOf } from "./session.server";

/** Carries the API's `extensions.code` so callers can map, say, NOT_FOUND to a 404 themselves. */
export class GraphQLRequestError extends Error {
  override readonly name = "GraphQLRequestError";

  constructor(
    readonly code: string | undefined,
    readonly errors: readonly GraphQLFormattedError[],
    readonly requestId: string,
  ) {
    super(`GraphQL request ${requestId} failed: ${errors.map((error) => error.message).join("; ")}`);
  }
}

export function isGraphQLErrorCode(error: unknown, code: string): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError && error.code === code;
}

export interface RequestOptions {
  /**
   * The incoming page request: its abort signal cancels the API call, its request id is reused,
   * and its session cookie, if any, is sent as the bearer token, so members see what they may.
   */
  readonly request?: Request;
  /** A session token to use instead of the request's cookie (just after signing in); null for none. */
  readonly token?: string | null;
  /**
   * When the API refuses the session (expired or revoked), pages normally redirect to the sign-in
   * page and back. Forms that must not lose what was typed set this and handle the
   * UNAUTHENTICATED GraphQLRequestError themselves.
   */
  readonly handleEndedSession?: boolean;
}

/**
 * Runs one typed operation against the API.
 * Throws GraphQLRequestError when the API reports errors, and a 503 Response when it cannot be reached.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const requestId = requestIdFor(options.request);
  const timeout = AbortSignal.timeout(API_TIMEOUT_MS);
  const callerSignal = options.request?.signal;
  const signal = callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
  const token = options.token !== undefined ? options.token : options.request && sessionTokenOf(options.request);

  let response: Response;
  let body: string;
  try {
    response = await fetch(config.apiUrl, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/graphql-response+json, application/json",
        ...visitorHeaders(options.request, requestId, token),
      },
      body: JSON.stringify({ query: print(document), variables }),
      signal,
    });
    // Read the body inside the try: the timeout also covers an API that stalls mid-answer.
    body = await response.text();
  } catch (error) {
    // A visitor who navigated away needs no error page; let Remix see the abort as such.
    if (callerSignal?.aborted) throw error;
    console.error(`GraphQL request ${requestId} to ${config.apiUrl} failed`, error);
    throw apiUnavailable(
      timeout.aborted ? "The library took too long to respond." : "The library could not be reached.",
    );
  }

  // The API takes at most 1 MB of JSON; only a form's text makes a request that large.
  if (response.status === 413) throw formTooLarge();
  const result = parseResult<TResult>(response.status, body, requestId);
  if (result.errors?.length) {
    const code = result.errors[0]?.extensions?.["code"];
    if (code === "UNAUTHENTICATED" && options.request && !options.handleEndedSession) {
      // With a token sent, UNAUTHENTICATED means the API no longer accepts this session. Without one,
      // the visitor was never signed in, and what they asked for (a post of a member's form) needs it.
      // Callers that send no token on purpose (signing in: a wrong password is UNAUTHENTICATED too) get the error.
      if (token) throw redirectToSignIn(options.request, "expired");
      if (options.token === undefined) throw redirectToSignIn(options.request, "required");
    }
    throw new GraphQLRequestError(typeof code === "string" ? code : undefined, result.errors, requestId);
  }
  if (result.data == null) {
    throw new Error(`GraphQL request ${requestId} returned neither data nor errors (HTTP ${response.status}).`);
  }
  return result.data;
}

function parseResult<TResult>(status: number, body: string, requestId: string): FormattedExecutionResult<TResult> {
  try {
    return JSON.parse(body) as FormattedExecutionResult<TResult>;
  } catch {
    // A proxy or a starting server may answer with HTML; that is an outage, not a bug in the page.
    console.error(`GraphQL request ${requestId} got a non-JSON answer (HTTP ${status}): ${body.slice(0, 200)}`);
    throw apiUnavailable("The library gave an unexpected answer.");
  }
}

function apiUnavailable(reason: string): Response {
  return new Response(`${reason} Please try again in a few minutes.`, {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60" },
  });
}
