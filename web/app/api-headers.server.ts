import { requestIdFrom } from "./edge.server";

/** How long a page waits for the API's answer before showing "unavailable" rather than hanging. */
export const API_TIMEOUT_MS = 10_000;

/**
 * The headers every call to the API makes on a visitor's behalf (GraphQL and downloads alike), so
 * the API sees who is asking, from where, and logs the call under the visitor's request id.
 */
export function visitorHeaders(
  request: Request | undefined,
  requestId: string,
  token: string | null | undefined,
): Record<string, string> {
  return {
    "x-request-id": requestId,
    ...forwardedFor(request),
    ...visitorBrowser(request),
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
}

// Under server.js every request already carries a safe id; under Vite's dev server it may not.
export const requestIdFor = (request: Request | undefined) => requestIdFrom(request?.headers.get("x-request-id"));

/**
 * The visitor's address, as the web server (server.js) found it, for the API's per-address limits (sign-in, account emails).
 * The API believes X-Forwarded-For from this server alone (its TRUST_PROXY). Under Vite's dev server the
 * header is absent, and the API sees this server's address, as before.
 */
function forwardedFor(request: Request | undefined): Record<string, string> {
  // Set by server.js (its CLIENT_ADDRESS_HEADER), which drops any copy the visitor sent.
  const address = request?.headers.get("x-hub-client-address");
  return address ? { "X-Forwarded-For": address } : {};
}

/**
 * The visitor's browser string, which the API uses only to tell anonymous searchers apart when it
 * counts how many different sessions searched something (it never stores it). Without it every
 * visitor would look like this server's own fetch, and one address like one visitor.
 */
function visitorBrowser(request: Request | undefined): Record<string, string> {
  const userAgent = request?.headers.get("user-agent");
  return userAgent ? { "User-Agent": userAgent } : {};
}
