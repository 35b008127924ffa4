import { RecordSearchResultOpenedDocument } from "@hub/schema";
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";

import * as api from "../graphql.server";
import { safeReturnPath } from "../session.server";

/**
 * A search result's link: tells the API's search demand that a result of the search was opened
 * (once per search, however often), then redirects to the result. A plain link and a redirect,
 * so it works without JavaScript; it redirects only to paths on this site, so a crafted link
 * cannot send anyone elsewhere. Counting is never worth a broken link: when the API refuses or
 * cannot be reached, the visitor still goes where they clicked.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const to = safeReturnPath(params.get("to"), "/search");
  const searchRef = params.get("ref");
  if (searchRef) {
    // Sent without the visitor's session: the API records no one's identity with it.
    await api.request(RecordSearchResultOpenedDocument, { searchRef }, { request, token: null }).catch((error) => {
      if (!(error instanceof api.GraphQLRequestError)) console.error("search result opened not recorded", error);
    });
  }
  // Never cached: a cached redirect would skip the count.
  return redirect(to, { headers: { "Cache-Control": "no-store" } });
}
