import { MeiliSearchApiError, MeiliSearchRequestError } from "meilisearch";
import { DomainError } from "../../graphql/errors.js";

/**
 * How long a search or a suggestion waits for Meilisearch. Its answers take milliseconds (p95
 * 21 ms at 100,000 resources), so a wait this long means a hung engine, and the visitor is better
 * told so than kept waiting: the client's own 5 s (createMeilisearch) suits the indexer's batches.
 */
export const SEARCH_TIMEOUT_MS = 2_000;

/** What a client is told to wait before searching again: about the time Meilisearch takes to restart. */
export const SEARCH_RETRY_AFTER_SECONDS = 30;

/**
 * Whether Meilisearch failed as a service rather than refused the request: not reached, timed out
 * or reset (MeiliSearchRequestError), answering 5xx, or without the index (a new engine the
 * indexer has not prepared yet). A 4xx about the request itself would be the API's own bug.
 */
export function isSearchOutage(error: unknown): boolean {
  if (error instanceof MeiliSearchRequestError) return true;
  if (!(error instanceof MeiliSearchApiError)) return false;
  return error.response.status >= 500 || error.cause?.code === "index_not_found";
}

/**
 * Asks Meilisearch within SEARCH_TIMEOUT_MS (`ask` passes the request options on to the client);
 * an outage becomes SEARCH_UNAVAILABLE with retry advice, and nothing else that PostgreSQL serves
 * is affected. Passing a signal replaces the client's own timeout for this request.
 */
export async function withinSearchTimeout<T>(ask: (requestInit: RequestInit) => Promise<T>): Promise<T> {
  try {
    return await ask({ signal: AbortSignal.timeout(SEARCH_TIMEOUT_MS) });
  } catch (error) {
    if (!isSearchOutage(error)) throw error;
    throw new DomainError(
      "SEARCH_UNAVAILABLE",
      `Search is unavailable right now. Everything else works, and nothing saved is lost; try searching again in ${SEARCH_RETRY_AFTER_SECONDS} seconds.`,
      undefined,
      { retryAfter: SEARCH_RETRY_AFTER_SECONDS },
      { cause: error },
    );
  }
}
