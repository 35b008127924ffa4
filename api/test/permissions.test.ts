import { beforeAll, describe, expect, it } from "vitest";
import { MembershipService } from "../src/modules/memberships/index.js";
import { Network } from "../src/modules/organisations/index.js";
import { User } from "../src/modules/accounts/index.js";
import { NetworkRole } from "../src/policy/index.js";
import { startTestApi, type TestApi, type TestUser } from "./harness.js";

/**
 * The permission matrix, asked through GraphQL as a client would: every kind
 * of viewer against every action on networks, people and organisations.
 */
type ViewerName = "anonymous" | "memberA" | "contributorA" | "moderatorA" | "leadA" | "memberB" | "admin";
const VIEWERS: ViewerName[] = ["anonymous", "memberA", "contributorA", "moderatorA", "leadA", "memberB", "admin"];

let api: TestApi;
const people = {} as Record<Exclude<ViewerName, "anonymous">, TestUser>;
let outsider: TestUser;
let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

const headersOf = (viewer: ViewerName) => (viewer === "anonymous" ? {} : people[viewer].auth);

async function addToNetwork(user: TestUser, slug: string, role: NetworkRole): Promise<void> {
  const em = api.orm.em.fork();
  const network = await em.findOneOrFail(Network, { slug });
  const person = await em.findOneOrFail(User, { uuid: user.uuid });
  await new MembershipService(em).setRole(person, network, role);
}

beforeAll(async () => {
  api = await startTestApi();
  for (const name of VIEWERS.filter((v): v is Exclude<ViewerName, "anonymous"> => v !== "anonymous")) {
    people[name] = await api.signUp({ name: `Viewer ${name}` });
  }
  outsider = await api.signUp({ name: "Someone Else" });
  await api.orm.em.getConnection().execute("update app_user set is_admin = true where id = ?", [people.admin.uuid]);
  for (const slug of ["network-a", "network-b"]) {
    const created = await api.gql(
      `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`,
      { input: { kind: "HUB", name: `Hub ${slug}`, slug, description: "A hub for the permission tests." } },
      people.admin.auth,
    );
    expect(created.errors).toBeUndefined();
  }
  await addToNetwork(people.memberA, "network-a", NetworkRole.MEMBER);
  await addToNetwork(people.contributorA, "network-a", NetworkRole.CONTRIBUTOR);
  await addToNetwork(people.moderatorA, "network-a", NetworkRole.MODERATOR);
  await addToNetwork(people.leadA, "network-a", NetworkRole.LEAD);
  await addToNetwork(people.memberB, "network-b", NetworkRole.MEMBER);
  const school = await api.gql(
    `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`,
    {
      input: {
        urn: "654321",
        name: "Harbourside Primary",
        slug: "harbourside-primary",
        phase: "PRIMARY",
        region: "SOUTH_WEST",
        localAuthority: "Cornwall",
      },
    },
    people.admin.auth,
  );
  expect(school.errors).toBeUndefined();
});

/** Each action returns whether the API let the viewer do it; refusals are checked for the right code. */
type Outcome = { allowed: boolean; code?: string };
type Action = (viewer: ViewerName) => Promise<Outcome>;

async function mutation(viewer: ViewerName, query: string, input: Record<string, unknown>): Promise<Outcome> {
  const result = await api.gql(query, { input }, headersOf(viewer));
  if (!result.errors) return { allowed: true };
  return { allowed: false, code: result.errors[0]?.extensions?.code };
}

async function fieldVisible(viewer: ViewerName, query: string, pick: (data: never) => unknown): Promise<Outcome> {
  const result = await api.gql(query, {}, headersOf(viewer));
  expect(result.errors).toBeUndefined();
  return { allowed: pick(result.data as never) !== null };
}

async function freshMemberOfA(): Promise<TestUser> {
  const target = await api.signUp();
  await addToNetwork(target, "network-a", NetworkRole.MEMBER);
  return target;
}

