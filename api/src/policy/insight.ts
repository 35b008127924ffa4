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
