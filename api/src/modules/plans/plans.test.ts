import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, resourceInput, setRole } from "../../../test/resource-fixtures.js";
import { createSchool } from "../../../test/review-fixtures.js";
import { startStatementCountingApi } from "../../../test/sql-statements.js";
import { viewerWithRoles } from "../../../test/viewers.js";
import { canManagePlan, NetworkRole } from "../../policy/index.js";
import { dueDateProblem } from "./plan.service.js";

/**
 * Matches for action planning and plan items against the real API and
 * PostgreSQL, on a fixture small enough to tier by hand:
 *
 * - home-hub (H1, H2, H3) is paired with partner-hub (P1, P2); far-hub (N1, N2) is neither.
 * - In the period, H1 and H2 have theme 1 to develop and H2 theme 2; H3's review
 *   found theme 1 a strength, H1's theme 2. Theme 3 was to develop only before the period.
 * - P2 and N1 hold validated Areas of Excellence on theme 1; P1 and N2 were found strong in
 *   it by their own hubs' reviews, which home-hub's people may not read; N2's proposal on
 *   theme 2 was never validated.
 * - Resources on theme 1: a public one, a far-hub network-only one and a home-hub draft.
 * - P2 hosts a public upcoming event, a network-only one and a past one.
 */
let api: TestApi;
let admin: TestUser;
type Person = "lead" | "moderator" | "member" | "otherHub";
let people: Record<Person, TestUser>;
let themes: [string, string, string];
let homeUuid: string;

const S = { h1: "400001", h2: "400002", h3: "400003", p1: "400011", p2: "400012", n1: "400021", n2: "400022" };
const PERIOD = { from: "2025-09-01", to: "2026-08-31" };

const MATCHES = `query($network: String!, $from: LocalDate, $to: LocalDate, $phase: Phase) {
  networkMatches(network: $network, from: $from, to: $to, phase: $phase) {
    from to phase
    themes {
      theme { slug } developmentSchools
      tiers { tier totalSchools schools {
        school { urn } reviewStrength
        areasOfExcellence { slug contactEmail }
        upcomingEvents { slug }
      } }
      resources { slug }
    }
  }
}`;

interface Matches {
  themes: {
    theme: { slug: string };
    developmentSchools: number;
    tiers: {
      tier: string;
      totalSchools: number;
      schools: {
        school: { urn: string };
        reviewStrength: boolean;
        areasOfExcellence: { slug: string; contactEmail: string | null }[];
        upcomingEvents: { slug: string }[];
      }[];
    }[];
    resources: { slug: string }[];
  }[];
}

const PLAN = `query($network: String!) { networkPlan(network: $network) {
  id note owner dueOn theme { slug } school { urn } areaOfExcellence { slug } createdBy { name }
} }`;
const CREATE_PLAN_ITEM = `mutation($input: CreatePlanItemInput!) { createPlanItem(input: $input) { planItem { id note owner dueOn } } }`;

const headersOf = (who: Person | "admin" | "anonymous") =>
  who === "anonymous" ? {} : who === "admin" ? admin.auth : people[who].auth;

