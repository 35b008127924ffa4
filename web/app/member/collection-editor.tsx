import type { Visibility } from "@hub/schema";

/** Who may see a collection; NETWORK needs a network to own it, which the API checks. */
export const COLLECTION_VISIBILITY: ReadonlyArray<{ value: Visibility; label: string }> = [
  { value: "PUBLIC", label: "Everyone, in the open library" },
  { value: "NETWORK", label: "Members of the owning network" },
  { value: "PRIVATE", label: "Only its curators" },
];

export const COLLECTION_FIELDS = ["title", "slug", "description", "visibility", "owningNetworkSlug"] as const;

/**
 * A resource's slug from what someone pasted: the slug itself, or the address of the resource's
 * page (https://…/resources/<slug>, with or without a query or fragment).
 */
export function resourceSlugFrom(pasted: string): string {
  const match = /\/resources\/([^/?#]+)/.exec(pasted);
  if (!match) return pasted.trim();
  // A pasted address with a broken escape (`%zz`) is kept as typed: the API then says no such resource.
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}
