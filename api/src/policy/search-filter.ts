import { all, anyOf, either, equals } from "../modules/search/filter-syntax.js";
import { Visibility } from "./content.js";
import { contentScope, type Viewer } from "./index.js";

/**
 * {@link canView} as a Meilisearch filter, built from the policy's scope
 * and the visibility facts every document carries (see `SearchFields`).
 * By default only live material: PUBLIC, and NETWORK material of networks
 * the viewer belongs to (owning or shared with). With `includeUnpublished`,
 * also what the viewer may see beyond that: their own work and everything of
 * the networks they moderate (drafts, reviews, archived, private), as
 * canView allows. Returns null when nothing needs hiding (admins asking for
 * everything). Each search source fills those facts from the same mapping
 * its yes/no check reads, and `search-filter.test.ts` holds the filter
 * against the checks for every kind.
 */
export function visibilityFilter(viewer: Viewer | null, includeUnpublished: boolean): string | null {
  const scope = contentScope(viewer);
  if (scope.everything) return includeUnpublished ? null : equals("live", true);
  const seen = [equals("visibility", Visibility.PUBLIC)];
  if (scope.memberNetworkIds.length) {
    seen.push(all([equals("visibility", Visibility.NETWORK), anyOf("memberNetworkIds", scope.memberNetworkIds)]));
  }
  const visible = [all([equals("live", true), either(seen)])];
  if (includeUnpublished) {
    if (scope.userId) visible.push(equals("authorIds", scope.userId));
    if (scope.moderatedNetworkIds.length) visible.push(anyOf("moderatorNetworkIds", scope.moderatedNetworkIds));
  }
  return either(visible);
}
