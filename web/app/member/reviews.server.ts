import { ReviewHubsDocument } from "@hub/schema";
import { data } from "@remix-run/node";

import * as api from "../graphql.server";
import { csrfHeaders, csrfTokenFor } from "../session.server";
import { requireSession } from "./forms.server";

/** A hub whose quality reviews the member may enter. */
export interface ReviewHub {
  readonly slug: string;
  readonly name: string;
}

/**
 * The hubs whose reviews the signed-in member may enter (as a hub's moderator or lead); the review
 * pages are refused to anyone with none, and anonymous visitors are sent to sign in.
 */
export async function requireReviewHubs(request: Request): Promise<ReviewHub[]> {
  requireSession(request);
  const { viewer } = await api.request(ReviewHubsDocument, {}, { request });
  const hubs = (viewer?.memberships ?? [])
    .map((membership) => membership.network)
    .filter((network) => network.viewerCanEnterQualityReviews)
    .map(({ slug, name }) => ({ slug, name }));
  if (hubs.length === 0) {
    throw new Response("Quality reviews are entered by a hub's moderators and leads.", { status: 403 });
  }
  return hubs;
}

/** The loader of a review form that starts from a hub: the member's hubs, the one asked for (`?hub=`), a CSRF token. */
export async function reviewFormLoader(request: Request) {
  const hubs = await requireReviewHubs(request);
  const csrf = csrfTokenFor(request);
  const hub = new URL(request.url).searchParams.get("hub") ?? hubs[0]!.slug;
  return data({ hubs, hub, csrfToken: csrf.token }, csrfHeaders(csrf));
}
