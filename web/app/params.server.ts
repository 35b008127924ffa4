import type { LoaderFunctionArgs } from "@remix-run/node";

type Params = LoaderFunctionArgs["params"];

/**
 * The one check of what an address carries before a loader or an action passes it to the API:
 * a value that cannot be of its kind (a NUL byte, `..%2f`, an emoji, 300 characters in a slug)
 * is answered with the site's 404 page here, so no such value ever reaches the API, which may
 * call it bad input or worse, and no address can make the site answer 500.
 */

/**
 * A slug: lower-case letters and digits joined by single hyphens, at most 120 characters. The
 * API's rule restated (SLUG_PATTERN and the 120 of `@Length(3, 120)` in api/src/graphql/input-rules.ts
 * and its inputs): the web app may not import the API's code. Keep the two alike.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX_LENGTH = 120;

const KINDS = {
  slug: (value: string) => value.length <= SLUG_MAX_LENGTH && SLUG.test(value),
  /** A school's URN: six digits (the API's URN_PATTERN). */
  urn: (value: string) => /^\d{6}$/.test(value),
  /** A version or revision number: a whole number from 1, as the site's links write it. */
  version: (value: string) => /^[1-9]\d{0,5}$/.test(value),
  /**
   * A single-use link's token (invitation, password reset, sign-up): a prefix and base64url (256 random
   * bits today). Any length up to 200, so an old or mangled link gets its page's own "no longer works".
   */
  token: (value: string) => /^[a-z]+_[\w-]{1,200}$/.test(value),
  /** A GraphQL global ID (the API's `Type:id`, base64url-encoded), as a quality review's address carries it. */
  globalId: (value: string) => /^[\w-]{1,200}$/.test(value),
  /** An attachment's id: a UUID. */
  uuid: (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value),
} as const satisfies Record<string, (value: string) => boolean>;

export type ParamKind = keyof typeof KINDS;

/** Whether a value from an address can be of this kind (for query-string values a page reads itself). */
export function isValid(kind: ParamKind, value: string): boolean {
  return KINDS[kind](value);
}

const notFound = () => new Response(null, { status: 404 });

/** The route parameter `name` if it can be of its kind; otherwise the site's 404 page is thrown. */
export function routeParam(params: Params, name: string, kind: ParamKind): string {
  const value = params[name];
  if (value === undefined || !isValid(kind, value)) throw notFound();
  return value;
}

/** The route's `slug` parameter (see routeParam). */
export const slugParam = (params: Params) => routeParam(params, "slug", "slug");

/** A version or revision number from the route (see routeParam). */
export const versionParam = (params: Params, name: string) => Number(routeParam(params, name, "version"));
