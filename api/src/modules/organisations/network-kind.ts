import { registerEnumType } from "type-graphql";

/** What sort of group of schools or leaders a network is. */
export enum NetworkKind {
  TRUST = "TRUST",
  HUB = "HUB",
  TEACHING_SCHOOL_HUB = "TEACHING_SCHOOL_HUB",
  SUBJECT_NETWORK = "SUBJECT_NETWORK",
  LEADERSHIP_GROUP = "LEADERSHIP_GROUP",
  INTEREST_GROUP = "INTEREST_GROUP",
  PARTNERSHIP = "PARTNERSHIP",
}

/** Each kind of network's name, as people read it (search facets). */
export const NETWORK_KIND_LABELS: Record<NetworkKind, string> = {
  [NetworkKind.TRUST]: "Trust",
  [NetworkKind.HUB]: "Hub",
  [NetworkKind.TEACHING_SCHOOL_HUB]: "Teaching school hub",
  [NetworkKind.SUBJECT_NETWORK]: "Subject network",
  [NetworkKind.LEADERSHIP_GROUP]: "Leadership group",
  [NetworkKind.INTEREST_GROUP]: "Interest group",
  [NetworkKind.PARTNERSHIP]: "Partnership",
};

registerEnumType(NetworkKind, {
  name: "NetworkKind",
  description: "What sort of group of schools or leaders a network is.",
  valuesConfig: {
    TRUST: { description: "A multi-academy trust: runs a family of schools and organises them into networks." },
    HUB: {
      description: "A local group of schools inside a national partnership, led by a hub manager and senior partners.",
    },
    TEACHING_SCHOOL_HUB: {
      description: "A government-designated teaching school hub delivering professional development to its area.",
    },
    SUBJECT_NETWORK: { description: "Middle leaders of one subject, usually across a trust's schools." },
    LEADERSHIP_GROUP: { description: "Senior leaders working together on one element of school improvement." },
    INTEREST_GROUP: { description: "Leaders gathered around a shared interest; forms and evolves freely." },
    PARTNERSHIP: { description: "A national partnership of hubs working to a shared framework." },
  },
});

/** The kinds of network that act as hubs: they review their schools and validate their Areas of Excellence. */
export const HUB_KINDS: readonly NetworkKind[] = [NetworkKind.HUB, NetworkKind.TEACHING_SCHOOL_HUB];
