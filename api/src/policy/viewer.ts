import { registerEnumType } from "type-graphql";

/** A person's role in one network; each role includes the ones before it. */
export enum NetworkRole {
  /** Sees the network's network-only material. */
  MEMBER = "MEMBER",
  /** Also drafts material and submits it for review. */
  CONTRIBUTOR = "CONTRIBUTOR",
  /** Also reviews, publishes and curates the network's material. */
  MODERATOR = "MODERATOR",
  /** Also manages the network's membership and roles. */
  LEAD = "LEAD",
}

export const ROLE_RANK: Record<NetworkRole, number> = {
  [NetworkRole.MEMBER]: 1,
  [NetworkRole.CONTRIBUTOR]: 2,
  [NetworkRole.MODERATOR]: 3,
  [NetworkRole.LEAD]: 4,
};

registerEnumType(NetworkRole, {
  name: "NetworkRole",
  description: "A person's role in a network; each role includes the permissions of the ones before it.",
  valuesConfig: {
    MEMBER: { description: "Sees the network's network-only material." },
    CONTRIBUTOR: { description: "Also drafts material and submits it for review." },
    MODERATOR: { description: "Also reviews, publishes and curates the network's material." },
    LEAD: { description: "Also manages the network's membership and roles." },
  },
});

/**
 * Who is asking, resolved once per request from the session cookie or API
 * token: the user, whether they are a site admin, their role in each
 * network (keyed by network uuid) and the school they work at. Anonymous requests have no viewer (null).
 */
export interface Viewer {
  userId: string;
  isAdmin: boolean;
  roles: ReadonlyMap<string, NetworkRole>;
  /** The school the person works at (from their profile), whose own records they may read. */
  schoolId?: string | null;
  /** The session the request came with, when signed in through the website or `signIn`. */
  sessionId?: string;
  /** The personal API token the request came with, when a script is calling. */
  apiTokenId?: string;
}
