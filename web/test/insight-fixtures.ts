import { ADMIN, Api, confirmedAccount } from "./fixtures.js";
import { lastMailTo, linkIn } from "./mail.js";

/**
 * A hub small enough to count by hand, for the insight page's browser test, created through the
 * API as a hub would: three schools, their reviews in this period and the one before it, a subject
 * network of the same schools with an entitlement taught at three standings, and its people.
 */
export const INSIGHT = {
  hub: { slug: "insight-page-hub", name: "Insight Page Hub" },
  subjectNetwork: { slug: "insight-page-history", name: "Insight Page History Network" },
  schools: {
    alder: { urn: "910001", name: "Alder Lane Primary School", phase: "PRIMARY" },
    birch: { urn: "910002", name: "Birch Hill Primary School", phase: "PRIMARY" },
    cedar: { urn: "910003", name: "Cedar Park Academy", phase: "SECONDARY" },
  },
  entitlement: { slug: "insight-page-ks3-history", title: "Insight Page KS3 history" },
  leader: { name: "Lena Planner", email: "lena.planner@insight.example", password: "planning the year from evidence" },
  member: { name: "Milo Member", email: "milo.member@insight.example", password: "reading the hub's figures" },
  /** A query of this file's own, searched by the leader and the member: two sessions, one short of the threshold. */
  query: "insight page oracy toolkit",
} as const;

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The reviews, as [school, date, strengths, areas for development]. The page's default period is
 * the year to today, so 30 and 60 days ago count now and 400 days ago counts in the previous year.
 */
const REVIEWS = [
  ["alder", daysAgo(30), ["early-reading-and-phonics"], ["oracy"]],
  ["birch", daysAgo(60), ["early-reading-and-phonics"], ["oracy"]],
  ["cedar", daysAgo(400), ["oracy"], ["early-reading-and-phonics"]],
] as const;

/** A finding's text: only those who may read its review (the hub's lead, not its member) see it quoted. */
export const findingText = (school: keyof typeof INSIGHT.schools, theme: string) =>
  `Review finding at ${INSIGHT.schools[school].name} on ${theme}`;

/**
 * The figures of the themes table worked out by hand from REVIEWS: [theme, strong, strong before,
 * change, to develop, to develop before, change].
 */
export const EXPECTED_THEMES = [
  ["Early reading and phonics", "2", "0", "+2", "0", "1", "−1"],
  ["Oracy", "0", "1", "−1", "2", "0", "+2"],
];

/**
 * The review summary by hand from REVIEWS: Alder and Birch (this period) strong in early reading
 * with oracy to develop, Cedar (the year before) the other way round. [theme, schools, findings,
 * schools before, findings before, change]; themes gone since the previous period come last.
 */
export const EXPECTED_SUMMARY = {
  strengths: [
    ["Early reading and phonics", "2", "2", "0", "0", "new this period"],
    ["Oracy", "0", "0", "1", "1", "not found this period"],
  ],
  developments: [
    ["Oracy", "2", "2", "0", "0", "new this period"],
    ["Early reading and phonics", "0", "0", "1", "1", "not found this period"],
  ],
  /** The period's findings, the latest review first; Cedar's are in the previous period, never quoted. */
  quotes: [
    [
      "Early reading and phonics",
      "Strength",
      findingText("alder", "early-reading-and-phonics"),
      INSIGHT.schools.alder.name,
      "QAR",
      daysAgo(30),
    ],
    [
      "Early reading and phonics",
      "Strength",
      findingText("birch", "early-reading-and-phonics"),
      INSIGHT.schools.birch.name,
      "QAR",
      daysAgo(60),
    ],
    ["Oracy", "Area for development", findingText("alder", "oracy"), INSIGHT.schools.alder.name, "QAR", daysAgo(30)],
    ["Oracy", "Area for development", findingText("birch", "oracy"), INSIGHT.schools.birch.name, "QAR", daysAgo(60)],
  ],
};

/** Coverage by hand: Birch teaches version 2 (agreed), Alder still version 1, Cedar has recorded none. */
export const EXPECTED_COVERAGE = [["Insight Page KS3 history (version 2)", "1", "1", "1"]];

async function signedInAs(anonymous: Api, email: string, password: string): Promise<Api> {
  const { signIn } = await anonymous.mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email, password },
    "token",
  );
  return anonymous.signedIn(signIn.token);
}

