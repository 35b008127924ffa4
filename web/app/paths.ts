// Every address the site links to, built in one place.

import type { SearchResultLinkFragment } from "@hub/schema";

export const resourcePath = (slug: string) => `/resources/${encodeURIComponent(slug)}`;
export const aoePath = (slug: string) => `/excellence/${encodeURIComponent(slug)}`;
export const eventPath = (slug: string) => `/events/${encodeURIComponent(slug)}`;
export const eventCalendarPath = (slug: string) => `${eventPath(slug)}/calendar.ics`;
export const schoolPath = (urn: string) => `/schools/${encodeURIComponent(urn)}`;
export const networkPath = (slug: string) => `/networks/${encodeURIComponent(slug)}`;
export const networkCoveragePath = (slug: string) => `${networkPath(slug)}/curriculum`;
export const collectionPath = (slug: string) => `/collections/${encodeURIComponent(slug)}`;
export const entitlementPath = (slug: string, version?: number) =>
  `/curriculum/${encodeURIComponent(slug)}${version === undefined ? "" : `?version=${version}`}`;
export const entitlementComparePath = (slug: string, from: number, to: number) =>
  `/curriculum/${encodeURIComponent(slug)}/compare?from=${from}&to=${to}`;

/** Where a search result's link goes first: records that the search's result was opened, then redirects to `to`. */
export const searchResultOpenPath = (searchRef: string, to: string) =>
  `/search/open?${new URLSearchParams({ ref: searchRef, to }).toString()}`;

/** A listing with filters, e.g. listingPath("/resources", { subject: "history" }). */
export function listingPath(path: string, filters: Record<string, string | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The resources listing, filtered by subject, theme, phase, keyStage, type or licence. */
export const resourcesPath = (filters: Record<string, string | null | undefined> = {}) =>
  listingPath("/resources", filters);

export const dashboardPath = "/me";
export const newResourcePath = "/me/resources/new";
export const editResourcePath = (slug: string) => `/me/resources/${encodeURIComponent(slug)}/edit`;
export const autosaveResourcePath = "/me/resources/autosave";
export const resourcePreviewPath = "/me/preview";
/** One earlier version of a resource beside the current one, for its editors. */
export const resourceRevisionPath = (slug: string, number: number) =>
  `/me/resources/${encodeURIComponent(slug)}/revisions/${number}`;
export const reviewQueuePath = "/me/review";
export const accountPath = "/me/account";
export const memberCurriculumPath = "/me/curriculum";
export const editEntitlementPath = (slug: string, version: number) =>
  `${memberCurriculumPath}/${encodeURIComponent(slug)}/${version}`;
export const memberCollectionsPath = "/me/collections";
export const editCollectionPath = (slug: string) => `${memberCollectionsPath}/${encodeURIComponent(slug)}`;
export const manageNetworkPath = (slug: string) => `/me/networks/${encodeURIComponent(slug)}`;
export const newNetworkPath = "/me/admin/networks/new";
export const newSchoolPath = "/me/admin/schools/new";
/** The page an invitation email links to (the API builds the same address for the email). */
export const invitationPath = (token: string) => `/invitations/${encodeURIComponent(token)}`;
/** The new-event form; given an Area of Excellence, the event shows it and its school hosts. */
export const newEventPath = (aoeSlug?: string) =>
  aoeSlug ? `/me/events/new?${new URLSearchParams({ aoe: aoeSlug }).toString()}` : "/me/events/new";
export const editEventPath = (slug: string) => `/me/events/${encodeURIComponent(slug)}/edit`;
export const eventAttendeesPath = (slug: string) => `/me/events/${encodeURIComponent(slug)}/attendees`;
export const proposeAoePath = "/me/excellence/new";
export const aoeReviewPath = "/me/excellence/review";
export const memberReviewsPath = (hubSlug?: string) =>
  hubSlug ? `/me/reviews?hub=${encodeURIComponent(hubSlug)}` : "/me/reviews";
export const newQualityReviewPath = "/me/reviews/new";
export const importQualityReviewsPath = "/me/reviews/import";
export const editQualityReviewPath = (id: string) => `/me/reviews/${encodeURIComponent(id)}`;

/** The sign-in page, coming back to `returnTo` afterwards. */
export function signInPath(returnTo: string, reason?: "expired" | "required"): string {
  const params = new URLSearchParams({ returnTo });
  if (reason) params.set("reason", reason);
  return `/sign-in?${params.toString()}`;
}

/** The sign-up page, coming back to `returnTo` once the account exists; `email` fills in the address. */
/** Where someone who forgot their password asks for a link that sets a new one. */
export const passwordResetPath = "/password-reset";

export function signUpPath(returnTo: string, email?: string): string {
  const params = new URLSearchParams({ returnTo });
  if (email) params.set("email", email);
  return `/sign-up?${params.toString()}`;
}

/** The page of anything search finds. */
export function searchResultPath(node: SearchResultLinkFragment): string {
  switch (node.__typename) {
    case "Resource":
      return resourcePath(node.slug);
    case "AreaOfExcellence":
      return aoePath(node.slug);
    case "CurriculumEntitlement":
      return entitlementPath(node.slug);
    case "Event":
      return eventPath(node.slug);
    case "School":
      return schoolPath(node.urn);
    case "Network":
      return networkPath(node.slug);
    case "Collection":
      return collectionPath(node.slug);
  }
}
export const insightPath = (networkSlug: string) => `/me/insight/${encodeURIComponent(networkSlug)}`;
/** Where the insight page's plan forms post (see routes/me.insight.$network.plan.tsx). */
export const insightPlanPath = (networkSlug: string) => `${insightPath(networkSlug)}/plan`;
export const insightCsvPath = (networkSlug: string, table: string) =>
  `${insightPath(networkSlug)}/${encodeURIComponent(table)}.csv`;
export const nationalInsightPath = "/me/insight/national";
export const nationalInsightCsvPath = (table: string) => `${nationalInsightPath}/${encodeURIComponent(table)}.csv`;
