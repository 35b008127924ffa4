import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { createSchool } from "../../../test/review-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

/**
 * The CPD offer against the real API and PostgreSQL, on a fixture counted by hand.
 *
 * cpd-hub has schools A and B (primary); far-hub has C. Reviews of the period give cpd-hub two
 * development themes: t1 (A and B) and t2 (A); t3 is only a strength. A's Area of Excellence is
 * on t1. Resources (themes; stages):
 * - R1 cpd-hub, public, primary (t1; ECF, NPQLT)
 * - R2 cpd-hub, network-only, secondary (t1, t2; ECF)
 * - R3 cpd-hub, a draft (t1; ECF): never counted, not even for the lead who sees it
 * - R4 far-hub, network-only, from school A (t1; NPQH): in the offer, but only the admin may see it
 * - R5 far-hub, public, nothing to do with cpd-hub (t1; ITT): never in the offer
 * - R6 cpd-hub, public, published after the period (t2; NPQSL): not yet in the offer
 * - R7 cpd-hub, public (t3; ECF): in the offer, on no development theme
 * - R8 far-hub, public, shared with cpd-hub (t2; no stage)
 * Events: E1 cpd-hub, on A's AoE (ECF, NPQLBC); E2 far-hub, network-only, on A's AoE (NPQH):
 * only the admin sees it; E3 cpd-hub, no AoE (ECF): reaches no theme; E4 on A's AoE, ended
 * before the period (ECF): not counted.
 */
let api: TestApi;
let admin: TestUser;
let people: Record<"lead" | "member" | "farMember", TestUser>;
let themes: [string, string, string];

const PERIOD = { from: "2025-09-01", to: "2026-08-31" };
const A = "300101";
const B = "300102";
const C = "300103";

const OFFER = `query($network: String!, $from: LocalDate, $to: LocalDate, $phase: Phase) {
  networkCpdOffer(network: $network, from: $from, to: $to, phase: $phase) {
    from to phase offeredResources offeredEvents
    themes { theme { slug name } developmentSchools resources events stages { stage resources events } }
  }
}`;

interface Offer {
  offeredResources: number;
  offeredEvents: number;
  themes: {
    theme: { slug: string };
    developmentSchools: number;
    resources: number;
    events: number;
    stages: { stage: string; resources: number; events: number }[];
  }[];
}

async function offer(viewer: TestUser, variables: Record<string, unknown> = {}) {
  const result = await api.gql<{ networkCpdOffer: Offer }>(
    OFFER,
    { network: "cpd-hub", ...PERIOD, ...variables },
    viewer.auth,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.networkCpdOffer;
}

/** A theme's row as [slug, schools to develop, resources, events, {stage: [resources, events]} for stages with any]. */
const summary = (result: Offer) =>
  result.themes.map((row) => [
    row.theme.slug,
    row.developmentSchools,
    row.resources,
    row.events,
    Object.fromEntries(
      row.stages
        .filter((cell) => cell.resources + cell.events > 0)
        .map((cell) => [cell.stage, [cell.resources, cell.events]]),
    ),
  ]);

async function gql(query: string, input: Record<string, unknown>) {
  const result = await api.gql(query, { input }, admin.auth);
  expect(result.errors).toBeUndefined();
}

async function published(
  slug: string,
  network: string,
  overrides: Record<string, unknown>,
  publishedAt = "2026-01-15",
) {
  await mustMutate(api, admin, "createResource", resourceInput(slug, network, overrides));
  await mustMutate(api, admin, "publishResource", { slug });
  await api.orm.em.getConnection().execute("update resource set published_at = ? where slug = ?", [publishedAt, slug]);
}

const soon = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

async function event(slug: string, overrides: Record<string, unknown>) {
  await gql(`mutation($input: CreateEventInput!) { createEvent(input: $input) { event { slug } } }`, {
    kind: "AOE_EVENT",
    title: `Event ${slug}`,
    slug,
    description: "A morning in classrooms, then questions.",
    startsAt: soon(20),
    endsAt: soon(20.2),
    mode: "IN_PERSON",
    venue: "School A",
    hostNetworkSlug: "cpd-hub",
    areaOfExcellenceSlug: "a-reading",
    ...overrides,
  });
}

async function review(urn: string, findings: [string, string][]) {
  await gql(
    `mutation($input: CreateQualityReviewInput!) { createQualityReview(input: $input) { qualityReview { id } } }`,
    {
      schoolUrn: urn,
      hubSlug: "cpd-hub",
      kind: "QAR",
      reviewDate: "2026-02-01",
      findings: findings.map(([kind, theme]) => ({ kind, themeSlugs: [theme], text: "Counted, never shown." })),
    },
  );
}

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  admin = await makeAdmin(api);
  await makeNetwork(api, admin, "cpd-hub", { kind: "HUB", moderatorsPublishDirectly: true });
  await makeNetwork(api, admin, "far-hub", { kind: "HUB", moderatorsPublishDirectly: true });
  await createSchool(api, admin, A, ["cpd-hub"]);
  await createSchool(api, admin, B, ["cpd-hub"]);
  await createSchool(api, admin, C, ["far-hub"]);
  people = { lead: await api.signUp(), member: await api.signUp(), farMember: await api.signUp() };
  await setRole(api, people.lead, "cpd-hub", NetworkRole.LEAD);
  await setRole(api, people.member, "cpd-hub", NetworkRole.MEMBER);
  await setRole(api, people.farMember, "far-hub", NetworkRole.MEMBER);
  const taxonomy = await api.gql<{ themes: { slug: string }[] }>(`{ themes { slug } }`);
  themes = taxonomy.data!.themes.slice(0, 3).map((theme) => theme.slug) as typeof themes;
  const [t1, t2, t3] = themes;

  await review(A, [
    ["AREA_FOR_DEVELOPMENT", t1],
    ["AREA_FOR_DEVELOPMENT", t2],
  ]);
  await review(B, [
    ["AREA_FOR_DEVELOPMENT", t1],
    ["STRENGTH", t3],
  ]);

  await published("cpd-r1", "cpd-hub", { themeSlugs: [t1], cpdStages: ["ECF", "NPQLT"], phases: ["PRIMARY"] });
  await published("cpd-r2", "cpd-hub", {
    themeSlugs: [t1, t2],
    cpdStages: ["ECF"],
    phases: ["SECONDARY"],
    visibility: "NETWORK",
  });
  await mustMutate(
    api,
    admin,
    "createResource",
    resourceInput("cpd-r3", "cpd-hub", { themeSlugs: [t1], cpdStages: ["ECF"] }),
  );
  await published("cpd-r4", "far-hub", { themeSlugs: [t1], cpdStages: ["NPQH"], visibility: "NETWORK", schoolUrn: A });
  await published("cpd-r5", "far-hub", { themeSlugs: [t1], cpdStages: ["ITT"] });
  await published("cpd-r6", "cpd-hub", { themeSlugs: [t2], cpdStages: ["NPQSL"] }, "2026-10-01");
  await published("cpd-r7", "cpd-hub", { themeSlugs: [t3], cpdStages: ["ECF"] });
  await published("cpd-r8", "far-hub", { themeSlugs: [t2], sharedWithNetworkSlugs: ["cpd-hub"] });

  await gql(
    `mutation($input: ProposeAreaOfExcellenceInput!) { proposeAreaOfExcellence(input: $input) { areaOfExcellence { slug } } }`,
    {
      schoolUrn: A,
      title: "Early reading",
      slug: "a-reading",
      themeSlugs: [t1],
      phase: "PRIMARY",
      summary: "Daily phonics that every adult teaches alike.",
      evidence: "Seen in every class.",
      sourceReview: "QAR",
      reviewDate: "2026-02-01",
    },
  );
  await event("cpd-e1", { cpdStages: ["ECF", "NPQLBC"] });
  await event("cpd-e2", { cpdStages: ["NPQH"], hostNetworkSlug: "far-hub", visibility: "NETWORK" });
  await event("cpd-e3", { cpdStages: ["ECF"], areaOfExcellenceSlug: null });
  await event("cpd-e4", { cpdStages: ["ECF"], startsAt: "2025-06-01T09:00:00Z", endsAt: "2025-06-01T12:00:00Z" });
});