async function gqlOk<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) {
  const result = await api.gql<T>(query, variables, admin.auth);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function review(hub: string, urn: string, reviewDate: string, findings: [string, string][]) {
  await gqlOk(
    `mutation($input: CreateQualityReviewInput!) { createQualityReview(input: $input) { qualityReview { id } } }`,
    {
      input: {
        schoolUrn: urn,
        hubSlug: hub,
        kind: "QAR",
        reviewDate,
        findings: findings.map(([kind, theme]) => ({ kind, themeSlugs: [theme], text: "Private finding text." })),
      },
    },
  );
}

async function excellence(urn: string, slug: string, theme: string, validate: boolean) {
  await gqlOk(
    `mutation($input: ProposeAreaOfExcellenceInput!) { proposeAreaOfExcellence(input: $input) { areaOfExcellence { slug } } }`,
    {
      input: {
        schoolUrn: urn,
        title: `Practice of ${slug}`,
        slug,
        themeSlugs: [theme],
        phase: "PRIMARY",
        summary: "A strength other schools visit.",
        evidence: "Seen in every class.",
        sourceReview: "QAR",
        reviewDate: "2025-05-01",
      },
    },
  );
  if (!validate) return;
  await gqlOk(
    `mutation($slug: String!) { validateAreaOfExcellence(input: { slug: $slug }) { areaOfExcellence { slug } } }`,
    {
      slug,
    },
  );
  await api.orm.em
    .getConnection()
    .execute("update area_of_excellence set validated_at = '2025-06-01T12:00:00Z' where slug = ?", [slug]);
}

async function event(slug: string, visibility: string, daysAhead: number) {
  const at = (hours: number) => new Date(Date.now() + (daysAhead * 24 + hours) * 3_600_000).toISOString();
  await gqlOk(`mutation($input: CreateEventInput!) { createEvent(input: $input) { event { slug } } }`, {
    input: {
      kind: "AOE_EVENT",
      title: `Event ${slug}`,
      slug,
      description: "Come and see the practice.",
      startsAt: at(0),
      endsAt: at(2),
      mode: "IN_PERSON",
      venue: "School hall",
      hostSchoolUrn: S.p2,
      visibility,
    },
  });
}

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  admin = await makeAdmin(api);
  for (const hub of ["home-hub", "partner-hub", "far-hub"]) await makeNetwork(api, admin, hub, { kind: "HUB" });
  await gqlOk(
    `mutation { pairNetworks(input: { networkSlug: "home-hub", partnerSlug: "partner-hub" }) { network { slug } } }`,
    {},
  );
  for (const urn of [S.h1, S.h2, S.h3]) await createSchool(api, admin, urn, ["home-hub"]);
  for (const urn of [S.p1, S.p2]) await createSchool(api, admin, urn, ["partner-hub"]);
  for (const urn of [S.n1, S.n2]) await createSchool(api, admin, urn, ["far-hub"]);
  people = {} as typeof people;
  for (const name of ["lead", "moderator", "member", "otherHub"] as const) people[name] = await api.signUp();
  await setRole(api, people.lead, "home-hub", NetworkRole.LEAD);
  await setRole(api, people.moderator, "home-hub", NetworkRole.MODERATOR);
  await setRole(api, people.member, "home-hub", NetworkRole.MEMBER);
  await setRole(api, people.otherHub, "far-hub", NetworkRole.MEMBER);
  const taxonomy = await api.gql<{ themes: { slug: string }[] }>(`{ themes { slug } }`);
  themes = taxonomy.data!.themes.slice(0, 3).map((theme) => theme.slug) as typeof themes;
  const [t1, t2, t3] = themes;
  const [home] = await api.orm.em
    .getConnection()
    .execute<{ id: string }[]>("select id from network where slug = 'home-hub'");
  homeUuid = home!.id;

  await review("home-hub", S.h1, "2025-10-01", [
    ["AREA_FOR_DEVELOPMENT", t1],
    ["STRENGTH", t2],
  ]);
  await review("home-hub", S.h2, "2025-11-01", [
    ["AREA_FOR_DEVELOPMENT", t1],
    ["AREA_FOR_DEVELOPMENT", t2],
  ]);
  await review("home-hub", S.h3, "2025-12-01", [["STRENGTH", t1]]);
  await review("home-hub", S.h3, "2024-10-01", [["AREA_FOR_DEVELOPMENT", t3]]);
  await review("partner-hub", S.p1, "2026-01-10", [["STRENGTH", t1]]);
  await review("far-hub", S.n2, "2026-02-01", [["STRENGTH", t1]]);
  await excellence(S.p2, "p2-reading", t1, true);
  await excellence(S.n1, "n1-reading", t1, true);
  await excellence(S.n2, "n2-proposal", t2, false);

  await mustMutate(api, admin, "createResource", resourceInput("t1-public", "home-hub", { themeSlugs: [t1] }));
  await mustMutate(api, admin, "submitResourceForReview", { slug: "t1-public" });
  await mustMutate(api, admin, "publishResource", { slug: "t1-public" });
  await mustMutate(
    api,
    admin,
    "createResource",
    resourceInput("t1-far-network", "far-hub", { themeSlugs: [t1], visibility: "NETWORK" }),
  );
  await mustMutate(api, admin, "submitResourceForReview", { slug: "t1-far-network" });
  await mustMutate(api, admin, "publishResource", { slug: "t1-far-network" });
  await mustMutate(api, admin, "createResource", resourceInput("t1-home-draft", "home-hub", { themeSlugs: [t1] }));

  await event("p2-open-morning", "PUBLIC", 10);
  await event("p2-partner-day", "NETWORK", 5);
  await event("p2-last-term", "PUBLIC", 20);
  await api.orm.em
    .getConnection()
    .execute(
      "update excellence_event set starts_at = now() - interval '30 days', ends_at = now() - interval '29 days' where slug = 'p2-last-term'",
    );
});

