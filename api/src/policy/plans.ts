/**
 * Action plans: what a network's leaders decide to do about its areas for
 * development. A plan item names who owns a piece of work and when it is
 * due, which is the network's leadership business rather than its members',
 * so its leads and moderators (and admins) read and write them; members see
 * the matches the plan is made from, not the plan.
 */
import { NetworkRole, type Viewer } from "./viewer.js";
import { hasRole, isAdmin } from "./index.js";
import { reviewScope } from "./reviews.js";

/** May the viewer read, add, change or remove this network's plan items? Its moderators and leads, and admins. */
export function canManagePlan(viewer: Viewer | null, networkId: string): boolean {
  return isAdmin(viewer) || hasRole(viewer, networkId, NetworkRole.MODERATOR);
}

/** A piece of SQL and its parameters, to be placed in a `where`. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * {@link canViewReview} as SQL over `review_finding_theme` rows (aliased
 * `alias`): a review strength may name its school as strong in a theme only
 * to someone who may read that review. Everyone else learns a school is
 * strong only from its validated Areas of Excellence, which are public.
 */
export function reviewTagVisibleSql(viewer: Viewer | null, alias: string): SqlCondition {
  const scope = reviewScope(viewer);
  if (scope.everything) return { sql: "true", params: [] };
  return {
    sql: `(${alias}.school_id = ?::uuid or ${alias}.hub_id = any(?::uuid[]))`,
    params: [scope.schoolId, `{${scope.hubIds.join(",")}}`],
  };
}
