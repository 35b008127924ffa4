/**
 * One rule for HTTP caching. The site has no signed-in pages yet, so every successful
 * answer is the same for everyone and shared caches may keep it briefly; a request that
 * carries credentials is never cached, so adding sign-in later cannot leak a private page.
 */
const PUBLIC_PAGE = "public, max-age=60, stale-while-revalidate=600";
const PUBLIC_FILE = "public, max-age=300, stale-while-revalidate=3600";
const SHORT = "public, max-age=60";

export function cacheControlFor(request: Request, status: number, kind: "page" | "file" = "page"): string {
  if (request.method !== "GET" && request.method !== "HEAD") return "no-store";
  if (request.headers.has("authorization") || request.headers.has("cookie")) return "private, no-store";
  if (status === 200) return kind === "file" ? PUBLIC_FILE : PUBLIC_PAGE;
  if (status === 404 || status === 410 || status === 301) return SHORT;
  return "no-store";
}

/**
 * Pages read the session cookie (a signed-in person sees their own registration, say), so a cached
 * copy fetched without cookies must not answer a request that has them, nor the other way round:
 * otherwise a visitor who signs in comes back to the page as they saw it signed out.
 */
export const PAGE_VARY = "Cookie";