async function matches(who: Person | "admin" | "anonymous", variables: Record<string, unknown> = {}) {
  return api.gql<{ networkMatches: Matches }>(
    MATCHES,
    { network: "home-hub", ...PERIOD, ...variables },
    headersOf(who),
  );
}

/** Each theme's tiers as "TIER: urn, urn" for reading against the fixture. */
const tiersOf = (result: Matches) =>
  Object.fromEntries(
    result.themes.map((row) => [
      row.theme.slug,
      row.tiers.map((tier) => `${tier.tier}: ${tier.schools.map((entry) => entry.school.urn).join(", ")}`),
    ]),
  );

describe("matches for action planning", () => {
  it("tiers the strong schools of each development theme as counted by hand, for an admin who reads every review", async () => {
    const result = await matches("admin");
    expect(result.errors).toBeUndefined();
    const [t1, t2] = themes;
    const { themes: rows } = result.data!.networkMatches;
    expect(rows.map((row) => [row.theme.slug, row.developmentSchools])).toEqual([
      [t1, 2],
      [t2, 1],
    ]);
    expect(tiersOf(result.data!.networkMatches)).toEqual({
      // P2 and N1 hold an Area of Excellence, so come before P1 and N2, strong by review alone.
      [t1]: [`NETWORK: ${S.h3}`, `PARTNER: ${S.p2}, ${S.p1}`, `NATIONAL: ${S.n1}, ${S.n2}`],
      [t2]: [`NETWORK: ${S.h1}`],
    });
    const partner = rows[0]!.tiers[1]!;
    expect(partner.totalSchools).toBe(2);
    expect(partner.schools[0]).toMatchObject({
      reviewStrength: false,
      areasOfExcellence: [{ slug: "p2-reading" }],
      // The past event never shows; the rest soonest first.
      upcomingEvents: [{ slug: "p2-partner-day" }, { slug: "p2-open-morning" }],
    });
    expect(partner.schools[1]).toMatchObject({ reviewStrength: true, areasOfExcellence: [] });
    expect(rows[0]!.resources.map((resource) => resource.slug).sort()).toEqual([
      "t1-far-network",
      "t1-home-draft",
      "t1-public",
    ]);
  });

  it("shows the hub lead only the review strengths of their own hub's reviews, and what they may see", async () => {
    const result = await matches("lead");
    expect(result.errors).toBeUndefined();
    const [t1, t2] = themes;
    expect(tiersOf(result.data!.networkMatches)).toEqual({
      [t1]: [`NETWORK: ${S.h3}`, `PARTNER: ${S.p2}`, `NATIONAL: ${S.n1}`],
      [t2]: [`NETWORK: ${S.h1}`],
    });
    const rows = result.data!.networkMatches.themes;
    const p2 = rows[0]!.tiers[1]!.schools[0]!;
    // partner-hub's network-only event is not for home-hub's people.
    expect(p2.upcomingEvents).toEqual([{ slug: "p2-open-morning" }]);
    expect(p2.areasOfExcellence[0]!.contactEmail).toBe(admin.email);
    // The lead moderates home-hub, whose draft they may see; far-hub's network-only resource stays hidden.
    expect(rows[0]!.resources.map((resource) => resource.slug)).toEqual(["t1-public", "t1-home-draft"]);
  });

  it("shows a hub member the Areas of Excellence alone: no review strength, draft or other hub's network-only material", async () => {
    const result = await matches("member");
    expect(result.errors).toBeUndefined();
    const [t1, t2] = themes;
    expect(tiersOf(result.data!.networkMatches)).toEqual({
      [t1]: [`PARTNER: ${S.p2}`, `NATIONAL: ${S.n1}`],
      [t2]: [],
    });
    const text = JSON.stringify(result.data);
    for (const hidden of ["t1-far-network", "t1-home-draft", "p2-partner-day", "n2-proposal", S.p1, S.n2, S.h3]) {
      expect(text).not.toContain(hidden);
    }
  });

  it("is refused to people outside the network and to the signed-out", async () => {
    expect((await matches("otherHub")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await matches("anonymous");
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.data).toBeNull();
  });

  it("narrows to a phase: no secondary finding or Area of Excellence here, so no theme to develop", async () => {
    const result = await matches("admin", { phase: "SECONDARY" });
    expect(result.data!.networkMatches).toMatchObject({ phase: "SECONDARY", themes: [] });
  });

  it("is computed in a fixed number of SQL statements, however many themes, schools and tiers", async () => {
    const counting = await startStatementCountingApi(api.config.DATABASE_URL);
    const viewer = { ...viewerWithRoles({ [homeUuid]: NetworkRole.LEAD }), userId: people.lead.uuid };
    const { result, statements } = await counting.run(MATCHES, { network: "home-hub", ...PERIOD }, viewer);
    expect(result.errors).toBeUndefined();
    expect(result.data).toBeTruthy();
    // network; tiers; resources; the lead's networks' schools and events; schools, areas, resources, events;
    // then the areas' contacts (one batch).
    expect(statements).toHaveLength(10);
    expect(statements.filter((sql) => /review_finding_theme/.test(sql))).toHaveLength(1);
  });
});

describe("plan items", () => {
  const input = (overrides: Record<string, unknown> = {}) => ({
    networkSlug: "home-hub",
    themeSlug: themes[0],
    schoolUrn: S.p2,
    areaOfExcellenceSlug: "p2-reading",
    note: "Visit P2's reading lessons with our two English leads.",
    owner: "Head of English",
    dueOn: "2027-03-31",
    ...overrides,
  });

  it("lets the hub's lead, moderators and admins add and read items; nobody else reads or writes them", async () => {
    const outcome: Record<string, [string, string]> = {};
    for (const who of ["lead", "moderator", "member", "otherHub", "anonymous", "admin"] as const) {
      const created = await api.gql(CREATE_PLAN_ITEM, { input: input({ note: `Made by ${who}` }) }, headersOf(who));
      const read = await api.gql<{ networkPlan: { note: string }[] }>(PLAN, { network: "home-hub" }, headersOf(who));
      outcome[who] = [
        (created.errors?.[0]?.extensions?.code as string) ?? "created",
        (read.errors?.[0]?.extensions?.code as string) ?? `${read.data!.networkPlan.length >= 1}`,
      ];
      if (read.data) expect(JSON.stringify(read.data)).not.toContain("Made by member");
    }
    expect(outcome).toEqual({
      lead: ["created", "true"],
      moderator: ["created", "true"],
      member: ["FORBIDDEN", "FORBIDDEN"],
      otherHub: ["FORBIDDEN", "FORBIDDEN"],
      anonymous: ["UNAUTHENTICATED", "UNAUTHENTICATED"],
      admin: ["created", "true"],
    });
    const plan = await api.gql<{ networkPlan: Record<string, unknown>[] }>(
      PLAN,
      { network: "home-hub" },
      headersOf("lead"),
    );
    expect(plan.data!.networkPlan.map((item) => item.note)).toEqual([
      "Made by lead",
      "Made by moderator",
      "Made by admin",
    ]);
    expect(plan.data!.networkPlan[0]).toMatchObject({
      owner: "Head of English",
      dueOn: "2027-03-31",
      theme: { slug: themes[0] },
      school: { urn: S.p2 },
      areaOfExcellence: { slug: "p2-reading" },
    });
  });

  it("names the field at fault and stores nothing", async () => {
    const before = await api.orm.em
      .getConnection()
      .execute<{ n: number }[]>("select count(*)::int as n from plan_item");
    const cases: [Record<string, unknown>, string][] = [
      [{ networkSlug: "no-such-hub" }, "input.networkSlug"],
      [{ themeSlug: "no-such-theme" }, "input.themeSlug"],
      [{ schoolUrn: "999999" }, "input.schoolUrn"],
      [{ schoolUrn: S.n1 }, "input.areaOfExcellenceSlug"],
      [{ areaOfExcellenceSlug: "n2-proposal", schoolUrn: null }, "input.areaOfExcellenceSlug"],
      [{ note: "   " }, "input.note"],
      [{ note: "x".repeat(501) }, "input.note"],
      [{ owner: "o".repeat(121) }, "input.owner"],
      [{ dueOn: "2019-01-01" }, "input.dueOn"],
      [{ dueOn: "2026-02-30" }, "input.dueOn"],
    ];
    for (const [overrides, field] of cases) {
      const result = await api.gql(CREATE_PLAN_ITEM, { input: input(overrides) }, headersOf("lead"));
      expect(result.errors?.[0]?.extensions, JSON.stringify(overrides)).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
      });
      expect(result.errors?.[0]?.message).toContain(field);
    }
    const after = await api.orm.em.getConnection().execute<{ n: number }[]>("select count(*)::int as n from plan_item");
    expect(after).toEqual(before);
  });

  it("is changed and removed by the lead, not by a member", async () => {
    const created = await api.gql<{ createPlanItem: { planItem: { id: string } } }>(
      CREATE_PLAN_ITEM,
      { input: input({ note: "To change", schoolUrn: null, areaOfExcellenceSlug: null }) },
      headersOf("lead"),
    );
    const id = created.data!.createPlanItem.planItem.id;
    const update = `mutation($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { planItem { note owner dueOn } } }`;
    const refused = await api.gql(update, { input: { id, note: "Hijacked" } }, headersOf("member"));
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const changed = await api.gql(
      update,
      { input: { id, note: "Changed", owner: null, dueOn: null } },
      headersOf("lead"),
    );
    expect(changed.data).toEqual({ updatePlanItem: { planItem: { note: "Changed", owner: null, dueOn: null } } });
    const blank = await api.gql(update, { input: { id, note: "" } }, headersOf("lead"));
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.note" });
    const remove = `mutation($id: ID!) { removePlanItem(input: { id: $id }) { removedId } }`;
    expect((await api.gql(remove, { id }, headersOf("otherHub"))).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.gql(remove, { id }, headersOf("lead"))).data).toEqual({ removePlanItem: { removedId: id } });
    const again = await api.gql(remove, { id }, headersOf("lead"));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.id" });
  });

  it("follows the policy rule, which counts moderators and leads of the network and admins", () => {
    expect(canManagePlan(viewerWithRoles({ hub: NetworkRole.MODERATOR }), "hub")).toBe(true);
    expect(canManagePlan(viewerWithRoles({ hub: NetworkRole.CONTRIBUTOR }), "hub")).toBe(false);
    expect(canManagePlan(viewerWithRoles({ other: NetworkRole.LEAD }), "hub")).toBe(false);
    expect(canManagePlan(null, "hub")).toBe(false);
  });

  it("accepts a due date up to a year back and refuses one further", () => {
    expect(dueDateProblem("2025-12-07", "2026-12-07")).toBeNull();
    expect(dueDateProblem("2025-12-06", "2026-12-07")).toMatch(/more than a year ago/);
  });
});
