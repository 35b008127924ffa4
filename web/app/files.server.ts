import { config } from "./config.server";
import { sessionTokenOf } from "./session.server";

/** Request headers the API needs to decide and serve a file (who is asking, which part, what is cached). */
const FORWARDED_REQUEST_HEADERS = ["authorization", "range", "if-range", "if-none-match"];
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
  "cache-control",
  "vary",
];

/**
 * A file the API serves (an attachment or its thumbnail), streamed so the site serves it from its
 * own address. The API applies the resource's permissions and sets every header; this forwards
 * the viewer's credentials and passes the answer through.
 */
export async function fileFromApi(request: Request, apiPath: string): Promise<Response> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  // Signed-in members download as themselves: the site's session cookie becomes the API's bearer token.
  const token = sessionTokenOf(request);
  if (token && !headers.has("authorization")) headers.set("authorization", `Bearer ${token}`);
  const upstream = await fetch(new URL(apiPath, config.apiUrl), { headers, signal: request.signal }).catch(
    (error: unknown) => {
      if (!request.signal.aborted) console.error(`${apiPath} could not be fetched`, error);
      return null;
    },
  );
  if (!upstream) {
    return new Response("The file could not be fetched. Please try again in a few minutes.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const answer = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) answer.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: answer });
}
