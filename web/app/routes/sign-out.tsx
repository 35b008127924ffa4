import { SignOutDocument } from "@hub/schema";
import { redirect, type ActionFunctionArgs } from "@remix-run/node";

import * as api from "../graphql.server";
import { clearedSessionCookie, sessionTokenOf, verifiedForm } from "../session.server";

/** Ends the session at the API (so the token is dead everywhere) and forgets the cookie. */
export async function action({ request }: ActionFunctionArgs) {
  await verifiedForm(request);
  if (sessionTokenOf(request)) await api.request(SignOutDocument, {}, { request });
  return redirect("/", { headers: { "Set-Cookie": clearedSessionCookie() } });
}

// Signing out changes state, so it is a form post only; a link here just goes home.
export function loader() {
  return redirect("/");
}