describe("the CPD offer against development themes", () => {
  it("counts for a member only what they may see, published in the period: no draft, no other network's private resource", async () => {
    const [t1, t2] = themes;
    const result = await offer(people.member);
    expect([result.offeredResources, result.offeredEvents]).toEqual([4, 1]);
    expect(summary(result)).toEqual([
      [t1, 2, 2, 1, { ECF: [2, 1], NPQLT: [1, 0], NPQLBC: [0, 1] }],
      [t2, 1, 2, 0, { ECF: [1, 0] }],
    ]);
    // Every stage is listed, in the golden thread's order, so a thin one shows as 0.
    expect(result.themes[0]!.stages.map((cell) => cell.stage)).toEqual([
      "ITT",
      "ECF",
      "NPQLT",
      "NPQLTD",
      "NPQLBC",
      "NPQSL",
      "NPQH",
      "NPQEL",
      "NPQSENCO",
      "NPQEYL",
    ]);
  });

  it("leaves the draft out for the hub's lead too, who may open it", async () => {
    const draft = await api.gql<{ resource: { status: string } | null }>(
      `{ resource(slug: "cpd-r3") { status } }`,
      {},
      people.lead.auth,
    );
    expect(draft.data!.resource?.status).toBe("DRAFT");
    expect(summary(await offer(people.lead))).toEqual(summary(await offer(people.member)));
  });

  it("counts for the admin the network-only resource and event of another hub on the network's school", async () => {
    const [t1, t2] = themes;
    const result = await offer(admin);
    expect([result.offeredResources, result.offeredEvents]).toEqual([5, 2]);
    expect(summary(result)).toEqual([
      [t1, 2, 3, 2, { ECF: [2, 1], NPQLT: [1, 0], NPQLBC: [0, 1], NPQH: [1, 1] }],
      [t2, 1, 2, 0, { ECF: [1, 0] }],
    ]);
  });

  it("with a phase, counts resources for it or for no phase and events whose Area of Excellence is in it", async () => {
    const [t1, t2] = themes;
    const result = await offer(people.member, { phase: "PRIMARY" });
    expect([result.offeredResources, result.offeredEvents]).toEqual([3, 1]);
    expect(summary(result)).toEqual([
      [t1, 2, 1, 1, { ECF: [1, 1], NPQLT: [1, 0], NPQLBC: [0, 1] }],
      [t2, 1, 1, 0, {}],
    ]);
  });

  it("is refused outside the network and to the public", async () => {
    const outside = await api.gql(OFFER, { network: "cpd-hub", ...PERIOD }, people.farMember.auth);
    expect(outside.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await api.gql(OFFER, { network: "cpd-hub", ...PERIOD });
    expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(anonymous.errors?.[0]?.extensions?.code);
    expect(anonymous.data).toBeNull();
  });
});
