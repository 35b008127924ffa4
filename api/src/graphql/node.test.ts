import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../test/resource-fixtures.js";
import { NetworkRole } from "../policy/index.js";
import { toGlobalId } from "./relay.js";
import { startStatementCountingApi } from "../../test/sql-statements.js";
import { viewerOf } from "../modules/accounts/index.js";

/** `node(id:)` and `nodes(ids:)`: any object by global ID, never one the viewer may not see. */
let api: TestApi;
let admin: TestUser;
let author: TestUser;
const ids = {} as Record<
  "published" | "draft" | "network" | "ambition" | "publicCollection" | "privateCollection",
  string
>;

const NODES = `query($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Resource { slug }
    ... on Network { slug }
    ... on SharedAmbition { slug }
    ... on Collection { slug }
  }
}`;

beforeAll(async () => {
  api = await startTestApi();
  admin = await makeAdmin(api);
  author = await api.signUp({ name: "Node Author" });
  await makeNetwork(api, admin, "node-network");
  await setRole(api, author, "node-network", NetworkRole.MODERATOR);
  await mustMutate(api, author, "createResource", resourceInput("published-guide", "node-network"));
  await mustMutate(api, author, "submitResourceForReview", { slug: "published-guide" });
  await mustMutate(api, author, "publishResource", { slug: "published-guide" });
  await mustMutate(api, author, "createResource", resourceInput("draft-guide", "node-network"));
  const made = await api.gql<{
    ambition: { ambition: { id: string } };
    open: { collection: { id: string } };
    closed: { collection: { id: string } };
  }>(
    `mutation {
      ambition: createAmbition(input: { networkSlug: "node-network", slug: "phonics-2028", title: "Phonics by 2028", targetYear: 2028 }) { ambition { id } }
      open: createCollection(input: { slug: "open-kit", title: "Open kit", visibility: PUBLIC }) { collection { id } }
      closed: createCollection(input: { slug: "closed-kit", title: "Closed kit", visibility: PRIVATE }) { collection { id } }
    }`,
    {},
    author.auth,
  );
  expect(made.errors).toBeUndefined();
  const found = await api.gql<{ published: { id: string }; draft: { id: string }; network: { id: string } }>(
    `{ published: resource(slug: "published-guide") { id } draft: resource(slug: "draft-guide") { id } network(slug: "node-network") { id } }`,
    {},
    author.auth,
  );
  ids.published = found.data!.published.id;
  ids.draft = found.data!.draft.id;
  ids.network = found.data!.network.id;
  ids.ambition = made.data!.ambition.ambition.id;
  ids.publicCollection = made.data!.open.collection.id;
  ids.privateCollection = made.data!.closed.collection.id;
});

describe("nodes(ids:)", () => {
  const asked = () => [
    ids.published,
    ids.draft,
    "not-an-id",
    toGlobalId("Resource", "00000000-0000-4000-8000-000000000000"),
    ids.network,
    ids.ambition,
    ids.publicCollection,
    ids.privateCollection,
  ];

  it("answers in the order asked, with null for what the public may not see or what does not exist", async () => {
    const result = await api.gql<{ nodes: ({ slug: string } | null)[] }>(NODES, { ids: asked() });
    expect(result.errors).toBeUndefined();
    expect(result.data!.nodes.map((node) => node?.slug ?? null)).toEqual([
      "published-guide",
      null,
      null,
      null,
      "node-network",
      "phonics-2028",
      "open-kit",
      null,
    ]);
  });

  it("shows the author their draft and private collection", async () => {
    const result = await api.gql<{ nodes: ({ slug: string } | null)[] }>(NODES, { ids: asked() }, author.auth);
    expect(result.data!.nodes.map((node) => node?.slug ?? null)).toEqual([
      "published-guide",
      "draft-guide",
      null,
      null,
      "node-network",
      "phonics-2028",
      "open-kit",
      "closed-kit",
    ]);
  });

  it("takes the same number of SQL statements for 3 IDs of each type as for 9", async () => {
    const made: string[] = [];
    for (let index = 0; index < 9; index += 1) {
      const result = await api.gql<{ ambition: { ambition: { id: string } }; kit: { collection: { id: string } } }>(
        `mutation($ambition: CreateAmbitionInput!, $kit: CreateCollectionInput!) {
          ambition: createAmbition(input: $ambition) { ambition { id } }
          kit: createCollection(input: $kit) { collection { id } }
        }`,
        {
          ambition: {
            networkSlug: "node-network",
            slug: `counted-${index}`,
            title: `Counted ${index}`,
            targetYear: 2030,
          },
          kit: {
            slug: `counted-kit-${index}`,
            title: `Counted kit ${index}`,
            visibility: index % 2 ? "PUBLIC" : "PRIVATE",
          },
        },
        author.auth,
      );
      expect(result.errors).toBeUndefined();
      made.push(result.data!.ambition.ambition.id, result.data!.kit.collection.id);
    }
    const counting = await startStatementCountingApi(api.config.DATABASE_URL);
    const viewer = await viewerOf(api.orm.em.fork(), { uuid: author.uuid, isAdmin: false });
    const few = await counting.run<{ nodes: unknown[] }>(
      NODES,
      { ids: [ids.published, ids.draft, ...made.slice(0, 6)] },
      viewer,
    );
    const many = await counting.run<{ nodes: unknown[] }>(NODES, { ids: [ids.published, ids.draft, ...made] }, viewer);
    expect(few.result.errors).toBeUndefined();
    expect(many.result.errors).toBeUndefined();
    expect(many.result.data!.nodes.every((node) => node !== null)).toBe(true);
    expect(many.statements.length).toBe(few.statements.length);
  });

  it("refuses more than 100 IDs on the ids argument", async () => {
    const result = await api.gql(NODES, { ids: Array.from({ length: 101 }, () => ids.published) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "ids" });
  });
});
