import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import { startStatementCountingApi, type StatementCountingApi } from "../../../test/sql-statements.js";
import { adminViewer } from "../../../test/viewers.js";
import { Phase, Region } from "../taxonomy/index.js";
import { NetworkKind } from "./network-kind.js";
import { NetworkService } from "./network.service.js";
import { SchoolService } from "./school.service.js";

const SCHOOLS_PAGE = `{ schools(first: 100) { nodes { urn networks { name } } } }`;
const NETWORKS_PAGE = `{ networks(first: 100) { nodes { name parent { name } partners { name } } } }`;
/** Hubs only, so no parent is on the page already and parents must be fetched. */
const HUBS_PAGE = `{ networks(kind: HUB, first: 100) { nodes { name parent { name } partners { name } } } }`;

let api: TestApi;
let counting: StatementCountingApi;
let seeded = 0;

/**
 * Adds `count` schools and `count` hubs; each hub sits in one of two
 * partnerships, pairs with the previous hub and takes in two schools.
 */
async function seed(count: number): Promise<void> {
  const admin = adminViewer();
  for (let index = seeded; index < seeded + count; index += 1) {
    const em = api.orm.em.fork();
    const suffix = String(index).padStart(3, "0");
    await new SchoolService(em).create(admin, {
      urn: `400${suffix}`,
      name: `School ${suffix}`,
      slug: `school-${suffix}`,
      phase: Phase.PRIMARY,
      region: Region.NORTH_WEST,
      localAuthority: "Lancashire",
    });
    const networks = new NetworkService(em);
    await networks.create(admin, {
      kind: NetworkKind.HUB,
      name: `Hub ${suffix}`,
      slug: `hub-${suffix}`,
      description: "A hub.",
      parentSlug: index % 2 ? "partnership-odd" : "partnership-even",
    });
    const urns = [`400${suffix}`, ...(index > 0 ? [`400${String(index - 1).padStart(3, "0")}`] : [])];
    await networks.addSchools(admin, { networkSlug: `hub-${suffix}`, urns });
    if (index > 0) {
      await networks.pair(admin, {
        networkSlug: `hub-${suffix}`,
        partnerSlug: `hub-${String(index - 1).padStart(3, "0")}`,
      });
    }
  }
  seeded += count;
}

beforeAll(async () => {
  api = await startTestApi();
  const networks = new NetworkService(api.orm.em.fork());
  for (const parity of ["odd", "even"]) {
    await networks.create(adminViewer(), {
      kind: NetworkKind.PARTNERSHIP,
      name: `Partnership ${parity}`,
      slug: `partnership-${parity}`,
      description: "A national partnership.",
    });
  }
  counting = await startStatementCountingApi(api.config.DATABASE_URL);
});

type NetworkNodes = {
  networks: { nodes: { name: string; parent: { name: string } | null; partners: { name: string }[] }[] };
};

async function measureAll() {
  const schools = await counting.run<{ schools: { nodes: { networks: unknown[] }[] } }>(SCHOOLS_PAGE);
  const networks = await counting.run<NetworkNodes>(NETWORKS_PAGE);
  const hubs = await counting.run<NetworkNodes>(HUBS_PAGE);
  for (const { result } of [schools, networks, hubs]) expect(result.errors).toBeUndefined();
  return { schools, networks, hubs };
}

describe("list pages cost a fixed number of SQL statements (no N+1)", () => {
  it("schools with their networks, and networks with parents and partners", async () => {
    await seed(5);
    const small = await measureAll();
    expect(small.schools.result.data!.schools.nodes).toHaveLength(5);

    await seed(45);
    const large = await measureAll();
    expect(large.schools.result.data!.schools.nodes).toHaveLength(50);
    expect(large.schools.result.data!.schools.nodes[1]!.networks).toHaveLength(2);
    expect(large.networks.result.data!.networks.nodes).toHaveLength(52);
    const hub = large.hubs.result.data!.networks.nodes.find((node) => node.name === "Hub 010")!;
    expect(hub.parent).toEqual({ name: "Partnership even" });
    expect(hub.partners).toEqual([{ name: "Hub 009" }, { name: "Hub 011" }]);

    for (const { statements } of [small.schools, large.schools]) {
      // The page, its count, and one query for every school's networks.
      expect(statements).toHaveLength(3);
    }
    for (const { statements } of [small.networks, large.networks]) {
      // The page, its count, and one query for every network's partners; the parents are on the page already.
      expect(statements).toHaveLength(3);
    }
    for (const { statements } of [small.hubs, large.hubs]) {
      // The page, its count, one query for every hub's parent and one for every hub's partners.
      expect(statements).toHaveLength(4);
    }
  });
});
