import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, setRole } from "../../../test/resource-fixtures.js";
import { createSchool } from "../../../test/review-fixtures.js";
import { startStatementCountingApi } from "../../../test/sql-statements.js";
import { adminViewer, viewerWithRoles } from "../../../test/viewers.js";
import {
  canSeeCount,
  canSeeNationalInsight,
  canSeeNetworkInsight,
  NetworkRole,
  type Viewer,
} from "../../policy/index.js";

/**
 * Network insight against the real API and PostgreSQL, on a fixture small
 * enough to count by hand: insight-hub's four schools (S1 to S3 primary,
 * S4 secondary) reviewed in two school years, S4's validated Area of
 * Excellence, and one school of another hub whose findings must not count.
 */
let api: TestApi;
let admin: TestUser;
let people: Record<"lead" | "moderator" | "member" | "otherHub" | "partnershipLead" | "partnershipMember", TestUser>;
let themes: [string, string, string];
let hubUuid: string;
let otherHubUuid: string;

const S = { s1: "300001", s2: "300002", s3: "300003", s4: "300004", other: "300005" };
/** The period asked for (a school year) and, as the API must work out, the one of equal length before it. */
const PERIOD = { from: "2025-09-01", to: "2026-08-31" };

const FIGURES =
  "theme { slug } strengthSchools developmentSchools previousStrengthSchools previousDevelopmentSchools suppressed";

const INSIGHT = `query($network: String!, $from: LocalDate, $to: LocalDate, $phase: Phase) {
  networkInsight(network: $network, from: $from, to: $to, phase: $phase) {
    from to previousFrom previousTo phase schools reviewedSchools
    themes { theme { slug } strengthSchools developmentSchools previousStrengthSchools previousDevelopmentSchools }
    coverage { entitlement { slug } agreedSchools { urn } olderVersionSchools { urn } notTeachingSchools { urn } }
  }
}`;

interface Insight {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  phase: string | null;
  schools: number;
  reviewedSchools: number;
  themes: { theme: { slug: string } }[];
  coverage: unknown[];
}

/** One review of `urn`, by the hub that holds it, with findings as [kind, theme, phase?]. */
async function review(
  hub: string,
  urn: string,
  kind: string,
  reviewDate: string,
  findings: [string, string, string?][],
) {
  const result = await api.gql(
    `mutation($input: CreateQualityReviewInput!) { createQualityReview(input: $input) { qualityReview { id } } }`,
    {
      input: {
        schoolUrn: urn,
        hubSlug: hub,
        kind,
        reviewDate,
        findings: findings.map(([findingKind, theme, phase]) => ({
          kind: findingKind,
          themeSlugs: [theme],
          phase: phase ?? null,
          text: "A finding the insight counts but never shows.",
        })),
      },
    },
    admin.auth,
  );
  expect(result.errors).toBeUndefined();
}

/** Proposes an Area of Excellence of `urn` on one theme, as the admin. */
async function proposeExcellence(urn: string, slug: string, theme: string, phase: string) {
  const result = await api.gql(
    `mutation($input: ProposeAreaOfExcellenceInput!) { proposeAreaOfExcellence(input: $input) { areaOfExcellence { slug } } }`,
    {
      input: {
        schoolUrn: urn,
        title: `Strength of ${urn}`,
        slug,
        themeSlugs: [theme],
        phase,
        summary: "Structured talk in every lesson.",
        evidence: "Observed across departments.",
        sourceReview: "QAR",
        reviewDate: "2025-05-01",
      },
    },
    admin.auth,
  );
  expect(result.errors).toBeUndefined();
}

async function insight(variables: Record<string, unknown>, headers: Record<string, string> = admin.auth) {
  return api.gql<{ networkInsight: Insight }>(INSIGHT, { network: "insight-hub", ...PERIOD, ...variables }, headers);
}

