import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  authorize,
  canContribute,
  canHostEvent,
  canManageNetwork,
  canManageOrganisations,
  canSeeEmail,
  canSeeNetworkPeople,
  canSeeSearchDemand,
  canValidateExcellence,
  contributionScope,
  editScope,
  eventHostingScope,
  eventVisibilityScope,
  excellenceValidationScope,
  hasRole,
  NetworkRole,
  visibleNetworkIds,
  type Viewer,
} from "./index.js";

const networkA = randomUUID();
const networkB = randomUUID();
const person = (roles: [string, NetworkRole][] = [], isAdmin = false): Viewer => ({
  userId: randomUUID(),
  isAdmin,
  roles: new Map(roles),
});

describe("policy", () => {
  it("ranks roles so each includes the ones before it", () => {
    const moderator = person([[networkA, NetworkRole.MODERATOR]]);
    expect(hasRole(moderator, networkA, NetworkRole.MEMBER)).toBe(true);
    expect(hasRole(moderator, networkA, NetworkRole.CONTRIBUTOR)).toBe(true);
    expect(hasRole(moderator, networkA, NetworkRole.MODERATOR)).toBe(true);
    expect(hasRole(moderator, networkA, NetworkRole.LEAD)).toBe(false);
    expect(hasRole(moderator, networkB, NetworkRole.MEMBER)).toBe(false);
    expect(hasRole(null, networkA, NetworkRole.MEMBER)).toBe(false);
  });

  it("shows network-only material of exactly the viewer's networks", () => {
    expect(visibleNetworkIds(null)).toEqual([]);
    expect(visibleNetworkIds(person([[networkA, NetworkRole.MEMBER]]))).toEqual([networkA]);
  });

  it("lets leads and admins manage a network, and only admins manage organisations", () => {
    const lead = person([[networkA, NetworkRole.LEAD]]);
    const admin = person([], true);
    expect(canManageNetwork(lead, networkA)).toBe(true);
    expect(canManageNetwork(lead, networkB)).toBe(false);
    expect(canManageNetwork(admin, networkB)).toBe(true);
    expect(canManageOrganisations(lead)).toBe(false);
    expect(canManageOrganisations(admin)).toBe(true);
    expect(canSeeNetworkPeople(person([[networkA, NetworkRole.MEMBER]]), networkA)).toBe(true);
    expect(canSeeNetworkPeople(null, networkA)).toBe(false);
  });

  it("keeps email addresses between the person and admins", () => {
    const me = person();
    expect(canSeeEmail(me, me.userId)).toBe(true);
    expect(canSeeEmail(person(), me.userId)).toBe(false);
    expect(canSeeEmail(person([], true), me.userId)).toBe(true);
    expect(canSeeEmail(null, me.userId)).toBe(false);
  });

  it("gives list filters the same networks as the permission checks", () => {
    const viewer = person([
      [networkA, NetworkRole.CONTRIBUTOR],
      [networkB, NetworkRole.MODERATOR],
    ]);
    expect(contributionScope(viewer)).toEqual({ everything: false, networkIds: [networkA, networkB] });
    expect(eventHostingScope(viewer)).toEqual({ everything: false, networkIds: [networkB] });
    expect(eventVisibilityScope(viewer)).toEqual({
      everything: false,
      userId: viewer.userId,
      memberNetworkIds: [networkA, networkB],
      moderatedNetworkIds: [networkB],
    });
    expect(excellenceValidationScope(viewer)).toEqual({ everything: false, networkIds: [networkB] });
    expect(editScope(viewer)).toEqual({
      everything: false,
      userId: viewer.userId,
      contributorNetworkIds: [networkA, networkB],
      moderatedNetworkIds: [networkB],
    });
    expect([
      canContribute(viewer, networkA),
      canHostEvent(viewer, [networkA]),
      canHostEvent(viewer, [networkB]),
    ]).toEqual([true, false, true]);
    expect(canValidateExcellence(viewer, [networkA, networkB])).toBe(true);
    expect(contributionScope(null)).toEqual({ everything: false, networkIds: [] });
    expect(editScope(null)).toMatchObject({ everything: false, contributorNetworkIds: [], moderatedNetworkIds: [] });
    expect(eventHostingScope(person([], true)).everything).toBe(true);
    expect(eventVisibilityScope(null)).toEqual({ everything: false, memberNetworkIds: [], moderatedNetworkIds: [] });
    expect(canHostEvent(person([], true), [])).toBe(true);
  });

  it("refuses the public with UNAUTHENTICATED and the signed-in with FORBIDDEN", () => {
    expect(() => authorize(null, false, "do that")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => authorize(person(), false, "do that")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => authorize(null, true, "do that")).not.toThrow();
  });

  it("shows a network's search demand to its people and the public view to those who moderate somewhere", () => {
    const lead = person([[networkA, NetworkRole.LEAD]]);
    const member = person([[networkA, NetworkRole.MEMBER]]);
    const otherModerator = person([[networkB, NetworkRole.MODERATOR]]);
    expect(canSeeSearchDemand(lead, networkA)).toBe(true);
    expect(canSeeSearchDemand(member, networkA)).toBe(true);
    expect(canSeeSearchDemand(otherModerator, networkA)).toBe(false);
    expect(canSeeSearchDemand(person([], true), networkA)).toBe(true);
    expect(canSeeSearchDemand(null, networkA)).toBe(false);
    expect(canSeeSearchDemand(lead, null)).toBe(true);
    expect(canSeeSearchDemand(otherModerator, null)).toBe(true);
    expect(canSeeSearchDemand(member, null)).toBe(false);
    expect(canSeeSearchDemand(person([], true), null)).toBe(true);
    expect(canSeeSearchDemand(null, null)).toBe(false);
  });
});
