import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

/**
 * Shared ambitions through GraphQL: who may set them, how they are ordered
 * and read, and how resources and Areas of Excellence are tagged with them.
 */
const TRUST = "northfield-learning-trust";
const SEEDED = ["reading-age-2028", "phonics-2028", "ks2-rwm-2028", "gcse-english-maths-2028"];

type Person = "member" | "contributor" | "moderator" | "lead" | "otherLead" | "admin";
type ViewerName = Person | "anonymous";
let api: TestApi;
const people = {} as Record<Person, TestUser>;
const headersOf = (viewer: ViewerName) => (viewer === "anonymous" ? {} : people[viewer].auth);
let counter = 0;

const CREATE = `mutation($input: CreateAmbitionInput!) {
  createAmbition(input: $input) { ambition { slug title targetYear targetPercentage position network { slug } } }
}`;
const UPDATE = `mutation($input: UpdateAmbitionInput!) {
  updateAmbition(input: $input) { ambition { slug title description targetPercentage position } }
}`;

function ambitionInput(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    networkSlug: TRUST,
    slug,
    title: `Ambition ${slug}`,
    description: "Nine in ten pupils reach the standard by the target year.",
    targetYear: 2028,
    targetPercentage: 90,
    ...overrides,
  };
}

async function create(by: ViewerName, input: Record<string, unknown>) {
  return api.gql<{ createAmbition: { ambition: { slug: string; position: number } } }>(
    CREATE,
    { input },
    headersOf(by),
  );
}

async function order(): Promise<string[]> {
  const result = await api.gql<{ ambitions: { slug: string; position: number }[] }>(
    `query($slug: String) { ambitions(networkSlug: $slug) { slug position } }`,
    { slug: TRUST },
  );
  expect(result.errors).toBeUndefined();
  result.data!.ambitions.forEach((ambition, index) => expect(ambition.position).toBe(index + 1));
  return result.data!.ambitions.map((ambition) => ambition.slug);
}

beforeAll(async () => {
  api = await startTestApi();
  people.admin = await makeAdmin(api);
  for (const name of ["member", "contributor", "moderator", "lead", "otherLead"] as const) {
    people[name] = await api.signUp({ name: `Viewer ${name}` });
  }
  await makeNetwork(api, people.admin, TRUST);
  await makeNetwork(api, people.admin, "other-trust");
  await setRole(api, people.member, TRUST, NetworkRole.MEMBER);
  await setRole(api, people.contributor, TRUST, NetworkRole.CONTRIBUTOR);
  await setRole(api, people.moderator, TRUST, NetworkRole.MODERATOR);
  await setRole(api, people.lead, TRUST, NetworkRole.LEAD);
  await setRole(api, people.otherLead, "other-trust", NetworkRole.LEAD);
  for (const slug of SEEDED) {
    const result = await create("lead", ambitionInput(slug));
    expect(result.errors).toBeUndefined();
  }
});