/** Theme rows as [slug, strength, development, previous strength, previous development], for reading against the fixture. */
const counts = (result: Insight) =>
  result.themes.map((row) => {
    const { theme, ...figures } = row as Insight["themes"][number] & Record<string, number>;
    return [
      theme.slug,
      figures.strengthSchools,
      figures.developmentSchools,
      figures.previousStrengthSchools,
      figures.previousDevelopmentSchools,
    ];
  });

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  admin = await makeAdmin(api);
  await makeNetwork(api, admin, "insight-hub", { kind: "HUB" });
  await makeNetwork(api, admin, "other-hub", { kind: "HUB" });
  await createSchool(api, admin, S.s1, ["insight-hub"]);
  await createSchool(api, admin, S.s2, ["insight-hub"]);
  await createSchool(api, admin, S.s3, ["insight-hub"]);
  await createSchool(api, admin, S.s4, ["insight-hub"], "SECONDARY");
  await createSchool(api, admin, S.other, ["other-hub"]);
  people = {} as typeof people;
  for (const name of ["lead", "moderator", "member", "otherHub", "partnershipLead", "partnershipMember"] as const) {
    people[name] = await api.signUp();
  }
  await setRole(api, people.lead, "insight-hub", NetworkRole.LEAD);
  await setRole(api, people.moderator, "insight-hub", NetworkRole.MODERATOR);
  await setRole(api, people.member, "insight-hub", NetworkRole.MEMBER);
  await setRole(api, people.otherHub, "other-hub", NetworkRole.MEMBER);
  await makeNetwork(api, admin, "national-partnership", { kind: "PARTNERSHIP" });
  await setRole(api, people.partnershipLead, "national-partnership", NetworkRole.LEAD);
  await setRole(api, people.partnershipMember, "national-partnership", NetworkRole.MEMBER);
  // insight-hub's lead also leads the partnership: the national view shows them their own hub whole.
  await setRole(api, people.lead, "national-partnership", NetworkRole.LEAD);
  const taxonomy = await api.gql<{ themes: { slug: string }[] }>(`{ themes { slug } }`);
  themes = taxonomy.data!.themes.slice(0, 3).map((theme) => theme.slug) as typeof themes;
  const [t1, t2, t3] = themes;
  const ids = await api.orm.em
    .getConnection()
    .execute<{ id: string; slug: string }[]>("select id, slug from network where slug in ('insight-hub', 'other-hub')");
  hubUuid = ids.find((row) => row.slug === "insight-hub")!.id;
  otherHubUuid = ids.find((row) => row.slug === "other-hub")!.id;

  // This period (2025-09-01 to 2026-08-31).
  await review("insight-hub", S.s1, "QAR", "2025-10-01", [
    ["STRENGTH", t1],
    ["AREA_FOR_DEVELOPMENT", t2, "NURSERY"],
  ]);
  await review("insight-hub", S.s1, "MLQAR", "2026-03-01", [["STRENGTH", t1]]); // S1 again: still one school
  await review("insight-hub", S.s2, "QAR", "2025-11-01", [
    ["STRENGTH", t1],
    ["STRENGTH", t2],
    ["AREA_FOR_DEVELOPMENT", t3],
  ]);
  await review("insight-hub", S.s3, "QAR", "2026-08-31", [
    ["AREA_FOR_DEVELOPMENT", t2],
    ["AREA_FOR_DEVELOPMENT", t3],
  ]);
  await review("insight-hub", S.s4, "QAR", "2026-02-01", [["AREA_FOR_DEVELOPMENT", t2]]);
  // The previous period (2024-09-01 to 2025-08-31).
  await review("insight-hub", S.s1, "QAR", "2024-10-01", [["AREA_FOR_DEVELOPMENT", t1]]);
  await review("insight-hub", S.s2, "QAR", "2025-01-15", [
    ["AREA_FOR_DEVELOPMENT", t1],
    ["STRENGTH", t3],
  ]);
  await review("insight-hub", S.s3, "QAR", "2025-08-31", [["STRENGTH", t3]]);
  // Before both: counts in neither.
  await review("insight-hub", S.s3, "QAR", "2024-08-31", [["AREA_FOR_DEVELOPMENT", t3]]);
  // Another hub's school: never insight-hub's.
  await review("other-hub", S.other, "QAR", "2025-10-01", [["STRENGTH", t1]]);

  // S4's Area of Excellence on theme 3, validated in June 2025 (so in force in both periods).
  await proposeExcellence(S.s4, "s4-aoe", t3, "SECONDARY");
  const validated = await api.gql(
    `mutation { validateAreaOfExcellence(input: { slug: "s4-aoe" }) { areaOfExcellence { status } } }`,
    {},
    admin.auth,
  );
  expect(validated.errors).toBeUndefined();
  // Validation is stamped "now"; place it in the past the fixture describes.
  await api.orm.em
    .getConnection()
    .execute(
      "update area_of_excellence set validated_at = '2025-06-01T12:00:00Z', expires_at = '2028-06-01T12:00:00Z' where slug = 's4-aoe'",
    );
  // A proposal never validated counts nowhere.
  await proposeExcellence(S.s3, "s3-proposal", t2, "PRIMARY");
  await arrangeCurriculum();
});