/** Creates the fixture; returns API clients signed in as its leader and its member. */
export async function createInsightFixture(
  graphqlUrl: string,
  mailOutboxDir: string,
): Promise<{ leader: Api; member: Api }> {
  const anonymous = new Api(graphqlUrl);
  const admin = await signedInAs(anonymous, ADMIN.email, ADMIN.password);
  const f = INSIGHT;
  await admin.mutate("createNetwork", "CreateNetworkInput", {
    ...f.hub,
    kind: "HUB",
    region: "EAST_MIDLANDS",
    description: "Three schools that review each other every year, kept small so its figures can be checked by hand.",
  });
  await admin.mutate("createNetwork", "CreateNetworkInput", {
    ...f.subjectNetwork,
    kind: "SUBJECT_NETWORK",
    subject: "History",
    description: "The history leads of the Insight Page Hub's schools.",
  });
  for (const [slug, school] of Object.entries(f.schools)) {
    await admin.mutate("createSchool", "CreateSchoolInput", {
      ...school,
      slug: `insight-${slug}`,
      region: "EAST_MIDLANDS",
      localAuthority: "Leicestershire",
    });
  }
  const urns = Object.values(f.schools).map((school) => school.urn);
  for (const networkSlug of [f.hub.slug, f.subjectNetwork.slug]) {
    await admin.mutate("addSchoolsToNetwork", "AddSchoolsToNetworkInput", { networkSlug, urns });
  }
  for (const [school, reviewDate, strengths, developments] of REVIEWS) {
    const finding = (kind: string, theme: string) => ({ kind, themeSlugs: [theme], text: findingText(school, theme) });
    await admin.mutate("createQualityReview", "CreateQualityReviewInput", {
      schoolUrn: f.schools[school].urn,
      hubSlug: f.hub.slug,
      kind: "QAR",
      reviewDate,
      findings: [
        ...strengths.map((theme) => finding("STRENGTH", theme)),
        ...developments.map((theme) => finding("AREA_FOR_DEVELOPMENT", theme)),
      ],
    });
  }
  await createEntitlement(admin);

  const people = await Promise.all(
    [f.leader, f.member].map((person) => confirmedAccount(anonymous, mailOutboxDir, person)),
  );
  const invitations: [string, string, string][] = [
    [f.leader.email, f.hub.slug, "LEAD"],
    [f.leader.email, f.subjectNetwork.slug, "LEAD"],
    [f.member.email, f.hub.slug, "MEMBER"],
  ];
  for (const [email, networkSlug, role] of invitations) {
    await admin.mutate("inviteToNetwork", "InviteToNetworkInput", { email, networkSlug, role });
    const token = new URL(linkIn(await lastMailTo(mailOutboxDir, email), "/invitations/")).pathname.split("/").pop()!;
    const invitee = anonymous.signedIn(people[email === f.leader.email ? 0 : 1]!.token);
    await invitee.mutate("acceptInvitation", "InvitationAnswerInput", { token: decodeURIComponent(token) });
  }
  return { leader: anonymous.signedIn(people[0]!.token), member: anonymous.signedIn(people[1]!.token) };
}

/** Version 1 agreed and taught at Alder; version 2 (one unit more) agreed after it and taught at Birch. */
async function createEntitlement(admin: Api): Promise<void> {
  const f = INSIGHT;
  const { createCurriculumEntitlement } = await admin.mutate<{
    createCurriculumEntitlement: { entitlement: { id: string } };
  }>(
    "createCurriculumEntitlement",
    "CreateCurriculumEntitlementInput",
    {
      ...f.entitlement,
      networkSlug: f.subjectNetwork.slug,
      subjectSlug: "history",
      keyStage: "KS3",
      visibility: "PUBLIC",
      rationale: "What every pupil of the three schools learns in history at Key Stage 3.",
    },
    "entitlement { id }",
  );
  const unit = (entitlementId: string, title: string, yearGroup: string) =>
    admin.mutate("addCurriculumUnit", "AddCurriculumUnitInput", {
      entitlementId,
      title,
      yearGroup,
      term: "AUTUMN",
      knowledge: [`What pupils learn in ${title}`],
      skills: ["Weighing evidence"],
    });
  await unit(createCurriculumEntitlement.entitlement.id, "Medieval towns", "Y7");
  await admin.mutate("agreeEntitlement", "EntitlementVersionInput", { slug: f.entitlement.slug, version: 1 });
  const adopt = (school: keyof typeof f.schools, version: number) =>
    admin.mutate("recordEntitlementAdoption", "RecordEntitlementAdoptionInput", {
      slug: f.entitlement.slug,
      version,
      schoolUrn: f.schools[school].urn,
      adoptedOn: daysAgo(20),
    });
  await adopt("alder", 1);
  const { createEntitlementDraftFromAgreed } = await admin.mutate<{
    createEntitlementDraftFromAgreed: { entitlement: { id: string } };
  }>("createEntitlementDraftFromAgreed", "EntitlementSeriesInput", { slug: f.entitlement.slug }, "entitlement { id }");
  await unit(createEntitlementDraftFromAgreed.entitlement.id, "The Industrial Revolution", "Y9");
  await admin.mutate("agreeEntitlement", "EntitlementVersionInput", { slug: f.entitlement.slug, version: 2 });
  await adopt("birch", 2);
}

/** Searches as a client does, so the search is recorded for the searcher's networks. */
export async function search(api: Api, query: string): Promise<void> {
  await api.gql(`query($query: String!) { search(query: $query, first: 5) { totalCount } }`, { query });
}

/**
 * Waits until the network's demand counts `searches` searches, as its leader reads it through the
 * API: recorded searches are written in batches, a second or two after they happen.
 */
export async function networkSearchesCounted(leader: Api, searches: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { networkSearchDemand } = await leader.gql<{ networkSearchDemand: { searches: number } }>(
      `{ networkSearchDemand(network: "${INSIGHT.hub.slug}") { searches } }`,
    );
    if (networkSearchDemand.searches === searches) return;
    if (Date.now() > deadline) throw new Error(`the network's demand counts ${networkSearchDemand.searches} searches`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
