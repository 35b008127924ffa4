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

/**
 * A permission as data, for list filters: held over everything (admins), or
 * over what belongs to the networks in `networkIds`. An empty list grants
 * nothing, so the public's scopes match nothing.
 */
export interface NetworkScope {
  everything: boolean;
  networkIds: string[];
}

function scopeOfRole(viewer: Viewer | null, minimum: NetworkRole): NetworkScope {
  return { everything: isAdmin(viewer), networkIds: networksWithRole(viewer, minimum) };
}

/** Whether a scope reaches anything belonging to one of these networks. */
function reaches(scope: NetworkScope, networkIds: readonly string[]): boolean {
  return scope.everything || networkIds.some((id) => scope.networkIds.includes(id));
}

/** Where the viewer may contribute: {@link canContribute} as data (networks they contribute to). */
export function contributionScope(viewer: Viewer | null): NetworkScope {
  return scopeOfRole(viewer, NetworkRole.CONTRIBUTOR);
}

/** May the viewer create material owned by this network (drafts it then submits)? */
export function canContribute(viewer: Viewer | null, networkId: string): boolean {
  return reaches(contributionScope(viewer), [networkId]);
}

/** May the viewer change this item's content? Its authors (while still contributors) and the network's moderators. */
export function canEdit(viewer: Viewer | null, item: GovernedItem): boolean {
  if (isAdmin(viewer) || moderates(viewer, item)) return true;
  if (!isAuthor(viewer, item)) return false;
  return item.owningNetworkId === null || hasRole(viewer, item.owningNetworkId, NetworkRole.CONTRIBUTOR);
}

/**
 * {@link canEdit} as data, for list filters over material owned by a person
 * or by a network: admins edit everything; anyone else their own work (a
 * network's only while they contribute to it, `contributorNetworkIds`) and
 * everything of the networks they moderate.
 */
export interface EditScope {
  everything: boolean;
  userId?: string;
  contributorNetworkIds: string[];
  moderatedNetworkIds: string[];
}

export function editScope(viewer: Viewer | null): EditScope {
  return {
    everything: isAdmin(viewer),
    userId: viewer?.userId,
    contributorNetworkIds: networksWithRole(viewer, NetworkRole.CONTRIBUTOR),
    moderatedNetworkIds: networksWithRole(viewer, NetworkRole.MODERATOR),
  };
}

/** May the viewer review, publish, archive or curate material of this network? */
export function canModerate(viewer: Viewer | null, networkId: string): boolean {
  return reaches(moderationScope(viewer), [networkId]);
}

/** {@link canModerate} as data: the networks whose material the viewer moderates (everything, for admins). */
export function moderationScope(viewer: Viewer | null): NetworkScope {
  return scopeOfRole(viewer, NetworkRole.MODERATOR);
}

/**
 * The visibility rule for search filters and list queries, as data: which
 * networks' NETWORK material the viewer sees. Search and SQL filters are
 * built from this, so they agree with canView.
 */
export function visibilityScope(viewer: Viewer | null): { everything: boolean; networkIds: string[]; userId?: string } {
  return { everything: isAdmin(viewer), networkIds: visibleNetworkIds(viewer), userId: viewer?.userId };
}

