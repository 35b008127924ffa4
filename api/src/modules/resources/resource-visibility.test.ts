import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

/**
 * Who sees what, asked through GraphQL: every kind of viewer against every
 * visibility in draft and published, by slug and in the list, which must agree.
 */
type ViewerName =
  "anonymous" | "author" | "memberA" | "contributorA" | "moderatorA" | "memberB" | "memberShared" | "admin";
const VIEWERS: ViewerName[] = [
  "anonymous",
  "author",
  "memberA",
  "contributorA",
  "moderatorA",
  "memberB",
  "memberShared",
  "admin",
];
const VISIBILITIES = ["PUBLIC", "NETWORK", "PRIVATE"] as const;
const STATUSES = ["DRAFT", "PUBLISHED"] as const;

/** Everyone sees their own and moderated work; published PUBLIC is for all, NETWORK for members of A and the shared network. */
const ALWAYS: ViewerName[] = ["author", "moderatorA", "admin"];
function expected(visibility: (typeof VISIBILITIES)[number], status: (typeof STATUSES)[number]): ViewerName[] {
  if (status === "DRAFT" || visibility === "PRIVATE") return ALWAYS;
  if (visibility === "NETWORK") return [...ALWAYS, "memberA", "contributorA", "memberShared"];
  return VIEWERS;
}

let api: TestApi;
const people = {} as Record<Exclude<ViewerName, "anonymous">, TestUser>;
const headersOf = (viewer: ViewerName) => (viewer === "anonymous" ? {} : people[viewer].auth);
const slugOf = (visibility: string, status: string) => `matrix-${visibility}-${status}`.toLowerCase();

beforeAll(async () => {
  api = await startTestApi();
  people.admin = await makeAdmin(api);
  for (const name of VIEWERS.filter(
    (v): v is Exclude<ViewerName, "anonymous" | "admin"> => !["anonymous", "admin"].includes(v),
  )) {
    people[name] = await api.signUp({ name: `Viewer ${name}` });
  }
  for (const slug of ["network-a", "network-b", "network-shared"]) await makeNetwork(api, people.admin, slug);
  await setRole(api, people.author, "network-a", NetworkRole.CONTRIBUTOR);
  await setRole(api, people.memberA, "network-a", NetworkRole.MEMBER);
  await setRole(api, people.contributorA, "network-a", NetworkRole.CONTRIBUTOR);
  await setRole(api, people.moderatorA, "network-a", NetworkRole.MODERATOR);
  await setRole(api, people.memberB, "network-b", NetworkRole.MEMBER);
  await setRole(api, people.memberShared, "network-shared", NetworkRole.MEMBER);
  for (const visibility of VISIBILITIES) {
    for (const status of STATUSES) {
      const slug = slugOf(visibility, status);
      await mustMutate(
        api,
        people.author,
        "createResource",
        resourceInput(slug, "network-a", { visibility, sharedWithNetworkSlugs: ["network-shared"] }),
      );
      if (status === "PUBLISHED") {
        await mustMutate(api, people.author, "submitResourceForReview", { slug });
        await mustMutate(api, people.moderatorA, "publishResource", { slug });
      }
    }
  }
});

describe("resource visibility", () => {
  it.each(VIEWERS)("%s sees exactly what the policy allows, by slug and in the list", async (viewer) => {
    const seen: string[] = [];
    for (const visibility of VISIBILITIES) {
      for (const status of STATUSES) {
        const slug = slugOf(visibility, status);
        const result = await api.gql<{ resource: { slug: string } | null }>(
          `query($slug: String!) { resource(slug: $slug) { slug } }`,
          { slug },
          headersOf(viewer),
        );
        expect(result.errors).toBeUndefined();
        const visible = result.data!.resource !== null;
        expect({ slug, visible }).toEqual({ slug, visible: expected(visibility, status).includes(viewer) });
        if (visible) seen.push(slug);
      }
    }
    const list = await api.gql<{ resources: { totalCount: number; nodes: { slug: string }[] } }>(
      `{ resources(first: 100, filter: { networkSlug: "network-a" }) { totalCount nodes { slug } } }`,
      {},
      headersOf(viewer),
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.resources.totalCount).toBe(seen.length);
    expect(list.data!.resources.nodes.map((node) => node.slug).sort()).toEqual([...seen].sort());
  });
});
