import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type GraphQLResponse, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

/** Collections through GraphQL: making them, curating their list, reading them, and bad input. */
let api: TestApi;
let admin: TestUser;
let curator: TestUser;
let moderator: TestUser;

const ITEM_MUTATIONS = {
  addResourceToCollection: "AddResourceToCollectionInput",
  removeResourceFromCollection: "CollectionResourceInput",
  moveResourceInCollection: "MoveResourceInCollectionInput",
  createCollection: "CreateCollectionInput",
  updateCollection: "UpdateCollectionInput",
} as const;

function run(
  user: TestUser,
  mutation: keyof typeof ITEM_MUTATIONS,
  input: Record<string, unknown>,
): Promise<GraphQLResponse<Record<string, { collection: { slug: string } }>>> {
  return api.gql(
    `mutation($input: ${ITEM_MUTATIONS[mutation]}!) { ${mutation}(input: $input) { collection { slug } } }`,
    { input },
    user.auth,
  );
}

async function must(user: TestUser, mutation: keyof typeof ITEM_MUTATIONS, input: Record<string, unknown>) {
  const result = await run(user, mutation, input);
  expect(result.errors).toBeUndefined();
}

async function expectBadInput(
  user: TestUser,
  mutation: keyof typeof ITEM_MUTATIONS,
  input: Record<string, unknown>,
  field: string,
) {
  const result = await run(user, mutation, input);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
}

