/**
 * Network insight: counts of a network's schools by review theme and by
 * curriculum coverage. It holds no finding text and names no searcher, so
 * the network's members see the same view as its leads and moderators
 * (who plan with it); anyone outside the network sees nothing of it.
 */
import { NetworkRole, type Viewer } from "./viewer.js";
import { hasRole, isAdmin } from "./index.js";

/** May the viewer see this network's insight? Anyone in the network, and admins. */
export function canSeeNetworkInsight(viewer: Viewer | null, networkId: string): boolean {
  return isAdmin(viewer) || hasRole(viewer, networkId, NetworkRole.MEMBER);
}

/** A figure drawn from fewer schools than this is not shown outside the hub it belongs to. */
export const SUPPRESSION_THRESHOLD = 3;

/**
 * May the viewer see the national view across hubs? Admins, and leads of a
 * national partnership (`partnershipIds`: the PARTNERSHIP networks, for the
 * caller to find).
 */
export function canSeeNationalInsight(viewer: Viewer | null, partnershipIds: readonly string[]): boolean {
  return isAdmin(viewer) || partnershipIds.some((id) => hasRole(viewer, id, NetworkRole.LEAD));
}

/**
 * May the viewer see this count as it is? Counts of none or of 3 or more
 * schools, always; 1 or 2, which could single out a school, only to
 * people in the hub they belong to (`hubId`; null for a national count,
 * which belongs to no hub), where {@link canSeeNetworkInsight} shows them anyway.
 */
export function canSeeCount(viewer: Viewer | null, schools: number, hubId: string | null): boolean {
  return (
    schools === 0 || schools >= SUPPRESSION_THRESHOLD || (hubId !== null && hasRole(viewer, hubId, NetworkRole.MEMBER))
  );
}
