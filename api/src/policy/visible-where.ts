/**
 * The view checks of this module as list filters (MikroORM's filter shape,
 * which it turns into one SQL condition), one per kind of governed material.
 * Lists, counts, batch loads, search re-checks and sitemaps all filter
 * through these, and `visible-where.test.ts` holds each against its yes/no
 * check on a fixture of every viewer, state and visibility, so the two
 * forms of a rule cannot drift apart. A viewer who may see nothing of a
 * kind gets a filter that matches nothing; an admin gets `{}`.
 */
import type { FilterQuery } from "@mikro-orm/core";
import type { Resource } from "../modules/resources/resource.entity.js";
import type { ResourceCollection } from "../modules/collections/collection.entity.js";
import type { CurriculumEntitlement } from "../modules/curriculum/curriculum-entitlement.entity.js";
import type { AreaOfExcellence } from "../modules/excellence/area-of-excellence.entity.js";
import type { ExcellenceEvent } from "../modules/excellence/event.entity.js";
import { ResourceStatus } from "../modules/resources/resource.enums.js";
import { EntitlementStatus } from "../modules/curriculum/curriculum.enums.js";
import { AoeStatus } from "../modules/excellence/excellence.enums.js";
import { Visibility } from "./content.js";
import { contentScope, isAdmin, type Viewer } from "./index.js";

/** A resource is live once published; the public reads it in that state only. */
export const isLiveResource = (status: ResourceStatus) => status === ResourceStatus.PUBLISHED;

/** An entitlement version is live once agreed (and stays so when superseded). */
export const isLiveEntitlement = (status: EntitlementStatus) => status !== EntitlementStatus.DRAFT;

/** An Area of Excellence is public once validated, and stays so when it expires (expiry is read, never stored). */
export const isValidatedExcellence = (status: AoeStatus) => status === AoeStatus.VALIDATED;

/**
 * {@link canView} for resources (through `ResourceService.governed`): live
 * PUBLIC ones, live NETWORK ones owned by or shared with a network the
 * viewer belongs to, their own work and all of the networks they moderate.
 */
export function resourceVisibleWhere(viewer: Viewer | null): FilterQuery<Resource> {
  const scope = contentScope(viewer);
  if (scope.everything) return {};
  const seen: FilterQuery<Resource>[] = [{ visibility: Visibility.PUBLIC }];
  if (scope.memberNetworkIds.length > 0) {
    seen.push({
      visibility: Visibility.NETWORK,
      $or: [{ owningNetwork: { $in: scope.memberNetworkIds } }, { sharedWith: { $in: scope.memberNetworkIds } }],
    });
  }
  const visible: FilterQuery<Resource>[] = [{ status: ResourceStatus.PUBLISHED, $or: seen }];
  if (scope.userId) visible.push({ authors: scope.userId });
  if (scope.moderatedNetworkIds.length > 0) visible.push({ owningNetwork: { $in: scope.moderatedNetworkIds } });
  return { $or: visible };
}

/**
 * {@link canView} for collections (through `governedCollection`): live once
 * made, owned by one person (its only author) or curated by a network's
 * moderators, NETWORK ones for the owning network's members.
 */
export function collectionVisibleWhere(viewer: Viewer | null): FilterQuery<ResourceCollection> {
  const scope = contentScope(viewer);
  if (scope.everything) return {};
  const visible: FilterQuery<ResourceCollection>[] = [{ visibility: Visibility.PUBLIC }];
  if (scope.memberNetworkIds.length > 0) {
    visible.push({ visibility: Visibility.NETWORK, owningNetwork: { $in: scope.memberNetworkIds } });
  }
  if (scope.moderatedNetworkIds.length > 0) visible.push({ owningNetwork: { $in: scope.moderatedNetworkIds } });
  if (scope.userId) visible.push({ owner: scope.userId });
  return { $or: visible };
}

/**
 * {@link canView} for curriculum entitlement versions (through
 * `governedEntitlement`): live ones as their visibility allows (NETWORK for
 * the owning network's members), drafts for the owning network's
 * moderators and the person who started the version.
 */
export function entitlementVisibleWhere(viewer: Viewer | null): FilterQuery<CurriculumEntitlement> {
  const scope = contentScope(viewer);
  if (scope.everything) return {};
  const live = { status: { $ne: EntitlementStatus.DRAFT } };
  const visible: FilterQuery<CurriculumEntitlement>[] = [{ ...live, visibility: Visibility.PUBLIC }];
  if (scope.memberNetworkIds.length > 0) {
    visible.push({ ...live, visibility: Visibility.NETWORK, owningNetwork: { $in: scope.memberNetworkIds } });
  }
  if (scope.moderatedNetworkIds.length > 0) visible.push({ owningNetwork: { $in: scope.moderatedNetworkIds } });
  if (scope.userId) visible.push({ createdBy: scope.userId });
  return { $or: visible };
}

/**
 * {@link canViewExcellence} as a list filter: validated ones (expired
 * included), the viewer's own proposals (as proposer or contact), and every
 * one of the schools they may validate for. Which schools those are is a
 * lookup (the schools of the hubs in {@link excellenceValidationScope}), so
 * the caller passes them.
 */
export function excellenceVisibleWhere(
  viewer: Viewer | null,
  validatableSchoolIds: readonly string[],
): FilterQuery<AreaOfExcellence> {
  if (isAdmin(viewer)) return {};
  const visible: FilterQuery<AreaOfExcellence>[] = [{ status: AoeStatus.VALIDATED }];
  if (viewer) visible.push({ proposedBy: viewer.userId }, { contact: viewer.userId });
  if (validatableSchoolIds.length > 0) visible.push({ school: { $in: [...validatableSchoolIds] } });
  return { $or: visible };
}

/**
 * {@link canViewEvent} as a list filter: PUBLIC events, the viewer's own,
 * every event of a network they moderate, NETWORK events hosted by a network
 * they belong to or, with no host network, by a school of one
 * (`memberSchoolIds`: the schools of the viewer's networks, for the caller
 * to look up).
 */
export function eventVisibleWhere(
  viewer: Viewer | null,
  memberSchoolIds: readonly string[],
): FilterQuery<ExcellenceEvent> {
  const scope = contentScope(viewer);
  if (scope.everything) return {};
  const visible: FilterQuery<ExcellenceEvent>[] = [{ visibility: Visibility.PUBLIC }];
  if (scope.userId) visible.push({ createdBy: scope.userId });
  if (scope.moderatedNetworkIds.length > 0) visible.push({ hostNetwork: { $in: scope.moderatedNetworkIds } });
  if (scope.memberNetworkIds.length > 0) {
    visible.push({ visibility: Visibility.NETWORK, hostNetwork: { $in: scope.memberNetworkIds } });
  }
  if (memberSchoolIds.length > 0) {
    visible.push({ visibility: Visibility.NETWORK, hostNetwork: null, hostSchool: { $in: [...memberSchoolIds] } });
  }
  return { $or: visible };
}