/** Setting and changing a network's shared ambitions: its moderators and leads, and admins. */
export function canManageAmbitions(viewer: Viewer | null, networkId: string): boolean {
  return canModerate(viewer, networkId);
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
 * Asking the hub to email an Area of Excellence's contact: signed-in people, who the contact can
 * reply to (their own address goes in the email).
 */
export function canRequestIntroduction(viewer: Viewer | null): boolean {
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

/**
 * May the viewer propose an Area of Excellence for a school? Contributors of
 * any network the school belongs to, and admins.
 */
export function canProposeExcellence(viewer: Viewer | null, schoolNetworkIds: readonly string[]): boolean {
  return isAdmin(viewer) || schoolNetworkIds.some((id) => hasRole(viewer, id, NetworkRole.CONTRIBUTOR));
}

/**
 * May the viewer validate (or renew) a school's Area of Excellence?
 * Moderators of a hub or teaching school hub the school belongs to, and admins.
 * Callers pass only the school's hub networks.
 */
export function canValidateExcellence(viewer: Viewer | null, schoolHubIds: readonly string[]): boolean {
  return reaches(excellenceValidationScope(viewer), schoolHubIds);
}

/**
 * {@link canValidateExcellence} as data: the Areas of Excellence of schools
 * in a hub (or teaching school hub) among `networkIds`; callers keep the hubs.
 */
export function excellenceValidationScope(viewer: Viewer | null): NetworkScope {
  return scopeOfRole(viewer, NetworkRole.MODERATOR);
}

/** What the policy needs to know about an Area of Excellence. */
export interface ExcellenceFacts {
  /** Validated at some point (VALIDATED or EXPIRED); proposals are not public. */
  validated: boolean;
  proposerId: string;
  contactId: string;
  /** The hubs and teaching school hubs the school belongs to. */
  schoolHubIds: readonly string[];
}

/**
 * May the viewer see this Area of Excellence? Validated ones are public; a
 * proposal only to its proposer, its contact, the school's hub moderators and admins.
 */
export function canViewExcellence(viewer: Viewer | null, aoe: ExcellenceFacts): boolean {
  const item: GovernedItem = {
    visibility: Visibility.PUBLIC,
    published: aoe.validated,
    owningNetworkId: null,
    authorIds: [aoe.proposerId, aoe.contactId],
  };
  return canView(viewer, item) || canValidateExcellence(viewer, aoe.schoolHubIds);
}

/** May the viewer change an Area of Excellence's details? Its proposer and contact while a proposal, and hub moderators. */
export function canEditExcellence(viewer: Viewer | null, aoe: ExcellenceFacts): boolean {
  if (canValidateExcellence(viewer, aoe.schoolHubIds)) return true;
  return !aoe.validated && viewer !== null && [aoe.proposerId, aoe.contactId].includes(viewer.userId);
}

/**
 * May the viewer create, change or see the attendees of an event? Moderators
 * of the host network, or of a network of the host school or of the Area of
 * Excellence's school; and admins.
 */
export function canHostEvent(viewer: Viewer | null, hostNetworkIds: readonly string[]): boolean {
  return reaches(eventHostingScope(viewer), hostNetworkIds);
}

/**
 * {@link canHostEvent} as data: events hosted by a network among
 * `networkIds`, by one of their schools, or showing an Area of Excellence of
 * one of their schools.
 */
export function eventHostingScope(viewer: Viewer | null): NetworkScope {
  return scopeOfRole(viewer, NetworkRole.MODERATOR);
}

/** What the policy needs to know about an event. */
export interface EventFacts {
  visibility: Visibility;
  hostNetworkId: string | null;
  /** Networks of the host school, whose members see NETWORK events a school hosts. */
  hostSchoolNetworkIds: readonly string[];
  createdById: string;
}

/** May the viewer see this event? Through canView: events are live once created. */
export function canViewEvent(viewer: Viewer | null, event: EventFacts): boolean {
  return canView(viewer, {
    visibility: event.visibility,
    published: true,
    owningNetworkId: event.hostNetworkId,
    sharedNetworkIds: event.hostNetworkId ? [] : event.hostSchoolNetworkIds,
    authorIds: [event.createdById],
  });
}

/**
 * The whole of {@link canView} as data, for list queries and search filters
 * over governed material: admins see everything; anyone sees their own work
 * (`userId` among the authors) and everything of the networks they moderate;
 * otherwise published PUBLIC material, and published NETWORK material owned
 * by or shared with a network in `memberNetworkIds`.
 */
export interface ContentScope {
  everything: boolean;
  userId?: string;
  memberNetworkIds: string[];
  moderatedNetworkIds: string[];
}

export function contentScope(viewer: Viewer | null): ContentScope {
  const { everything, networkIds, userId } = visibilityScope(viewer);
  return {
    everything,
    userId,
    memberNetworkIds: networkIds,
    moderatedNetworkIds: networkIds.filter((networkId) => hasRole(viewer, networkId, NetworkRole.MODERATOR)),
  };
}

/**
 * {@link canViewEvent} as data: the {@link contentScope}, read with the host
 * network as the owning network and, for an event a school hosts alone, the
 * school's networks as the sharing ones. So admins see every event; anyone
 * the events they created and every event of a network they moderate;
 * otherwise PUBLIC events, and NETWORK events hosted by a network in
 * `memberNetworkIds` or, with no host network, by one of its schools.
 */
export function eventVisibilityScope(viewer: Viewer | null): ContentScope {
  return contentScope(viewer);
}

/** May the viewer send this item to review (DRAFT to IN_REVIEW)? Its authors, and those who may edit it. */
export function canSubmitForReview(viewer: Viewer | null, item: GovernedItem): boolean {
  return canEdit(viewer, item);
}

/** Networks in which the viewer holds at least `minimum`, for building list filters that agree with the rules above. */
export function networksWithRole(viewer: Viewer | null, minimum: NetworkRole): string[] {
  return visibleNetworkIds(viewer).filter((id) => hasRole(viewer, id, minimum));
}

/**
 * May the viewer record which version of a curriculum entitlement a school
 * teaches? Contributors of the network that owns the entitlement or of any
 * network the school belongs to, and admins.
 */
export function canRecordAdoption(
  viewer: Viewer | null,
  owningNetworkId: string,
  schoolNetworkIds: readonly string[],
): boolean {
  return (
    isAdmin(viewer) ||
    [owningNetworkId, ...schoolNetworkIds].some((networkId) => hasRole(viewer, networkId, NetworkRole.CONTRIBUTOR))
  );
}

/**
 * Who sees search demand, which is aggregates only (a query shows once 3 or
 * more different sessions searched it, and nothing names a searcher). A
 * network's demand: anyone in the network, so its leads and moderators plan
 * with it and its members see the same aggregate view; and admins. The
 * public view (anonymous visitors' searches): moderators and leads of any
 * network, who plan what the hub offers, and admins.
 */
export function canSeeSearchDemand(viewer: Viewer | null, networkId: string | null): boolean {
  if (isAdmin(viewer)) return true;
  if (networkId === null) return networksWithRole(viewer, NetworkRole.MODERATOR).length > 0;
  return hasRole(viewer, networkId, NetworkRole.MEMBER);
}
export {
  canViewReview,
  canWriteReview,
  reviewScope,
  reviewVisibleWhere,
  type ReviewFacts,
  type ReviewScope,
  type ReviewWhere,
} from "./reviews.js";
export { canSeeCount, canSeeNationalInsight, canSeeNetworkInsight, SUPPRESSION_THRESHOLD } from "./insight.js";
export { canManagePlan, reviewTagVisibleSql, type SqlCondition } from "./plans.js";
export {
  collectionVisibleWhere,
  entitlementVisibleWhere,
  eventVisibleWhere,
  excellenceVisibleWhere,
  isLiveEntitlement,
  isLiveResource,
  isValidatedExcellence,
  resourceVisibleWhere,
} from "./visible-where.js";
export { visibilityFilter } from "./search-filter.js";
