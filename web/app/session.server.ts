import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

import { redirect } from "@remix-run/node";

import { siteOrigin } from "./config.server";
import { crossSitePage } from "./edge.server";
import { readForm } from "./form-body.server";
import { signInPath } from "./paths";

/**
 * The website's half of signing in. The API keeps every session (revocable, listed on the
 * account page); the browser holds only the API's session token, in an HttpOnly cookie the
 * JavaScript on the page cannot read, and every loader and action passes it on as the bearer token.
 */

const production = process.env.NODE_ENV === "production";

// The __Host- prefix makes the browser refuse these cookies unless Secure, Path=/ and host-only,
// so a neighbouring subdomain cannot plant a session or a CSRF token. Plain HTTP in development cannot use it.
const SESSION_COOKIE = production ? "__Host-hub_session" : "hub_session";
const CSRF_COOKIE = production ? "__Host-hub_csrf" : "hub_csrf";

/** The API ends a session after 30 days whatever happens; the cookie need not outlive it. */
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** The name of the hidden field that carries the CSRF token in every form that changes something. */
export const CSRF_FIELD = "csrf";

function serialiseCookie(name: string, value: string, maxAgeSeconds: number): string {
  const attributes = [`${name}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`];
  if (production) attributes.push("Secure");
  return attributes.join("; ");
}

function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim() || undefined;
  }
  return undefined;
}

/** The API session token this browser holds, if any (it may have expired: the API decides). */
export function sessionTokenOf(request: Request): string | undefined {
  return readCookie(request, SESSION_COOKIE);
}

/** Set-Cookie for a new session token from `signIn` or `signUp`. */
export function sessionCookie(token: string): string {
  return serialiseCookie(SESSION_COOKIE, token, SESSION_MAX_AGE_SECONDS);
}

/** Set-Cookie that makes the browser forget its session token. */
export function clearedSessionCookie(): string {
  return serialiseCookie(SESSION_COOKIE, "", 0);
}

/** A tab, newline or other C0 control character, or DEL: browsers drop them from addresses. */
const hasControlCharacter = (text: string) => [...text].some((character) => character < " " || character === "\u007f");

/**
 * Only paths on this site, so a crafted link cannot send someone elsewhere after signing in.
 * Browsers drop tabs and line breaks from an address and read a backslash as "/", so a tab or
 * a backslash after the first "/" would make "//evil.example", another site: those are refused too.
 */
export function safeReturnPath(value: unknown, fallback = "/me"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.includes("\\") ||
    hasControlCharacter(value)
  ) {
    return fallback;
  }
  return value;
}

/** A redirect to the sign-in page that comes back to this page afterwards. */
export function redirectToSignIn(request: Request, reason: "expired" | "required"): Response {
  const url = new URL(request.url);
  const headers = reason === "expired" ? { "Set-Cookie": clearedSessionCookie() } : undefined;
  return redirect(signInPath(url.pathname + url.search, reason), { headers });
}

/**
 * The CSRF token for this browser (double-submit: the same random value in an HttpOnly cookie
 * and in each form's hidden field), with the Set-Cookie to send when the browser has none yet.
 * Only pages with forms call this, so the public library's pages stay free of cookies and cacheable.
 */
export function csrfTokenFor(request: Request): { token: string; setCookie?: string } {
  const existing = readCookie(request, CSRF_COOKIE);
  if (existing && /^[\w-]{43}$/.test(existing)) return { token: existing };
  // Several loaders of one request ask (the root's, for the header's sign-out form, and the page's):
  // for a signed-in browser the new token is derived from its session, so they all get the same one
  // and the response never sets two different cookies. Signed out, only the page's loader asks.
  const session = sessionTokenOf(request);
  const token = session
    ? createHmac("sha256", CSRF_DERIVATION_KEY).update(session).digest("base64url")
    : randomBytes(32).toString("base64url");
  return { token, setCookie: serialiseCookie(CSRF_COOKIE, token, SESSION_MAX_AGE_SECONDS) };
}

/** Per process: it keeps derived tokens unguessable, and needs to agree only within one request. */
const CSRF_DERIVATION_KEY = randomBytes(32);

/** A loader's response init that sets the CSRF cookie when csrfTokenFor made a new token, beside any other headers. */
export function csrfHeaders(
  csrf: { readonly setCookie?: string | undefined },
  headers: Readonly<Record<string, string>> = {},
): { headers: Record<string, string> } {
  return { headers: { ...headers, ...(csrf.setCookie ? { "Set-Cookie": csrf.setCookie } : {}) } };
}

function forbidden(reason: string): Response {
  return new Response(`${reason} Reload the page and try again.`, {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

function sameToken(a: string, b: string): boolean {
  // Hash both so the comparison takes the same time whatever the lengths.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Why a request that changes something was not sent by a page of this site, judged by the headers
 * browsers set and pages cannot forge; null when it may go ahead. Requests that only read (GET, HEAD)
 * always may.
 */
function crossSiteReason(request: Request): string | null {
  if (request.method === "GET" || request.method === "HEAD") return null;
  const fetchSite = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if (fetchSite === null && origin === null) return "This form did not say where it came from.";
  if (fetchSite !== null && fetchSite !== "same-origin") return "This form was sent from another site.";
  if (origin !== null && origin !== siteOrigin(request) && origin !== new URL(request.url).origin) {
    return "This form was sent from another site.";
  }
  return null;
}

/** A 403 (plain text, for the error page) for a request not sent by a page of this site; null when it may go ahead. */
export function crossSiteRefusal(request: Request): Response | null {
  const reason = crossSiteReason(request);
  return reason ? forbidden(reason) : null;
}

/**
 * The same refusal as a whole page, for the web server to send before Remix sees the request: Remix
 * itself aborts a form post whose Origin names another host with a bare 500 before any action runs
 * (see server.js), so the refusal must come first to be a clear 403.
 */
export function crossSiteRefusalPage(request: Request): Response | null {
  const reason = crossSiteReason(request);
  return reason ? crossSitePage(reason) : null;
}

/**
 * The one gate every action passes before it changes anything: the form must come from a page
 * of this site (Sec-Fetch-Site and Origin, which browsers set and pages cannot forge) and carry
 * the CSRF token matching this browser's cookie. Everything that can be judged from the headers is
 * judged before the body is read (see readForm); `files` is for the forms that upload files.
 * Returns the form's fields; throws a 403 (or readForm's 400, 413, 415) otherwise.
 */
export async function verifiedForm(request: Request, { files = false } = {}): Promise<FormData> {
  const refused = crossSiteRefusal(request);
  if (refused) throw refused;
  const cookieToken = readCookie(request, CSRF_COOKIE);
  // Without the cookie no token in the form can match it, so the body need not be read to say no.
  if (!cookieToken) throw expiredForm();
  const form = await readForm(request, { files });
  const formToken = form.get(CSRF_FIELD);
  if (typeof formToken !== "string" || !sameToken(cookieToken, formToken)) throw expiredForm();
  return form;
}

const expiredForm = () => forbidden("This form has expired or was not sent from this site.");
