import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { startStatementCountingApi, type StatementCountingApi } from "../../../test/sql-statements.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

const PAGE = /* GraphQL */ `
  {
    resources(first: 100) {
      totalCount
      nodes {
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
`;

let api: TestApi;
let counting: StatementCountingApi;
let author: TestUser;
let created = 0;

/** Adds resources with an author, two subjects and a network, then publishes them all directly. */
async function addResources(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    created += 1;
    await mustMutate(
      api,
      author,
      "createResource",
      resourceInput(`counted-resource-${created}`, "counting-network", { subjectSlugs: ["mathematics", "science"] }),
    );
  }
  await api.orm.em.getConnection().execute("update resource set status = 'PUBLISHED'");
}

beforeAll(async () => {
  api = await startTestApi();
  const admin = await makeAdmin(api);
  author = await api.signUp({ name: "Counted Author" });
  await makeNetwork(api, admin, "counting-network");
  await setRole(api, author, "counting-network", NetworkRole.CONTRIBUTOR);
  counting = await startStatementCountingApi(api.config.DATABASE_URL);
});

describe("resource list cost", () => {
  it("takes the same number of SQL statements for 10 resources as for 60", async () => {
    await addResources(10);
    const small = await counting.run<{ resources: { totalCount: number } }>(PAGE);
    expect(small.result.errors).toBeUndefined();
    expect(small.result.data!.resources.totalCount).toBe(10);

    await addResources(50);
    const large = await counting.run<{ resources: { totalCount: number; nodes: { authors: unknown[] }[] } }>(PAGE);
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.resources.totalCount).toBe(60);
    expect(large.result.data!.resources.nodes).toHaveLength(60);
    expect(large.result.data!.resources.nodes[0]!.authors).toEqual([{ name: "Counted Author" }]);

    expect(large.statements.length).toBe(small.statements.length);
    expect(large.statements.length).toBeLessThanOrEqual(8);
  });
});
