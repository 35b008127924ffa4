import { API_TIMEOUT_MS, requestIdFor, visitorHeaders } from "./api-headers.server";
import { config } from "./config.server";
import { sessionTokenOf } from "./session.server";

/** The visitor's request headers that decide which part of a file is sent, and whether it is sent at all. */
const FORWARDED_REQUEST_HEADERS = ["range", "if-range", "if-none-match", "if-modified-since"];
/** The API's answer headers that the site passes on unchanged: type, disposition, security and caching. */
const FORWARDED_RESPONSE_HEADERS = [
  "content-type",
  "content-length",
  "content-disposition",
  "content-range",
  "content-security-policy",
  "x-content-type-options",
  "cross-origin-resource-policy",
  "accept-ranges",
  "etag",
  "last-modified",
  "cache-control",
  "vary",
];

/**
 * Every download the API serves (attachments, thumbnails, event calendars, exports), streamed so the
 * site serves it from its own address. The API decides what the visitor may have and sets every
 * header; this sends the visitor's session, address and request id as a page's GraphQL calls do,
 * and passes the API's status, headers and body through. Routes call this rather than fetching.
 */
export async function downloadFromApi(request: Request, apiPath: string): Promise<Response> {
  // A visitor's own bearer token (a script using the site's address) is kept; a browser's session cookie becomes one.
  const ownAuthorization = request.headers.get("authorization");
  const headers = new Headers(visitorHeaders(request, requestIdFor(request), sessionTokenOf(request)));
  if (ownAuthorization) headers.set("authorization", ownAuthorization);
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  // The timeout covers the wait for the answer to start, not the download: a large file may take minutes.
  const answerStarted = new AbortController();
  const timer = setTimeout(() => answerStarted.abort(new Error("the API did not answer in time")), API_TIMEOUT_MS);
  const upstream = await fetch(new URL(apiPath, config.apiUrl), {
    method: request.method === "HEAD" ? "HEAD" : "GET",
    headers,
    signal: AbortSignal.any([request.signal, answerStarted.signal]),
  })
    .catch((error: unknown) => {
      if (!request.signal.aborted) console.error(`${apiPath} could not be fetched`, error);
      return null;
    })
    .finally(() => clearTimeout(timer));
  if (!upstream) {
    return new Response("The file could not be fetched. Please try again in a few minutes.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "60" },
    });
  }
  const answer = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) answer.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: answer });
}
