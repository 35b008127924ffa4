/**
 * The one place that answers "may this viewer see or do this?". Resolvers,
 * search filters, sitemaps, feeds, exports and downloads all ask here, so a
 * rule changes in one place. Every function is pure: the viewer carries the
 * roles it needs, loaded once per request.
 */
import { DomainError } from "../graphql/errors.js";
import { NetworkRole, ROLE_RANK, type Viewer } from "./viewer.js";
import { Visibility, type GovernedItem } from "./content.js";

export { NetworkRole, type Viewer } from "./viewer.js";
export { Visibility, type GovernedItem } from "./content.js";

export function roleIn(viewer: Viewer | null, networkId: string): NetworkRole | undefined {
  return viewer?.roles.get(networkId);
}

/** Whether the viewer holds at least `minimum` in the network. */
export function hasRole(viewer: Viewer | null, networkId: string, minimum: NetworkRole): boolean {
  const role = roleIn(viewer, networkId);
  return role !== undefined && ROLE_RANK[role] >= ROLE_RANK[minimum];
}

/** Networks whose network-only material the viewer may see (empty for the public). */
export function visibleNetworkIds(viewer: Viewer | null): string[] {
  return viewer ? [...viewer.roles.keys()] : [];
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer?.isAdmin === true;
}

const isAuthor = (viewer: Viewer | null, item: GovernedItem) =>
  viewer !== null && (item.authorIds ?? []).includes(viewer.userId);

const moderates = (viewer: Viewer | null, item: GovernedItem) =>
  item.owningNetworkId !== null && hasRole(viewer, item.owningNetworkId, NetworkRole.MODERATOR);

/**
 * May the viewer see this item at all? Published PUBLIC material: anyone.
 * Published NETWORK material: members of the owning or a sharing network.
 * PRIVATE material, and anything unpublished (draft, in review, archived):
 * only its authors and the owning network's moderators. Admins see all.
 */
export function canView(viewer: Viewer | null, item: GovernedItem): boolean {
  if (isAdmin(viewer) || isAuthor(viewer, item) || moderates(viewer, item)) return true;
  if (!item.published) return false;
  switch (item.visibility) {
    case Visibility.PUBLIC:
      return true;
    case Visibility.NETWORK:
      return [item.owningNetworkId, ...(item.sharedNetworkIds ?? [])].some(
        (networkId) => networkId !== null && hasRole(viewer, networkId, NetworkRole.MEMBER),
      );
    case Visibility.PRIVATE:
      return false;
  }
}

/** May the viewer create material owned by this network (drafts it then submits)? */
export function canContribute(viewer: Viewer | null, networkId: string): boolean {
  return isAdmin(viewer) || hasRole(viewer, networkId, NetworkRole.CONTRIBUTOR);
}

/** May the viewer change this item's content? Its authors (while still contributors) and the network's moderators. */
export function canEdit(viewer: Viewer | null, item: GovernedItem): boolean {
  if (isAdmin(viewer) || moderates(viewer, item)) return true;
  if (!isAuthor(viewer, item)) return false;
  return item.owningNetworkId === null || hasRole(viewer, item.owningNetworkId, NetworkRole.CONTRIBUTOR);
}

/** May the viewer review, publish, archive or curate material of this network? */
export function canModerate(viewer: Viewer | null, networkId: string): boolean {
  return isAdmin(viewer) || hasRole(viewer, networkId, NetworkRole.MODERATOR);
}

/**
 * The visibility rule for search filters and list queries, as data: which
 * networks' NETWORK material the viewer sees. Search and SQL filters are
 * built from this, so they agree with canView.
 */
export function visibilityScope(viewer: Viewer | null): { everything: boolean; networkIds: string[]; userId?: string } {
  return { everything: isAdmin(viewer), networkIds: visibleNetworkIds(viewer), userId: viewer?.userId };
}

/** Creating schools and networks is for site admins. */
export function canManageOrganisations(viewer: Viewer | null): boolean {
  return isAdmin(viewer);
}

/** Editing a network's details, members and roles: its leads, and admins. */
export function canManageNetwork(viewer: Viewer | null, networkId: string): boolean {
  return isAdmin(viewer) || hasRole(viewer, networkId, NetworkRole.LEAD);
}

/** Who a network's member list is shown to: anyone in the network, and admins. */
export function canSeeNetworkPeople(viewer: Viewer | null, networkId: string): boolean {
  return isAdmin(viewer) || hasRole(viewer, networkId, NetworkRole.MEMBER);
}

/** A person's email address is theirs and the admins' business only. */
export function canSeeEmail(viewer: Viewer | null, userId: string): boolean {
  return isAdmin(viewer) || viewer?.userId === userId;
}

/** Contact details (of an Area of Excellence contact, say) are for signed-in people only. */
export function canSeeContactDetails(viewer: Viewer | null): boolean {
  return viewer !== null;
}

/**
 * Turns a refusal into the right error: UNAUTHENTICATED for the public (who
 * might sign in), FORBIDDEN for someone signed in who lacks the permission.
 */
export function authorize(viewer: Viewer | null, allowed: boolean, action: string): void {
  if (allowed) return;
  if (!viewer) throw new DomainError("UNAUTHENTICATED", `Sign in to ${action}.`);
  throw new DomainError("FORBIDDEN", `You do not have permission to ${action}.`);
}

/** Requires a signed-in viewer. */
export function requireViewer(viewer: Viewer | null, action: string): Viewer {
  if (!viewer) throw new DomainError("UNAUTHENTICATED", `Sign in to ${action}.`);
  return viewer;
}