describe("setting shared ambitions", () => {
  const cases: [ViewerName, boolean, string?][] = [
    ["anonymous", false, "UNAUTHENTICATED"],
    ["member", false, "FORBIDDEN"],
    ["contributor", false, "FORBIDDEN"],
    ["otherLead", false, "FORBIDDEN"],
    ["moderator", true],
    ["lead", true],
    ["admin", true],
  ];

  it.each(cases)("create and update as %s: allowed = %s", async (viewer, allowed, code) => {
    const slug = `matrix-${viewer.toLowerCase()}-${(counter += 1)}`;
    const created = await create(viewer, ambitionInput(slug, { position: 1 }));
    const updated = await api.gql(
      UPDATE,
      { input: { slug: SEEDED[0], title: `Edited by ${viewer}` } },
      headersOf(viewer),
    );
    if (allowed) {
      expect(created.errors).toBeUndefined();
      expect(created.data!.createAmbition.ambition).toMatchObject({ slug, position: 1 });
      expect(updated.errors).toBeUndefined();
      const updateOrder = await api.gql(UPDATE, { input: { slug, position: 999 } }, headersOf("admin"));
      expect(updateOrder.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.position" });
      // Put the seeded ambitions back in front for the tests that follow.
      await api.gql(UPDATE, { input: { slug, position: (await order()).length } }, headersOf("admin"));
    } else {
      expect(created.errors?.[0]?.extensions?.code).toBe(code);
      expect(updated.errors?.[0]?.extensions?.code).toBe(code);
    }
  });

  it("accepts the seed engineer's slugs and keeps the network's order", async () => {
    expect((await order()).slice(0, 4)).toEqual(SEEDED);
    const moved = await api.gql(UPDATE, { input: { slug: "ks2-rwm-2028", position: 1 } }, headersOf("moderator"));
    expect(moved.errors).toBeUndefined();
    expect((await order()).slice(0, 4)).toEqual([
      "ks2-rwm-2028",
      "reading-age-2028",
      "phonics-2028",
      "gcse-english-maths-2028",
    ]);
    await api.gql(UPDATE, { input: { slug: "ks2-rwm-2028", position: 3 } }, headersOf("moderator"));
    expect((await order()).slice(0, 4)).toEqual(SEEDED);
  });

  it("rejects bad input naming the field, and saves nothing", async () => {
    const before = await order();
    const attempts: [Record<string, unknown>, string][] = [
      [ambitionInput("phonics-2028"), "input.slug"],
      [ambitionInput("Not A Slug"), "input.slug"],
      [ambitionInput("new-one", { networkSlug: "no-such-network" }), "input.networkSlug"],
      [ambitionInput("new-one", { targetYear: 1890 }), "input.targetYear"],
      [ambitionInput("new-one", { targetPercentage: 140 }), "input.targetPercentage"],
      [ambitionInput("new-one", { position: 0 }), "input.position"],
      [ambitionInput("new-one", { position: before.length + 2 }), "input.position"],
    ];
    for (const [input, field] of attempts) {
      const result = await create("lead", input);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const unknown = await api.gql(UPDATE, { input: { slug: "no-such-ambition", title: "Nope" } }, headersOf("admin"));
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
    expect(await order()).toEqual(before);
  });

  it("updates fields and clears the optional ones with null", async () => {
    const result = await api.gql<{ updateAmbition: { ambition: Record<string, unknown> } }>(
      UPDATE,
      { input: { slug: "phonics-2028", targetPercentage: null, description: null } },
      headersOf("lead"),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateAmbition.ambition).toMatchObject({ targetPercentage: null, description: "" });
    await api.gql(UPDATE, { input: { slug: "phonics-2028", targetPercentage: 90 } }, headersOf("lead"));
  });
});

describe("reading shared ambitions", () => {
  it("lists them on the network, in the taxonomy, by slug and as a node, for anyone", async () => {
    const result = await api.gql<{
      network: { ambitions: { slug: string }[] };
      taxonomy: { ambitions: { slug: string; network: { slug: string } }[] };
      ambition: { id: string; title: string; targetYear: number; targetPercentage: number };
    }>(`{
      network(slug: "${TRUST}") { ambitions { slug } }
      taxonomy { ambitions { slug network { slug } } }
      ambition(slug: "phonics-2028") { id title targetYear targetPercentage }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.network.ambitions.slice(0, 4).map((a) => a.slug)).toEqual(SEEDED);
    expect(result.data!.taxonomy.ambitions.filter((a) => a.network.slug === TRUST).map((a) => a.slug)).toEqual(
      result.data!.network.ambitions.map((a) => a.slug),
    );
    expect(result.data!.ambition).toMatchObject({ targetYear: 2028, targetPercentage: 90 });
    const node = await api.gql<{ node: { slug: string } }>(
      `query($id: ID!) { node(id: $id) { ... on SharedAmbition { slug } } }`,
      { id: result.data!.ambition.id },
    );
    expect(node.data!.node).toEqual({ slug: "phonics-2028" });
  });

  it("answers an unknown network with BAD_USER_INPUT on networkSlug", async () => {
    const result = await api.gql(`{ ambitions(networkSlug: "nowhere") { slug } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "networkSlug" });
  });
});

describe("tagging resources with ambitions", () => {
  it("tags, filters, records the change in the revision history and restores it", async () => {
    await mustMutate(
      api,
      people.contributor,
      "createResource",
      resourceInput("phonics-catch-up", TRUST, { ambitionSlugs: ["phonics-2028"] }),
    );
    await mustMutate(api, people.contributor, "createResource", resourceInput("untagged-guide", TRUST));
    await mustMutate(api, people.contributor, "updateResource", {
      slug: "phonics-catch-up",
      ambitionSlugs: ["phonics-2028", "reading-age-2028"],
    });
    const read = await api.gql<{
      resource: { ambitions: { slug: string }[] };
      compareResourceRevisions: { field: string; before: string; after: string }[];
      resources: { totalCount: number; nodes: { slug: string }[] };
    }>(
      `{
        resource(slug: "phonics-catch-up") { ambitions { slug } }
        compareResourceRevisions(slug: "phonics-catch-up", from: 1, to: 2) { field before after }
        resources(filter: { ambitionSlug: "reading-age-2028" }) { totalCount nodes { slug } }
      }`,
      {},
      people.contributor.auth,
    );
    expect(read.errors).toBeUndefined();
    // Shown in the network's order (reading age is its first ambition), whatever order they were tagged in.
    expect(read.data!.resource.ambitions.map((a) => a.slug)).toEqual(["reading-age-2028", "phonics-2028"]);
    expect(read.data!.compareResourceRevisions).toEqual([
      { field: "ambitionSlugs", before: '["phonics-2028"]', after: '["reading-age-2028","phonics-2028"]' },
    ]);
    expect(read.data!.resources).toEqual({ totalCount: 1, nodes: [{ slug: "phonics-catch-up" }] });

    await mustMutate(api, people.contributor, "restoreResourceRevision", { slug: "phonics-catch-up", number: 1 });
    const restored = await api.gql<{ resource: { ambitions: { slug: string }[] } }>(
      `{ resource(slug: "phonics-catch-up") { ambitions { slug } } }`,
      {},
      people.contributor.auth,
    );
    expect(restored.data!.resource.ambitions.map((a) => a.slug)).toEqual(["phonics-2028"]);
  });

  it("rejects an unknown ambition on ambitionSlugs and saves nothing", async () => {
    const result = await api.gql(
      `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { slug } } }`,
      { input: resourceInput("tagged-wrongly", TRUST, { ambitionSlugs: ["phonics-2028", "phonics-2099"] }) },
      people.contributor.auth,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ambitionSlugs" });
    expect(result.errors?.[0]?.message).toContain('"phonics-2099"');
    const stored = await api.orm.em
      .fork()
      .getConnection()
      .execute("select 1 from resource where slug = 'tagged-wrongly'");
    expect(stored).toHaveLength(0);
  });
});

describe("tagging Areas of Excellence with ambitions", () => {
  it("tags on proposal and update, filters the list, and rejects unknown slugs", async () => {
    await api.gql(
      `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`,
      {
        input: {
          urn: "140001",
          name: "Northfield Primary",
          slug: "northfield-primary",
          phase: "PRIMARY",
          region: "NORTH_EAST",
          localAuthority: "Gateshead",
        },
      },
      people.admin.auth,
    );
    await api.gql(
      `mutation($input: AddSchoolsToNetworkInput!) { addSchoolsToNetwork(input: $input) { network { slug } } }`,
      { input: { networkSlug: TRUST, urns: ["140001"] } },
      people.admin.auth,
    );
    const proposal = {
      schoolUrn: "140001",
      title: "Early reading",
      slug: "northfield-early-reading",
      themeSlugs: ["early-reading-and-phonics"],
      ambitionSlugs: ["phonics-2028"],
      phase: "PRIMARY",
      summary: "Daily phonics with same-day catch-up for any pupil who falls behind.",
      evidence: "Screening check results rose three years running.",
      sourceReview: "QAR",
      reviewDate: "2026-02-10",
    };
    const PROPOSE = `mutation($input: ProposeAreaOfExcellenceInput!) {
      proposeAreaOfExcellence(input: $input) { areaOfExcellence { slug ambitions { slug } } }
    }`;
    const wrong = await api.gql(PROPOSE, { input: { ...proposal, ambitionSlugs: ["nope"] } }, people.contributor.auth);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ambitionSlugs" });
    const proposed = await api.gql<{
      proposeAreaOfExcellence: { areaOfExcellence: { ambitions: { slug: string }[] } };
    }>(PROPOSE, { input: proposal }, people.contributor.auth);
    expect(proposed.errors).toBeUndefined();
    expect(proposed.data!.proposeAreaOfExcellence.areaOfExcellence.ambitions).toEqual([{ slug: "phonics-2028" }]);

    const updated = await api.gql(
      `mutation($input: UpdateAreaOfExcellenceInput!) {
        updateAreaOfExcellence(input: $input) { areaOfExcellence { ambitions { slug } } }
      }`,
      { input: { slug: proposal.slug, ambitionSlugs: ["reading-age-2028"] } },
      people.contributor.auth,
    );
    expect(updated.errors).toBeUndefined();
    const list = await api.gql<{ hit: { totalCount: number }; miss: { totalCount: number } }>(
      `{
        hit: areasOfExcellence(filter: { ambitionSlug: "reading-age-2028" }) { totalCount }
        miss: areasOfExcellence(filter: { ambitionSlug: "phonics-2028" }) { totalCount }
      }`,
      {},
      people.contributor.auth,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data).toEqual({ hit: { totalCount: 1 }, miss: { totalCount: 0 } });
  });
});
