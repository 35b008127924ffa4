import { describe, expect, it } from "vitest";
import {
  NetworkRole,
  Visibility,
  canEditExcellence,
  canHostEvent,
  canProposeExcellence,
  canValidateExcellence,
  canViewEvent,
  canViewExcellence,
  type Viewer,
} from "../../policy/index.js";

const viewer = (roles: Record<string, NetworkRole> = {}, userId = "someone", isAdmin = false): Viewer => ({
  userId,
  isAdmin,
  roles: new Map(Object.entries(roles)),
});

describe("Area of Excellence policy", () => {
  const proposal = { validated: false, proposerId: "proposer", contactId: "contact", schoolHubIds: ["hub"] };

  it("lets contributors of the school's networks propose", () => {
    expect(canProposeExcellence(viewer({ trust: NetworkRole.CONTRIBUTOR }), ["trust", "hub"])).toBe(true);
    expect(canProposeExcellence(viewer({ trust: NetworkRole.MEMBER }), ["trust"])).toBe(false);
    expect(canProposeExcellence(viewer({ elsewhere: NetworkRole.LEAD }), ["trust"])).toBe(false);
    expect(canProposeExcellence(null, ["trust"])).toBe(false);
    expect(canProposeExcellence(viewer({}, "admin", true), [])).toBe(true);
  });

  it("lets hub moderators validate", () => {
    expect(canValidateExcellence(viewer({ hub: NetworkRole.MODERATOR }), ["hub"])).toBe(true);
    expect(canValidateExcellence(viewer({ hub: NetworkRole.CONTRIBUTOR }), ["hub"])).toBe(false);
    expect(canValidateExcellence(viewer({ trust: NetworkRole.LEAD }), ["hub"])).toBe(false);
  });

  it("shows proposals to their proposer, contact and hub moderators; validated ones to all", () => {
    expect(canViewExcellence(null, proposal)).toBe(false);
    expect(canViewExcellence(viewer({}, "proposer"), proposal)).toBe(true);
    expect(canViewExcellence(viewer({}, "contact"), proposal)).toBe(true);
    expect(canViewExcellence(viewer({ hub: NetworkRole.MODERATOR }), proposal)).toBe(true);
    expect(canViewExcellence(viewer({ hub: NetworkRole.MEMBER }), proposal)).toBe(false);
    expect(canViewExcellence(null, { ...proposal, validated: true })).toBe(true);
  });

  it("lets the proposer edit only while it is a proposal", () => {
    expect(canEditExcellence(viewer({}, "proposer"), proposal)).toBe(true);
    expect(canEditExcellence(viewer({}, "proposer"), { ...proposal, validated: true })).toBe(false);
    expect(canEditExcellence(viewer({ hub: NetworkRole.MODERATOR }), { ...proposal, validated: true })).toBe(true);
  });
});

describe("event policy", () => {
  const networkEvent = {
    visibility: Visibility.NETWORK,
    hostNetworkId: "hub",
    hostSchoolNetworkIds: [],
    createdById: "creator",
  };

  it("shows NETWORK events to the host network's members, PUBLIC ones to all", () => {
    expect(canViewEvent(null, networkEvent)).toBe(false);
    expect(canViewEvent(viewer({ hub: NetworkRole.MEMBER }), networkEvent)).toBe(true);
    expect(canViewEvent(viewer({ other: NetworkRole.LEAD }), networkEvent)).toBe(false);
    expect(canViewEvent(null, { ...networkEvent, visibility: Visibility.PUBLIC })).toBe(true);
    const schoolEvent = { ...networkEvent, hostNetworkId: null, hostSchoolNetworkIds: ["trust"] };
    expect(canViewEvent(viewer({ trust: NetworkRole.MEMBER }), schoolEvent)).toBe(true);
  });

  it("lets moderators of a host network host", () => {
    expect(canHostEvent(viewer({ hub: NetworkRole.MODERATOR }), ["hub"])).toBe(true);
    expect(canHostEvent(viewer({ hub: NetworkRole.CONTRIBUTOR }), ["hub"])).toBe(false);
  });
});