async function order(slug: string, user: TestUser = curator): Promise<string[]> {
  const result = await api.gql<{
    collection: { items: { nodes: { position: number; resource: { slug: string } }[] } };
  }>(
    `query($slug: String!) { collection(slug: $slug) { items(first: 100) { nodes { position resource { slug } } } } }`,
    { slug },
    user.auth,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.collection.items.nodes.map((node) => node.resource.slug);
}

beforeAll(async () => {
  api = await startTestApi();
  admin = await makeAdmin(api);
  curator = await api.signUp({ name: "Casey Curator" });
  moderator = await api.signUp({ name: "Morgan Moderator" });
  await makeNetwork(api, admin, "aoe-network");
  await setRole(api, curator, "aoe-network", NetworkRole.CONTRIBUTOR);
  await setRole(api, moderator, "aoe-network", NetworkRole.MODERATOR);
  for (const slug of ["plan-the-day", "invite-schools", "run-the-visit", "follow-up"]) {
    await mustMutate(api, curator, "createResource", resourceInput(slug, "aoe-network"));
    await mustMutate(api, curator, "submitResourceForReview", { slug });
    await mustMutate(api, moderator, "publishResource", { slug });
  }
});

describe("curating a collection", () => {
  it("keeps the order given by adds, moves and removals", async () => {
    await must(curator, "createCollection", {
      slug: "aoe-event-starter-kit",
      title: "Running an Area of Excellence event: a starter kit",
      description: "Everything for a **first** open morning.",
      visibility: "PUBLIC",
    });
    await must(curator, "addResourceToCollection", {
      collectionSlug: "aoe-event-starter-kit",
      resourceSlug: "run-the-visit",
    });
    await must(curator, "addResourceToCollection", {
      collectionSlug: "aoe-event-starter-kit",
      resourceSlug: "follow-up",
    });
    await must(curator, "addResourceToCollection", {
      collectionSlug: "aoe-event-starter-kit",
      resourceSlug: "plan-the-day",
      position: 1,
    });
    await must(curator, "addResourceToCollection", {
      collectionSlug: "aoe-event-starter-kit",
      resourceSlug: "invite-schools",
      position: 2,
    });
    expect(await order("aoe-event-starter-kit")).toEqual([
      "plan-the-day",
      "invite-schools",
      "run-the-visit",
      "follow-up",
    ]);

    await must(curator, "moveResourceInCollection", {
      collectionSlug: "aoe-event-starter-kit",
      resourceSlug: "follow-up",
      position: 1,
    });
    expect(await order("aoe-event-starter-kit")).toEqual([
      "follow-up",
      "plan-the-day",
      "invite-schools",
      "run-the-visit",
    ]);
    await must(curator, "moveResourceInCollection", {
      collectionSlug: "aoe-event-starter-kit",
      resourceSlug: "follow-up",
      position: 4,
    });
    await must(curator, "removeResourceFromCollection", {
      collectionSlug: "aoe-event-starter-kit",
      resourceSlug: "invite-schools",
    });
    expect(await order("aoe-event-starter-kit")).toEqual(["plan-the-day", "run-the-visit", "follow-up"]);
    const stored = await api.orm.em
      .fork()
      .getConnection()
      .execute<{ position: number }[]>(
        `select i.position from collection_item i join collection c on c.id = i.collection_id
          where c.slug = 'aoe-event-starter-kit' order by i.position`,
      );
    expect(stored.map((row) => row.position)).toEqual([1, 2, 3]);
  });

  it("rejects bad input on the field at fault and changes nothing", async () => {
    const before = await order("aoe-event-starter-kit");
    const kit = "aoe-event-starter-kit";
    await expectBadInput(
      curator,
      "moveResourceInCollection",
      { collectionSlug: kit, resourceSlug: "follow-up", position: 4 },
      "input.position",
    );
    await expectBadInput(
      curator,
      "moveResourceInCollection",
      { collectionSlug: kit, resourceSlug: "follow-up", position: 0 },
      "input.position",
    );
    await expectBadInput(
      curator,
      "addResourceToCollection",
      { collectionSlug: kit, resourceSlug: "invite-schools", position: 5 },
      "input.position",
    );
    await expectBadInput(
      curator,
      "addResourceToCollection",
      { collectionSlug: kit, resourceSlug: "follow-up" },
      "input.resourceSlug",
    );
    await expectBadInput(
      curator,
      "addResourceToCollection",
      { collectionSlug: kit, resourceSlug: "no-such-guide" },
      "input.resourceSlug",
    );
    await expectBadInput(
      curator,
      "removeResourceFromCollection",
      { collectionSlug: kit, resourceSlug: "invite-schools" },
      "input.resourceSlug",
    );
    await expectBadInput(
      curator,
      "addResourceToCollection",
      { collectionSlug: "no-such-kit", resourceSlug: "follow-up" },
      "input.collectionSlug",
    );
    await expectBadInput(
      curator,
      "createCollection",
      { slug: kit, title: "Again", visibility: "PUBLIC" },
      "input.slug",
    );
    await expectBadInput(
      curator,
      "createCollection",
      { slug: "Bad Slug", title: "Bad", visibility: "PUBLIC" },
      "input.slug",
    );
    await expectBadInput(
      curator,
      "createCollection",
      { slug: "mine", title: "Mine", visibility: "NETWORK" },
      "input.visibility",
    );
    await expectBadInput(
      curator,
      "createCollection",
      { slug: "lost", title: "Lost", visibility: "PUBLIC", owningNetworkSlug: "nowhere" },
      "input.owningNetworkSlug",
    );
    await expectBadInput(curator, "updateCollection", { slug: kit, visibility: "NETWORK" }, "input.visibility");
    await expectBadInput(
      curator,
      "updateCollection",
      { slug: kit, description: "x".repeat(21 * 1024) },
      "input.description",
    );
    expect(await order("aoe-event-starter-kit")).toEqual(before);
    const kept = await api.gql<{ collection: { visibility: string } }>(`{ collection(slug: "${kit}") { visibility } }`);
    expect(kept.data!.collection.visibility).toBe("PUBLIC");
  });

  it("renders the description as sanitised HTML", async () => {
    await must(curator, "updateCollection", {
      slug: "aoe-event-starter-kit",
      description: 'Read [this](javascript:alert(1)) <script>alert(1)</script><img src=x onerror="alert(1)"> **now**',
    });
    const result = await api.gql<{ collection: { descriptionHtml: string } }>(
      `{ collection(slug: "aoe-event-starter-kit") { descriptionHtml } }`,
    );
    const html = result.data!.collection.descriptionHtml;
    expect(html).toContain("<strong>now</strong>");
    expect(html).not.toMatch(/<script|<img[^>]*onerror|href\s*=\s*"?javascript:/i);
  });
});

describe("reading collections", () => {
  it("pages through the items, and names the visible collections on each resource", async () => {
    const first = await api.gql<{
      collection: {
        items: {
          totalCount: number;
          pageInfo: { endCursor: string; hasNextPage: boolean };
          nodes: { position: number }[];
        };
      };
    }>(
      `{ collection(slug: "aoe-event-starter-kit") { items(first: 2) { totalCount pageInfo { endCursor hasNextPage } nodes { position } } } }`,
    );
    expect(first.data!.collection.items).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = await api.gql<{
      collection: {
        items: { pageInfo: { hasNextPage: boolean }; nodes: { position: number; resource: { slug: string } }[] };
      };
    }>(
      `query($after: String) { collection(slug: "aoe-event-starter-kit") { items(first: 2, after: $after) { pageInfo { hasNextPage } nodes { position resource { slug } } } } }`,
      { after: first.data!.collection.items.pageInfo.endCursor },
    );
    expect(rest.data!.collection.items).toEqual({
      pageInfo: { hasNextPage: false },
      nodes: [{ position: 3, resource: { slug: "follow-up" } }],
    });

    await must(curator, "createCollection", {
      slug: "private-notes",
      title: "My private notes",
      visibility: "PRIVATE",
    });
    await must(curator, "addResourceToCollection", { collectionSlug: "private-notes", resourceSlug: "follow-up" });
    const query = `{ resource(slug: "follow-up") { collections { slug } } }`;
    const publicView = await api.gql<{ resource: { collections: { slug: string }[] } }>(query);
    expect(publicView.data!.resource.collections).toEqual([{ slug: "aoe-event-starter-kit" }]);
    const ownView = await api.gql<{ resource: { collections: { slug: string }[] } }>(query, {}, curator.auth);
    expect(ownView.data!.resource.collections.map((c) => c.slug)).toEqual(["private-notes", "aoe-event-starter-kit"]);
  });

  it("filters and orders the list", async () => {
    await must(moderator, "createCollection", {
      slug: "network-kit",
      title: "A network's kit",
      visibility: "NETWORK",
      owningNetworkSlug: "aoe-network",
    });
    const result = await api.gql<{
      byNetwork: { totalCount: number; nodes: { slug: string; owningNetwork: { slug: string }; owner: null }[] };
      byOwner: { nodes: { slug: string }[] };
      privateOnly: { nodes: { slug: string }[] };
      byTitle: { nodes: { slug: string }[] };
    }>(
      `query($owner: ID!) {
        byNetwork: collections(filter: { networkSlug: "aoe-network" }) { totalCount nodes { slug owningNetwork { slug } owner { name } } }
        byOwner: collections(filter: { ownerId: $owner }, orderBy: TITLE) { nodes { slug } }
        privateOnly: collections(filter: { visibility: PRIVATE }) { nodes { slug } }
        byTitle: collections(orderBy: TITLE) { nodes { slug } }
      }`,
      { owner: curator.id },
      curator.auth,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.byNetwork).toEqual({
      totalCount: 1,
      nodes: [{ slug: "network-kit", owningNetwork: { slug: "aoe-network" }, owner: null }],
    });
    expect(result.data!.byOwner.nodes.map((n) => n.slug)).toEqual(["private-notes", "aoe-event-starter-kit"]);
    expect(result.data!.privateOnly.nodes.map((n) => n.slug)).toEqual(["private-notes"]);
    expect(result.data!.byTitle.nodes.map((n) => n.slug)).toEqual([
      "network-kit",
      "private-notes",
      "aoe-event-starter-kit",
    ]);

    const badOwner = await api.gql(`{ collections(filter: { ownerId: "nonsense" }) { totalCount } }`);
    expect(badOwner.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.ownerId" });
  });

  it("deletes a collection but not its resources", async () => {
    const deleted = await api.gql<{ deleteCollection: { deletedCollectionId: string } }>(
      `mutation { deleteCollection(input: { slug: "private-notes" }) { deletedCollectionId } }`,
      {},
      curator.auth,
    );
    expect(deleted.errors).toBeUndefined();
    const after = await api.gql<{ collection: null; resource: { slug: string }; node: null }>(
      `query($id: ID!) { collection(slug: "private-notes") { slug } resource(slug: "follow-up") { slug } node(id: $id) { id } }`,
      { id: deleted.data!.deleteCollection.deletedCollectionId },
      curator.auth,
    );
    expect(after.data).toEqual({ collection: null, resource: { slug: "follow-up" }, node: null });
  });

  it("lists the collections each person curates with curatedByMe", async () => {
    const outsider = await api.signUp({ name: "Olly Outsider" });
    await must(outsider, "createCollection", {
      slug: "outsider-picks",
      title: "Outsider's picks",
      visibility: "PUBLIC",
    });
    await must(moderator, "createCollection", {
      slug: "curated-network-kit",
      title: "Curated network kit",
      visibility: "PUBLIC",
      owningNetworkSlug: "aoe-network",
    });
    const curated = async (user: TestUser | null) => {
      const result = await api.gql<{ collections: { nodes: { slug: string; viewerCanEdit: boolean }[] } }>(
        `{ collections(first: 100, filter: { curatedByMe: true }) { nodes { slug viewerCanEdit } } }`,
        {},
        user?.auth ?? {},
      );
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.collections.nodes;
      expect(nodes.every((node) => node.viewerCanEdit)).toBe(true);
      return nodes.map((node) => node.slug);
    };
    const mine = ["outsider-picks", "curated-network-kit", "aoe-event-starter-kit"];
    const pick = (slugs: string[]) => mine.filter((slug) => slugs.includes(slug));
    expect(pick(await curated(outsider))).toEqual(["outsider-picks"]);
    // The curator contributes to the network but does not moderate it, so curates only their own.
    expect(pick(await curated(curator))).toEqual(["aoe-event-starter-kit"]);
    expect(pick(await curated(moderator))).toEqual(["curated-network-kit"]);
    expect(pick(await curated(admin))).toEqual(mine);
    expect(await curated(null)).toEqual([]);
  });
});
