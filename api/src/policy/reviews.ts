/**
 * Quality reviews: who reads a review's text and who enters it. A review is
 * the reviewing hub's judgement of one school, so its text stays between the
 * school and that hub: the school's staff, the hub's moderators and leads,
 * and admins. Everyone else sees nothing of it (only aggregates, built
 * elsewhere from the same rows). The yes/no check and the list filter below
 * are the same rule; the reviews tests hold each against the other.
 */
import { NetworkRole, type Viewer } from "./viewer.js";
import { hasRole, isAdmin, networksWithRole } from "./index.js";

/** What the policy needs to know about a quality review. */
export interface ReviewFacts {
  /** The school reviewed. */
  schoolId: string;
  /** The hub that carried out the review. */
  hubId: string;
}

const worksAt = (viewer: Viewer | null, schoolId: string) => !!viewer?.schoolId && viewer.schoolId === schoolId;

/** May the viewer read this review and its findings? Its school's staff, the hub's moderators and leads, admins. */
export function canViewReview(viewer: Viewer | null, review: ReviewFacts): boolean {
  return isAdmin(viewer) || worksAt(viewer, review.schoolId) || hasRole(viewer, review.hubId, NetworkRole.MODERATOR);
}

/**
 * May the viewer enter, change or delete reviews carried out by this hub?
 * The hub's moderators and leads, and admins. Not the school's own staff:
 * a review is the hub's judgement of the school, and a school that could
 * rewrite its own findings would make every count built on them
 * untrustworthy (staff read their reviews, and ask the hub to correct them).
 */
export function canWriteReview(viewer: Viewer | null, hubId: string): boolean {
  return isAdmin(viewer) || hasRole(viewer, hubId, NetworkRole.MODERATOR);
}

/**
 * {@link canViewReview} as data: every review (admins), or those of the
 * viewer's school and of the hubs they moderate or lead.
 */
export interface ReviewScope {
  everything: boolean;
  schoolId: string | null;
  hubIds: string[];
}

export function reviewScope(viewer: Viewer | null): ReviewScope {
  return {
    everything: isAdmin(viewer),
    schoolId: viewer?.schoolId ?? null,
    hubIds: networksWithRole(viewer, NetworkRole.MODERATOR),
  };
}

/** A list filter over reviews' `school` and `hub` (MikroORM's filter shape; SQL `school_id = ? or hub_id in (?)`). */
export type ReviewWhere = { $or: ({ school: string } | { hub: { $in: string[] } })[] } | Record<string, never>;

/** {@link canViewReview} as a list filter; a viewer who may read none gets a filter that matches nothing. */
export function reviewVisibleWhere(viewer: Viewer | null): ReviewWhere {
  const scope = reviewScope(viewer);
  if (scope.everything) return {};
  return { $or: [...(scope.schoolId ? [{ school: scope.schoolId }] : []), { hub: { $in: scope.hubIds } }] };
}
