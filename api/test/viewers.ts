import { randomUUID } from "node:crypto";
import { NetworkRole, type Viewer } from "../src/policy/index.js";

/**
 * Viewers for calling services directly while a test cannot yet sign in over
 * HTTP: a site admin, and people holding a role in given networks.
 */
export function adminViewer(): Viewer {
  return { userId: randomUUID(), isAdmin: true, roles: new Map() };
}

export function viewerWithRoles(roles: Record<string, NetworkRole> = {}): Viewer {
  return { userId: randomUUID(), isAdmin: false, roles: new Map(Object.entries(roles)) };
}

/** Someone who leads the network with this uuid and holds no other role. */
export function leadViewer(networkUuid: string): Viewer {
  return viewerWithRoles({ [networkUuid]: NetworkRole.LEAD });
}