const ACTIONS: Record<string, { allowed: ViewerName[]; run: Action }> = {
  "see network A's members": {
    allowed: ["memberA", "contributorA", "moderatorA", "leadA", "admin"],
    run: (viewer) =>
      fieldVisible(
        viewer,
        `{ network(slug: "network-a") { people(first: 50) { totalCount } } }`,
        (data: { network: { people: unknown } }) => data.network.people,
      ),
  },
  "see network A's waiting invitations": {
    allowed: ["leadA", "admin"],
    run: (viewer) =>
      fieldVisible(
        viewer,
        `{ network(slug: "network-a") { pendingInvitations { email } } }`,
        (data: { network: { pendingInvitations: unknown } }) => data.network.pendingInvitations,
      ),
  },
  "invite someone to network A": {
    allowed: ["leadA", "admin"],
    run: (viewer) =>
      mutation(
        viewer,
        `mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { invitation { id } } }`,
        {
          networkSlug: "network-a",
          email: `invitee-${unique()}@school.example`,
          role: "MEMBER",
        },
      ),
  },
  "change a member's role in network A": {
    allowed: ["leadA", "admin"],
    run: async (viewer) => {
      const target = await freshMemberOfA();
      return mutation(
        viewer,
        `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } } }`,
        {
          networkSlug: "network-a",
          userId: target.id,
          role: "CONTRIBUTOR",
        },
      );
    },
  },
  "remove a member from network A": {
    allowed: ["leadA", "admin"],
    run: async (viewer) => {
      const target = await freshMemberOfA();
      return mutation(
        viewer,
        `mutation($input: MemberRefInput!) { removeMember(input: $input) { network { slug } } }`,
        {
          networkSlug: "network-a",
          userId: target.id,
        },
      );
    },
  },
  "edit network A's description": {
    allowed: ["leadA", "admin"],
    run: (viewer) =>
      mutation(viewer, `mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { network { slug } } }`, {
        slug: "network-a",
        description: `Edited by ${viewer}`,
      }),
  },
  "add a school to network A": {
    allowed: ["leadA", "admin"],
    run: (viewer) =>
      mutation(
        viewer,
        `mutation($input: AddSchoolsToNetworkInput!) { addSchoolsToNetwork(input: $input) { network { slug } } }`,
        {
          networkSlug: "network-a",
          urns: ["654321"],
        },
      ),
  },
  "create a school": {
    allowed: ["admin"],
    run: (viewer) => {
      const urn = String(100000 + Math.floor(Math.random() * 899999));
      return mutation(
        viewer,
        `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`,
        {
          urn,
          name: `School ${urn}`,
          slug: `school-${urn}`,
          phase: "SECONDARY",
          region: "LONDON",
          localAuthority: "Camden",
        },
      );
    },
  },
  "create a network": {
    allowed: ["admin"],
    run: (viewer) => {
      const slug = `network-${unique()}`;
      return mutation(
        viewer,
        `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`,
        {
          kind: "INTEREST_GROUP",
          name: `Group ${slug}`,
          slug,
          description: "Made in the permission matrix.",
        },
      );
    },
  },
  "pair network A with network B": {
    allowed: ["admin"],
    run: async (viewer) => {
      const outcome = await mutation(
        viewer,
        `mutation($input: NetworkPairInput!) { pairNetworks(input: $input) { network { slug } } }`,
        {
          networkSlug: "network-a",
          partnerSlug: "network-b",
        },
      );
      if (outcome.allowed) {
        await api.gql(
          `mutation($input: NetworkPairInput!) { unpairNetworks(input: $input) { network { slug } } }`,
          { input: { networkSlug: "network-a", partnerSlug: "network-b" } },
          people.admin.auth,
        );
      }
      return outcome;
    },
  },
  "read another person's email address": {
    allowed: ["admin"],
    run: (viewer) =>
      fieldVisible(
        viewer,
        `{ node(id: "${outsider.id}") { ... on User { email } } }`,
        (data: { node: { email: unknown } }) => data.node.email,
      ),
  },
  "create a personal API token": {
    allowed: ["memberA", "contributorA", "moderatorA", "leadA", "memberB", "admin"],
    run: (viewer) =>
      mutation(viewer, `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`, {
        name: "matrix",
      }),
  },
};

const cases = Object.entries(ACTIONS).flatMap(([action, { allowed }]) =>
  VIEWERS.map((viewer) => [action, viewer, allowed.includes(viewer)] as const),
);

describe("permission matrix", () => {
  it.each(cases)("%s as %s: allowed = %s", async (action, viewer, expected) => {
    const outcome = await ACTIONS[action]!.run(viewer);
    expect(outcome.allowed).toBe(expected);
    if (!expected && outcome.code) {
      expect(outcome.code).toBe(viewer === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
    }
  });
});
