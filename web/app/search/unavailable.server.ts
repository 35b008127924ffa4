import * as api from "../graphql.server";

/** When the API gives no advice: about the time its search engine takes to restart. */
const DEFAULT_RETRY_AFTER_SECONDS = 30;

/**
 * When the API says its search engine is down (SEARCH_UNAVAILABLE), the headers of the 503 that
 * says so: `Retry-After` with the API's advice, in seconds. Null for any other error.
 */
export function searchUnavailableHeaders(error: unknown): Record<string, string> | null {
  if (!api.isGraphQLErrorCode(error, "SEARCH_UNAVAILABLE")) return null;
  const advised = error.errors[0]?.extensions?.["retryAfter"];
  const seconds = typeof advised === "number" && advised > 0 ? Math.ceil(advised) : DEFAULT_RETRY_AFTER_SECONDS;
  return { "Retry-After": String(seconds), "Cache-Control": "no-store" };
}