/**
 * insight-trust holds S1 to S3; its subject network insight-history owns
 * two agreed series: KS3 (at version 2; S1 teaches it, S2 version 1, S3
 * nothing) and KS2 (nobody teaches it), and a draft that is no one's yet.
 */
async function arrangeCurriculum() {
  const gql = async (query: string, input: Record<string, unknown>) => {
    const result = await api.gql<Record<string, { entitlement?: { id: string } }>>(query, { input }, admin.auth);
    expect(result.errors).toBeUndefined();
    return result.data!;
  };
  await makeNetwork(api, admin, "insight-trust", { kind: "TRUST" });
  await gql(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`, {
    kind: "SUBJECT_NETWORK",
    slug: "insight-history",
    name: "Insight history",
    description: "History leads of the trust.",
    parentSlug: "insight-trust",
  });
  await gql(`mutation($input: AddSchoolsToNetworkInput!) { addSchoolsToNetwork(input: $input) { network { slug } } }`, {
    networkSlug: "insight-trust",
    urns: [S.s1, S.s2, S.s3],
  });
  const series = async (slug: string, keyStage: string, agreedVersions: number) => {
    const created = await gql(
      `mutation($input: CreateCurriculumEntitlementInput!) { createCurriculumEntitlement(input: $input) { entitlement { id } } }`,
      { networkSlug: "insight-history", subjectSlug: "history", keyStage, title: `${keyStage} history`, slug },
    );
    await gql(`mutation($input: AddCurriculumUnitInput!) { addCurriculumUnit(input: $input) { unit { id } } }`, {
      entitlementId: created.createCurriculumEntitlement!.entitlement!.id,
      title: "The Norman Conquest",
      term: "AUTUMN",
      yearGroup: { KS1: "Y1", KS2: "Y5", KS3: "Y7" }[keyStage],
    });
    for (let version = 1; version <= agreedVersions; version += 1) {
      if (version > 1) {
        await gql(
          `mutation($input: EntitlementSeriesInput!) { createEntitlementDraftFromAgreed(input: $input) { entitlement { id } } }`,
          { slug },
        );
      }
      await gql(
        `mutation($input: EntitlementVersionInput!) { agreeEntitlement(input: $input) { entitlement { id } } }`,
        {
          slug,
          version,
        },
      );
    }
  };
  await series("insight-ks3", "KS3", 2);
  await series("insight-ks2", "KS2", 1);
  await series("insight-draft", "KS1", 0);
  const adopt = (schoolUrn: string, version: number) =>
    gql(
      `mutation($input: RecordEntitlementAdoptionInput!) { recordEntitlementAdoption(input: $input) { adoption { id } } }`,
      { schoolUrn, slug: "insight-ks3", version, adoptedOn: "2026-09-01" },
    );
  await adopt(S.s1, 2);
  await adopt(S.s2, 1);
}

describe("network insight", () => {
  it("counts each theme's strong and developing schools in the period and the one before, by hand", async () => {
    const result = await insight({});
    expect(result.errors).toBeUndefined();
    const { themes: _rows, ...rest } = result.data!.networkInsight;
    expect(rest).toEqual({
      coverage: [], // a hub owns no curriculum entitlements (subject networks do)
      ...PERIOD,
      previousFrom: "2024-09-01",
      previousTo: "2025-08-31",
      phase: null,
      schools: 4,
      reviewedSchools: 4,
    });
    const [t1, t2, t3] = themes;
    expect(counts(result.data!.networkInsight)).toEqual([
      // S1 and S2 strong (S1 twice, once); S1 and S2 to develop the year before.
      [t1, 2, 0, 0, 2],
      // S2 strong; S1, S3, S4 to develop; S3's proposal counts nowhere.
      [t2, 1, 3, 0, 0],
      // S4 by its AoE in both periods; S2 and S3 to develop; S2, S3 (on the last day) and S4 strong before.
      [t3, 1, 2, 3, 0],
    ]);
  });

  it("with a phase, counts findings about it (a finding naming none is its school's) and AoEs in it", async () => {
    const result = await insight({ phase: "PRIMARY" });
    expect(result.errors).toBeUndefined();
    const [t1, t2, t3] = themes;
    // S4 (secondary, and its AoE) drops out; S1's nursery finding on theme 2 too.
    expect(counts(result.data!.networkInsight)).toEqual([
      [t1, 2, 0, 0, 2],
      [t2, 1, 1, 0, 0],
      [t3, 0, 2, 2, 0],
    ]);
    expect(result.data!.networkInsight).toMatchObject({ phase: "PRIMARY", schools: 4, reviewedSchools: 3 });
  });

  it("says so when the period holds no reviews, rather than listing zeros", async () => {
    const result = await insight({ from: "2023-01-01", to: "2023-06-30" });
    expect(result.errors).toBeUndefined();
    expect(result.data!.networkInsight).toMatchObject({ schools: 4, reviewedSchools: 0, themes: [] });
  });

  it("refuses a period that ends before it starts, and an unknown network, naming the field", async () => {
    const backwards = await insight({ from: "2026-01-02", to: "2026-01-01" });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    const early = await insight({ from: "1899-12-31" });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    const overlong = await insight({ from: "2000-01-01", to: "2026-01-01" });
    expect(overlong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    const unknown = await insight({ network: "no-such-network" });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "network" });
  });

  it("is seen by the network's leads, moderators and members and admins; the policy and the resolver agree", async () => {
    const matrix: [string, Record<string, string>, Viewer | null, string | null][] = [
      ["lead", people.lead.auth, viewerWithRoles({ [hubUuid]: NetworkRole.LEAD }), null],
      ["moderator", people.moderator.auth, viewerWithRoles({ [hubUuid]: NetworkRole.MODERATOR }), null],
      ["member", people.member.auth, viewerWithRoles({ [hubUuid]: NetworkRole.MEMBER }), null],
      ["admin", admin.auth, adminViewer(), null],
      [
        "member of another hub",
        people.otherHub.auth,
        viewerWithRoles({ [otherHubUuid]: NetworkRole.MEMBER }),
        "FORBIDDEN",
      ],
      ["anonymous", {}, null, "UNAUTHENTICATED"],
    ];
    const answers = await Promise.all(matrix.map(([, headers]) => insight({}, headers)));
    const outcome = answers.map((answer, index) => [
      matrix[index]![0],
      canSeeNetworkInsight(matrix[index]![2], hubUuid),
      answer.errors?.[0]?.extensions?.code ?? answer.data!.networkInsight.themes.length,
    ]);
    expect(outcome).toEqual(matrix.map(([name, , , refusal]) => [name, refusal === null, refusal ?? 3]));
  });

  it("covers each agreed entitlement of a subject network with its trust's schools: agreed, older or nothing", async () => {
    const urns = "{ urn }";
    const result = await api.gql<{ networkInsight: { schools: number; coverage: unknown[] } }>(
      `query { networkInsight(network: "insight-history") { schools coverage {
        entitlement { slug version status }
        agreedSchools ${urns} olderVersionSchools ${urns} notTeachingSchools ${urns} } } }`,
      {},
      admin.auth,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.networkInsight).toEqual({
      schools: 3,
      coverage: [
        {
          entitlement: { slug: "insight-ks2", version: 1, status: "AGREED" },
          agreedSchools: [],
          olderVersionSchools: [],
          notTeachingSchools: [{ urn: S.s1 }, { urn: S.s2 }, { urn: S.s3 }],
        },
        {
          entitlement: { slug: "insight-ks3", version: 2, status: "AGREED" },
          agreedSchools: [{ urn: S.s1 }],
          olderVersionSchools: [{ urn: S.s2 }],
          notTeachingSchools: [{ urn: S.s3 }],
        },
      ],
    });
  });

  it("is counted in a fixed number of SQL statements, however many schools and reviews", async () => {
    const counting = await startStatementCountingApi(api.config.DATABASE_URL);
    const { result, statements } = await counting.run(INSIGHT, { network: "insight-hub", ...PERIOD }, adminViewer());
    expect(result.errors).toBeUndefined();
    // The network with its parent; the themes and the totals; the agreed entitlements and the schools' standing.
    expect(statements).toHaveLength(5);
    expect(statements.filter((sql) => /review_finding_theme/.test(sql))).toHaveLength(2);
    expect(statements.filter((sql) => /entitlement/.test(sql))).toHaveLength(2);
  });
});

const NATIONAL = `query($from: LocalDate, $to: LocalDate) { nationalInsight(from: $from, to: $to) {
  suppressionThreshold
  themes { ${FIGURES} }
  hubThemes { hub { slug } ${FIGURES} } } }`;

interface Suppressed {
  theme: { slug: string };
  strengthSchools: number | null;
  developmentSchools: number | null;
  previousStrengthSchools: number | null;
  previousDevelopmentSchools: number | null;
  suppressed: boolean;
}
interface National {
  suppressionThreshold: number;
  themes: Suppressed[];
  hubThemes: (Suppressed & { hub: { slug: string } })[];
}

const suppressedCounts = (rows: Suppressed[]) =>
  rows.map((row) => [
    row.theme.slug,
    row.strengthSchools,
    row.developmentSchools,
    row.previousStrengthSchools,
    row.previousDevelopmentSchools,
    row.suppressed,
  ]);

describe("national insight", () => {
  const national = (headers: Record<string, string>) =>
    api.gql<{ nationalInsight: National }>(NATIONAL, PERIOD, headers);

  it("counts every hub's schools, withholding counts of 1 or 2 schools (2 hidden, 3 shown)", async () => {
    const result = await national(people.partnershipLead.auth);
    expect(result.errors).toBeUndefined();
    const [t1, t2, t3] = themes;
    const view = result.data!.nationalInsight;
    expect(view.suppressionThreshold).toBe(3);
    expect(suppressedCounts(view.themes)).toEqual([
      // Strong: S1, S2 and other-hub's school, 3: shown. To develop the year before: S1 and S2, 2: withheld.
      [t1, 3, 0, 0, null, true],
      [t2, null, 3, 0, 0, true],
      [t3, null, null, 3, 0, true],
    ]);
    // Per hub, a partnership lead in neither hub sees only counts of 0 or of 3 and more.
    expect(view.hubThemes.map((row) => row.hub.slug)).toEqual([
      "insight-hub",
      "insight-hub",
      "insight-hub",
      "other-hub",
    ]);
    expect(suppressedCounts(view.hubThemes)).toEqual([
      [t1, null, 0, 0, null, true],
      [t2, null, 3, 0, 0, true],
      [t3, null, null, 3, 0, true],
      [t1, null, 0, 0, 0, true],
    ]);
  });

  it("shows a hub's own small counts to the people in it, and only its own", async () => {
    const result = await national(people.lead.auth);
    expect(result.errors).toBeUndefined();
    const [t1, t2, t3] = themes;
    expect(suppressedCounts(result.data!.nationalInsight.hubThemes)).toEqual([
      [t1, 2, 0, 0, 2, false],
      [t2, 1, 3, 0, 0, false],
      [t3, 1, 2, 3, 0, false],
      [t1, null, 0, 0, 0, true], // other-hub's
    ]);
    // The national rows belong to no hub: withheld for them too.
    expect(suppressedCounts(result.data!.nationalInsight.themes)[1]).toEqual([t2, null, 3, 0, 0, true]);
  });

  it("is for admins and partnership leads; the policy and the resolver agree", async () => {
    const partnership = await api.orm.em
      .getConnection()
      .execute<{ id: string }[]>("select id from network where slug = 'national-partnership'");
    const partnershipId = partnership[0]!.id;
    const matrix: [string, Record<string, string>, Viewer | null, string | null][] = [
      ["partnership lead", people.partnershipLead.auth, viewerWithRoles({ [partnershipId]: NetworkRole.LEAD }), null],
      ["admin", admin.auth, adminViewer(), null],
      [
        "partnership member",
        people.partnershipMember.auth,
        viewerWithRoles({ [partnershipId]: NetworkRole.MEMBER }),
        "FORBIDDEN",
      ],
      ["hub moderator", people.moderator.auth, viewerWithRoles({ [hubUuid]: NetworkRole.MODERATOR }), "FORBIDDEN"],
      ["anonymous", {}, null, "UNAUTHENTICATED"],
    ];
    const answers = await Promise.all(matrix.map(([, headers]) => national(headers)));
    const outcome = answers.map((answer, index) => [
      matrix[index]![0],
      canSeeNationalInsight(matrix[index]![2], [partnershipId]),
      answer.errors?.[0]?.extensions?.code ?? answer.data!.nationalInsight.themes.length,
    ]);
    expect(outcome).toEqual(matrix.map(([name, , , refusal]) => [name, refusal === null, refusal ?? 3]));
    // The count rule at its edge, as the resolver applied it above.
    const inHub = viewerWithRoles({ [hubUuid]: NetworkRole.MEMBER });
    expect([canSeeCount(null, 2, null), canSeeCount(null, 3, null), canSeeCount(inHub, 2, hubUuid)]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("is counted in three SQL statements: the partnerships, the counts and the hubs", async () => {
    const counting = await startStatementCountingApi(api.config.DATABASE_URL);
    const { result, statements } = await counting.run(NATIONAL, PERIOD, adminViewer());
    expect(result.errors).toBeUndefined();
    expect(statements).toHaveLength(3);
  });
});
