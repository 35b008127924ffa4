import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

/**
 * The collection permission matrix, asked through GraphQL: every kind of
 * viewer against network-owned collections of each visibility and personal
 * ones, for seeing (by slug, as a node, in the list), editing, and which
 * resources inside a visible collection they are shown.
 */
type ViewerName = "anonymous" | "member" | "contributor" | "moderator" | "otherMember" | "admin";
type Person = Exclude<ViewerName, "anonymous">;
const VIEWERS: ViewerName[] = ["anonymous", "member", "contributor", "moderator", "otherMember", "admin"];

interface Case {
  slug: string;
  owningNetworkSlug?: string;
  /** Who makes it: a moderator of network A for network collections, the contributor for personal ones. */
  maker: Person;
  visibility: "PUBLIC" | "NETWORK" | "PRIVATE";
  see: ViewerName[];
  edit: ViewerName[];
}

const CASES: Case[] = [
  {
    slug: "network-public",
    owningNetworkSlug: "network-a",
    maker: "moderator",
    visibility: "PUBLIC",
    see: VIEWERS,
    edit: ["moderator", "admin"],
  },
  {
    slug: "network-network",
    owningNetworkSlug: "network-a",
    maker: "moderator",
    visibility: "NETWORK",
    see: ["member", "contributor", "moderator", "admin"],
    edit: ["moderator", "admin"],
  },
  {
    slug: "network-private",
    owningNetworkSlug: "network-a",
    maker: "moderator",
    visibility: "PRIVATE",
    see: ["moderator", "admin"],
    edit: ["moderator", "admin"],
  },
  { slug: "personal-public", maker: "contributor", visibility: "PUBLIC", see: VIEWERS, edit: ["contributor", "admin"] },
  {
    slug: "personal-private",
    maker: "contributor",
    visibility: "PRIVATE",
    see: ["contributor", "admin"],
    edit: ["contributor", "admin"],
  },
];

/** The resources in every collection, and who may see each. */
const RESOURCES: { slug: string; visibility: string; publish: boolean; seenBy: ViewerName[] }[] = [
  { slug: "open-guide", visibility: "PUBLIC", publish: true, seenBy: VIEWERS },
  {
    slug: "members-guide",
    visibility: "NETWORK",
    publish: true,
    seenBy: ["member", "contributor", "moderator", "admin"],
  },
  { slug: "draft-guide", visibility: "PUBLIC", publish: false, seenBy: ["moderator", "admin"] },
];

let api: TestApi;
const people = {} as Record<Person, TestUser>;
const headersOf = (viewer: ViewerName) => (viewer === "anonymous" ? {} : people[viewer].auth);
const collectionIds = new Map<string, string>();

beforeAll(async () => {
  api = await startTestApi();
  people.admin = await makeAdmin(api);
  for (const name of ["member", "contributor", "moderator", "otherMember"] as const) {
    people[name] = await api.signUp({ name: `Viewer ${name}` });
  }
  await makeNetwork(api, people.admin, "network-a");
  await makeNetwork(api, people.admin, "network-b");
  await setRole(api, people.member, "network-a", NetworkRole.MEMBER);
  await setRole(api, people.contributor, "network-a", NetworkRole.CONTRIBUTOR);
  await setRole(api, people.moderator, "network-a", NetworkRole.MODERATOR);
  await setRole(api, people.otherMember, "network-b", NetworkRole.MEMBER);
  for (const resource of RESOURCES) {
    await mustMutate(
      api,
      people.moderator,
      "createResource",
      resourceInput(resource.slug, "network-a", { visibility: resource.visibility }),
    );
    if (resource.publish) {
      await mustMutate(api, people.moderator, "submitResourceForReview", { slug: resource.slug });
      await mustMutate(api, people.moderator, "publishResource", { slug: resource.slug });
    }
  }
  for (const item of CASES) {
    const created = await api.gql<{ createCollection: { collection: { id: string } } }>(
      `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { collection { id } } }`,
      {
        input: {
          slug: item.slug,
          title: `Collection ${item.slug}`,
          visibility: item.visibility,
          owningNetworkSlug: item.owningNetworkSlug,
        },
      },
      people[item.maker].auth,
    );
    expect(created.errors).toBeUndefined();
    collectionIds.set(item.slug, created.data!.createCollection.collection.id);
    // The admin adds them all, since not every owner may see every resource.
    for (const resource of RESOURCES) {
      const added = await api.gql(
        `mutation($input: AddResourceToCollectionInput!) { addResourceToCollection(input: $input) { collection { slug } } }`,
        { input: { collectionSlug: item.slug, resourceSlug: resource.slug } },
        people.admin.auth,
      );
      expect(added.errors).toBeUndefined();
    }
  }
});

const cases = CASES.flatMap((item) => VIEWERS.map((viewer) => [item.slug, viewer] as const));

describe("collection permission matrix", () => {
  it.each(cases)("%s as %s", async (slug, viewer) => {
    const item = CASES.find((candidate) => candidate.slug === slug)!;
    const maySee = item.see.includes(viewer);
    const mayEdit = item.edit.includes(viewer);

    const read = await api.gql<{
      collection: { items: { totalCount: number; nodes: { position: number; resource: { slug: string } }[] } } | null;
      node: { slug: string } | null;
      collections: { nodes: { slug: string }[] };
    }>(
      `query($slug: String!, $id: ID!) {
        collection(slug: $slug) { viewerCanEdit items(first: 100) { totalCount nodes { position resource { slug } } } }
        node(id: $id) { ... on Collection { slug } }
        collections(first: 100) { nodes { slug } }
      }`,
      { slug, id: collectionIds.get(slug) },
      headersOf(viewer),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.collection !== null).toBe(maySee);
    expect(read.data!.node !== null).toBe(maySee);
    expect(read.data!.collections.nodes.some((node) => node.slug === slug)).toBe(maySee);

    if (read.data!.collection) {
      const expected = RESOURCES.filter((resource) => resource.seenBy.includes(viewer)).map((r) => r.slug);
      const items = read.data!.collection.items;
      expect(items.totalCount).toBe(expected.length);
      expect(items.nodes.map((node) => node.resource.slug)).toEqual(expected);
      expect(items.nodes.map((node) => node.position)).toEqual(expected.map((_slug, index) => index + 1));
    }

    const edit = await api.gql(
      `mutation($input: UpdateCollectionInput!) { updateCollection(input: $input) { collection { title } } }`,
      { input: { slug, title: `Edited by ${viewer}` } },
      headersOf(viewer),
    );
    if (mayEdit) {
      expect(edit.errors).toBeUndefined();
    } else {
      // Someone who cannot see it is told it does not exist; someone who can is refused.
      const code = viewer === "anonymous" ? "UNAUTHENTICATED" : maySee ? "FORBIDDEN" : "BAD_USER_INPUT";
      expect(edit.errors?.[0]?.extensions?.code).toBe(code);
    }
  });

  it.each(VIEWERS)("creating a collection for network A as %s", async (viewer) => {
    const result = await api.gql(
      `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { collection { slug } } }`,
      {
        input: {
          slug: `made-by-${viewer.toLowerCase()}`,
          title: "Made in the matrix",
          visibility: "NETWORK",
          owningNetworkSlug: "network-a",
        },
      },
      headersOf(viewer),
    );
    if (["moderator", "admin"].includes(viewer)) {
      expect(result.errors).toBeUndefined();
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe(viewer === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
    }
  });
});
