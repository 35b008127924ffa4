import { isGraphQLErrorCode } from "./graphql.server";

/**
 * Runs a listing's query, turning the API's BAD_USER_INPUT (an edited filter value or a page
 * cursor from an old link) into a 400 page that tells the visitor where to start again.
 */
export function loadListing<T>(listingPath: string, run: () => Promise<T>): Promise<T> {
  return run().catch((error: unknown) => {
    if (isGraphQLErrorCode(error, "BAD_USER_INPUT")) {
      throw new Response(
        `That link's filters or page number are out of date. Start again from ${listingPath} and choose your filters there.`,
        { status: 400 },
      );
    }
    throw error;
  });
}

/** Reads an optional query parameter: absent and empty both mean "no filter". */
export function param(url: URL, name: string): string | null {
  return url.searchParams.get(name) || null;
}
