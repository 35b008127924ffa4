import { expect } from "vitest";
import { MembershipService } from "../src/modules/memberships/index.js";
import { Network } from "../src/modules/organisations/index.js";
import { User } from "../src/modules/accounts/index.js";
import type { NetworkRole } from "../src/policy/index.js";
import type { GraphQLResponse, TestApi, TestUser } from "./harness.js";

/** Helpers for resource tests: networks, roles and resources arranged through the API as clients would. */
export async function makeAdmin(api: TestApi): Promise<TestUser> {
  const admin = await api.signUp({ name: "Site Admin" });
  await api.orm.em.getConnection().execute("update app_user set is_admin = true where id = ?", [admin.uuid]);
  return admin;
}

export async function makeNetwork(
  api: TestApi,
  admin: TestUser,
  slug: string,
  options: { moderatorsPublishDirectly?: boolean; kind?: string } = {},
): Promise<void> {
  const kind = options.kind ?? "SUBJECT_NETWORK";
  const created = await api.gql(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`,
    { input: { kind, name: `Network ${slug}`, slug, description: "For tests." } },
    admin.auth,
  );
  expect(created.errors).toBeUndefined();
  if (options.moderatorsPublishDirectly) {
    await api.orm.em
      .getConnection()
      .execute("update network set moderators_publish_directly = true where slug = ?", [slug]);
  }
}

export async function setRole(api: TestApi, user: TestUser, networkSlug: string, role: NetworkRole): Promise<void> {
  const em = api.orm.em.fork();
  await new MembershipService(em).setRole(
    await em.findOneOrFail(User, { uuid: user.uuid }),
    await em.findOneOrFail(Network, { slug: networkSlug }),
    role,
  );
}

export function resourceInput(slug: string, owningNetworkSlug: string, overrides: Record<string, unknown> = {}) {
  return {
    slug,
    title: `Resource ${slug}`,
    summary: `What ${slug} offers.`,
    type: "GUIDE",
    licence: "CC_BY_4_0",
    visibility: "PUBLIC",
    owningNetworkSlug,
    ...overrides,
  };
}

const MUTATIONS = {
  createResource: "CreateResourceInput",
  updateResource: "UpdateResourceInput",
  submitResourceForReview: "ResourceRefInput",
  publishResource: "ResourceRefInput",
  requestResourceChanges: "RequestResourceChangesInput",
  archiveResource: "ResourceRefInput",
  restoreResourceRevision: "RestoreResourceRevisionInput",
} as const;

export type ResourceMutation = keyof typeof MUTATIONS;

/** Runs a resource mutation as `user` (or anonymously), returning the resource's slug and status. */
export function mutate(
  api: TestApi,
  user: TestUser | null,
  mutation: ResourceMutation,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<Record<string, { resource: { slug: string; status: string } }>>> {
  return api.gql(
    `mutation($input: ${MUTATIONS[mutation]}!) { ${mutation}(input: $input) { resource { slug status } } }`,
    { input },
    user?.auth ?? {},
  );
}

/** Runs a mutation that must succeed. */
export async function mustMutate(
  api: TestApi,
  user: TestUser | null,
  mutation: ResourceMutation,
  input: Record<string, unknown>,
): Promise<{ slug: string; status: string }> {
  const result = await mutate(api, user, mutation, input);
  expect(result.errors).toBeUndefined();
  return result.data![mutation]!.resource;
}
