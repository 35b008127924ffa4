import { redirect } from "@remix-run/node";

import { isGraphQLErrorCode, type GraphQLRequestError } from "./graphql.server";

/** The name of the query parameter that carries a listing's page cursor (see Pager). */
const CURSOR = "after";

/** The cursor as the API gives them out: base64url, a few dozen characters (it judges the rest). */
const CURSOR_SHAPE = /^[\w-]{1,500}$/;

/**
 * The same listing from its first page: where a page cursor that is not one leads (an old or edited
 * link), since the filters around it may still be good. The API's cursors are opaque, so whether one
 * is good is the API's to say; a value that cannot be one is not sent at all.
 */
function firstPage(url: URL): Response {
  const first = new URL(url);
  first.searchParams.delete(CURSOR);
  return redirect(first.pathname + first.search);
}

/** The cursor of the page a listing shows, from its address; null for the first page. */
export function cursorFrom(request: Request): string | null {
  const url = new URL(request.url);
  const cursor = url.searchParams.get(CURSOR);
  if (!cursor) return null;
  if (!CURSOR_SHAPE.test(cursor)) throw firstPage(url);
  return cursor;
}

const isCursorError = (error: GraphQLRequestError) => error.errors[0]?.extensions?.["field"] === CURSOR;

/**
 * Runs a listing's query. The API's BAD_USER_INPUT about the page cursor sends the visitor to the
 * listing's first page; about anything else (an edited filter value) it becomes a 400 page that
 * tells the visitor where to start again.
 */
export function loadListing<T>(request: Request, listingName: string, run: () => Promise<T>): Promise<T> {
  return run().catch((error: unknown) => {
    if (isGraphQLErrorCode(error, "BAD_USER_INPUT")) {
      if (isCursorError(error)) throw firstPage(new URL(request.url));
      throw new Response(
        `That link's filters are out of date. Start again from ${listingName} and choose your filters there.`,
        { status: 400 },
      );
    }
    throw error;
  });
}

/** Every filter of a listing is a slug or the name of an enum value, such as `KS2`. */
const FILTER_VALUE = /^[\w-]{1,120}$/;

/**
 * Reads an optional filter from the query string: absent and empty both mean "no filter". A value
 * that cannot be a filter's (a NUL byte, 300 characters) gets a 400 page here rather than reaching
 * the API; one of the right shape that names nothing is the API's to refuse (see loadListing).
 */
export function param(url: URL, name: string): string | null {
  const value = url.searchParams.get(name);
  if (!value) return null;
  if (!FILTER_VALUE.test(value)) {
    throw new Response(`That link's ${name} filter is not one the site offers. Remove it, or choose it on the page.`, {
      status: 400,
    });
  }
  return value;
}

/**
 * Reads an optional free-text filter (a name to search for, a local authority): trimmed, and absent
 * or blank means "no filter". Its length and characters are the API's to judge (see loadListing).
 */
export function textParam(url: URL, name: string): string | null {
  return url.searchParams.get(name)?.trim() || null;
}
