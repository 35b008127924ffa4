import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

interface SitemapResult {
  sitemap: { totalCount: number; entries: { key: string; updatedAt: string }[] };
}

const SITEMAP = `query($kind: SitemapKind!, $offset: Int, $limit: Int) {
  sitemap(kind: $kind, offset: $offset, limit: $limit) { totalCount entries { key updatedAt } }
}`;

let api: TestApi;
let moderator: TestUser;
const PUBLIC_SLUGS = ["sitemap-first", "sitemap-second", "sitemap-third"];

beforeAll(async () => {
  api = await startTestApi();
  const admin = await makeAdmin(api);
  const author = await api.signUp({ name: "Sitemap Author" });
  moderator = await api.signUp({ name: "Sitemap Moderator" });
  await makeNetwork(api, admin, "sitemap-network");
  const school = await api.gql(
    `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`,
    {
      input: {
        urn: "700123",
        name: "Sitemap Primary",
        slug: "sitemap-primary",
        phase: "PRIMARY",
        region: "NORTH_WEST",
        localAuthority: "Cumbria",
      },
    },
    admin.auth,
  );
  expect(school.errors).toBeUndefined();
  await setRole(api, author, "sitemap-network", NetworkRole.CONTRIBUTOR);
  await setRole(api, moderator, "sitemap-network", NetworkRole.MODERATOR);
  const publish = async (slug: string, visibility: string) => {
    await mustMutate(api, author, "createResource", resourceInput(slug, "sitemap-network", { visibility }));
    await mustMutate(api, author, "submitResourceForReview", { slug });
    await mustMutate(api, moderator, "publishResource", { slug });
  };
  await publish("sitemap-first", "PUBLIC");
  await publish("sitemap-members-only", "NETWORK");
  await publish("sitemap-second", "PUBLIC");
  await mustMutate(api, author, "createResource", resourceInput("sitemap-draft", "sitemap-network"));
  await publish("sitemap-third", "PUBLIC");
});

async function sitemap(variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const result = await api.gql<SitemapResult>(SITEMAP, variables, headers);
  expect(result.errors).toBeUndefined();
  return result.data!.sitemap;
}

describe("sitemap", () => {
  it("lists published public resources only, oldest first, the same for a member as for the public", async () => {
    const anonymous = await sitemap({ kind: "RESOURCES" });
    expect(anonymous.entries.map((entry) => entry.key)).toEqual(PUBLIC_SLUGS);
    expect(anonymous.totalCount).toBe(3);
    // A moderator of the network sees its drafts and members-only work elsewhere, but never in a sitemap.
    expect(await sitemap({ kind: "RESOURCES" }, moderator.auth)).toEqual(anonymous);
  });

  it("starts a block at any position, so a later sitemap file needs no walk through the earlier ones", async () => {
    const first = await sitemap({ kind: "RESOURCES", offset: 0, limit: 2 });
    const second = await sitemap({ kind: "RESOURCES", offset: 2, limit: 2 });
    expect(first.entries.map((entry) => entry.key)).toEqual(PUBLIC_SLUGS.slice(0, 2));
    expect(second.entries.map((entry) => entry.key)).toEqual(PUBLIC_SLUGS.slice(2));
    expect(second.totalCount).toBe(3);
    expect((await sitemap({ kind: "RESOURCES", offset: 3 })).entries).toEqual([]);
  });

  it("names schools by URN and networks by slug", async () => {
    const networks = await sitemap({ kind: "NETWORKS" });
    expect(networks.entries.map((entry) => entry.key)).toContain("sitemap-network");
    const schools = await sitemap({ kind: "SCHOOLS" });
    expect(schools.entries.map((entry) => entry.key)).toEqual(["700123"]);
    expect(schools.totalCount).toBe(1);
  });

  it("refuses a block bigger than one sitemap file, naming the argument", async () => {
    const result = await api.gql(SITEMAP, { kind: "RESOURCES", limit: 50_001 });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/limit/);
    expect(result.errors?.[0]?.message).toMatch(/50000/);
  });
});
