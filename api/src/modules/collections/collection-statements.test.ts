import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { startStatementCountingApi, type StatementCountingApi } from "../../../test/sql-statements.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

const PAGE = /* GraphQL */ `
  {
    collections(first: 20) {
      totalCount
      nodes {
        slug
        owningNetwork {
          name
        }
        owner {
          name
        }
        items(first: 20) {
          totalCount
          nodes {
            position
            resource {
              slug
              authors {
                name
              }
              subjects {
                name
              }
              owningNetwork {
                name
              }
            }
          }
        }
      }
    }
  }
`;

interface Page {
  collections: {
    totalCount: number;
    nodes: { items: { totalCount: number; nodes: { resource: { authors: unknown[]; subjects: unknown[] } }[] } }[];
  };
}

let api: TestApi;
let counting: StatementCountingApi;
let curator: TestUser;
let collections = 0;
let resources = 0;

/** Adds collections (alternately the network's and the curator's own), each holding `size` published resources. */
async function addCollections(count: number, size: number): Promise<void> {
  for (let c = 0; c < count; c += 1) {
    collections += 1;
    const slug = `counted-collection-${collections}`;
    const created = await api.gql(
      `mutation($input: CreateCollectionInput!) { createCollection(input: $input) { collection { slug } } }`,
      {
        input: {
          slug,
          title: `Counted ${collections}`,
          visibility: "PUBLIC",
          owningNetworkSlug: collections % 2 === 0 ? "counting-network" : null,
        },
      },
      curator.auth,
    );
    expect(created.errors).toBeUndefined();
    for (let r = 0; r < size; r += 1) {
      resources += 1;
      const resourceSlug = `counted-resource-${resources}`;
      await mustMutate(
        api,
        curator,
        "createResource",
        resourceInput(resourceSlug, "counting-network", { subjectSlugs: ["mathematics", "history"] }),
      );
      await api.orm.em
        .getConnection()
        .execute("update resource set status = 'PUBLISHED' where slug = ?", [resourceSlug]);
      const added = await api.gql(
        `mutation($input: AddResourceToCollectionInput!) { addResourceToCollection(input: $input) { collection { slug } } }`,
        { input: { collectionSlug: slug, resourceSlug } },
        curator.auth,
      );
      expect(added.errors).toBeUndefined();
    }
  }
}

beforeAll(async () => {
  api = await startTestApi();
  const admin = await makeAdmin(api);
  curator = await api.signUp({ name: "Counted Curator" });
  await makeNetwork(api, admin, "counting-network");
  await setRole(api, curator, "counting-network", NetworkRole.MODERATOR);
  counting = await startStatementCountingApi(api.config.DATABASE_URL);
});

describe("collection list cost", () => {
  // Arranging sixty resources through the API takes longer than the default limit on a busy machine;
  // what is asserted is a statement count, not a time.
  it(
    "takes the same number of SQL statements for 2 collections of 2 resources as for 12 of up to 6",
    { timeout: 120_000 },
    async () => {
      await addCollections(2, 2);
      const small = await counting.run<Page>(PAGE);
      expect(small.result.errors).toBeUndefined();
      expect(small.result.data!.collections.totalCount).toBe(2);

      await addCollections(10, 6);
      const large = await counting.run<Page>(PAGE);
      expect(large.result.errors).toBeUndefined();
      expect(large.result.data!.collections.totalCount).toBe(12);
      const items = large.result.data!.collections.nodes.map((node) => node.items.totalCount).sort((a, b) => a - b);
      expect(items).toEqual([2, 2, ...Array<number>(10).fill(6)]);
      const first = large.result.data!.collections.nodes[0]!.items.nodes[0]!.resource;
      expect(first.authors).toEqual([{ name: "Counted Curator" }]);
      expect(first.subjects).toHaveLength(2);

      expect(large.statements.length).toBe(small.statements.length);
      expect(large.statements.length).toBeLessThanOrEqual(10);
    },
  );
});
