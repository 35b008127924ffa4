import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import { setRole } from "../../../test/resource-fixtures.js";
import {
  REVIEW_VIEWERS,
  SCHOOLS,
  arrangeReviewWorld,
  createReview,
  type ReviewViewer,
  type ReviewWorld,
} from "../../../test/review-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

/**
 * The review summary of camden-hub (schools A and B) against figures
 * counted by hand, and who is quoted what: counts for everyone who sees the
 * network's insight, finding texts only from the reviews each may read.
 *
 * This period (2025-09-01 to 2026-08-31):
 *   A QAR 2025-10-01: strength t1; development t2 (about the nursery)
 *   A MLQAR 2026-03-01: strength t1 twice; development t2
 *   B QAR 2025-11-01: strength t1; development t3
 *   B MLQAR 2026-05-01: strength t2
 * The previous period (2024-09-01 to 2025-08-31):
 *   A QAR 2024-10-01: development t1; strength t2
 *   B QAR 2025-01-15: strength t1; development t2
 * The far hub's school, in the period: strength t1 (never camden-hub's).
 */
let api: TestApi;
let world: ReviewWorld;
let t1: string, t2: string, t3: string;
/** The two t1 strengths of A's March review, in finding-id order (the tie-break after the review date). */
let marchT1: string[];

const PERIOD = { from: "2025-09-01", to: "2026-08-31" };

const SUMMARY = `query($network: String!, $from: LocalDate, $to: LocalDate, $phase: Phase) {
  networkReviewSummary(network: $network, from: $from, to: $to, phase: $phase) {
    from to previousFrom previousTo phase reviews previousReviews
    strengths { ...theme }
    developments { ...theme }
  }
}
fragment theme on ReviewSummaryTheme {
  theme { slug } schools findings previousSchools previousFindings change
  quotes { text school { name } reviewDate reviewKind }
}`;

interface SummaryTheme {
  theme: { slug: string };
  schools: number;
  findings: number;
  previousSchools: number;
  previousFindings: number;
  change: string;
  quotes: { text: string; school: { name: string }; reviewDate: string; reviewKind: string }[];
}
interface Summary {
  reviews: number;
  previousReviews: number;
  strengths: SummaryTheme[];
  developments: SummaryTheme[];
}

const summary = (viewer: ReviewViewer, variables: Record<string, unknown> = {}) =>
  api.gql<{ networkReviewSummary: Summary }>(
    SUMMARY,
    { network: "camden-hub", ...PERIOD, ...variables },
    world.headers(viewer),
  );

/** Theme rows as [slug, schools, findings, previous schools, previous findings, change]. */
const figures = (rows: SummaryTheme[]) =>
  rows.map((row) => [row.theme.slug, row.schools, row.findings, row.previousSchools, row.previousFindings, row.change]);

const quotesOf = (rows: SummaryTheme[], slug: string) =>
  rows.find((row) => row.theme.slug === slug)!.quotes.map((quote) => quote.text);

async function review(urn: string, hubSlug: string, kind: string, reviewDate: string, findings: unknown[]) {
  await createReview(
    api,
    world,
    { schoolUrn: urn, hubSlug, kind, reviewDate, findings },
    hubSlug === "far-hub" ? "otherHub" : "moderator",
  );
}
const finding = (
  kind: "STRENGTH" | "AREA_FOR_DEVELOPMENT",
  theme: string,
  text: string,
  phase: string | null = null,
) => ({
  kind,
  themeSlugs: [theme],
  text,
  phase,
});

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  world = await arrangeReviewWorld(api);
  [t1, t2, t3] = world.themeSlugs as [string, string, string];
  // School A's staff member also belongs to the hub, so sees its insight; quotes are still only A's.
  await setRole(api, world.people.staff, "camden-hub", NetworkRole.MEMBER);
  const { camdenA: A, camdenB: B, far } = SCHOOLS;
  await review(A, "camden-hub", "QAR", "2025-10-01", [
    finding("STRENGTH", t1, "A: October, t1 strong."),
    finding("AREA_FOR_DEVELOPMENT", t2, "A: October, t2 to develop in the nursery.", "NURSERY"),
  ]);
  await review(A, "camden-hub", "MLQAR", "2026-03-01", [
    finding("STRENGTH", t1, "A: March, t1 strong (one)."),
    finding("STRENGTH", t1, "A: March, t1 strong (two)."),
    finding("AREA_FOR_DEVELOPMENT", t2, "A: March, t2 to develop."),
  ]);
  await review(B, "camden-hub", "QAR", "2025-11-01", [
    finding("STRENGTH", t1, "B: November, t1 strong."),
    finding("AREA_FOR_DEVELOPMENT", t3, "B: November, t3 to develop."),
  ]);
  await review(B, "camden-hub", "MLQAR", "2026-05-01", [finding("STRENGTH", t2, "B: May, t2 strong.")]);
  await review(A, "camden-hub", "QAR", "2024-10-01", [
    finding("AREA_FOR_DEVELOPMENT", t1, "A: last year, t1 to develop."),
    finding("STRENGTH", t2, "A: last year, t2 strong."),
  ]);
  await review(B, "camden-hub", "QAR", "2025-01-15", [
    finding("STRENGTH", t1, "B: last year, t1 strong."),
    finding("AREA_FOR_DEVELOPMENT", t2, "B: last year, t2 to develop."),
  ]);
  await review(far, "far-hub", "QAR", "2025-10-01", [finding("STRENGTH", t1, "Far: never quoted to Camden.")]);
  const march = await api.orm.em
    .getConnection()
    .execute<{ text: string }[]>("select text from review_finding where text like 'A: March, t1%' order by id");
  marchT1 = march.map((row) => row.text);
});

describe("networkReviewSummary", () => {
  it("counts schools and findings per theme, then and now, most frequent first, with each theme's move", async () => {
    const result = await summary("admin");
    expect(result.errors).toBeUndefined();
    const data = result.data!.networkReviewSummary;
    expect([data.reviews, data.previousReviews]).toEqual([4, 2]);
    expect(figures(data.strengths)).toEqual([
      [t1, 2, 4, 1, 1, "UP"],
      [t2, 1, 1, 1, 1, "SAME"],
    ]);
    expect(figures(data.developments)).toEqual([
      [t2, 1, 2, 1, 1, "UP"], // as many schools, more findings
      [t3, 1, 1, 0, 0, "NEW"],
      [t1, 0, 0, 1, 1, "GONE"],
    ]);
  });

  it("counts a phase: a finding about the nursery is not the primary school's", async () => {
    const result = await summary("admin", { phase: "PRIMARY" });
    expect(result.errors).toBeUndefined();
    const developments = result.data!.networkReviewSummary.developments;
    expect(figures(developments)[0]).toEqual([t2, 1, 1, 1, 1, "SAME"]);
    expect(quotesOf(developments, t2)).toEqual(["A: March, t2 to develop."]);
  });

  it("quotes the latest findings first (then by finding), at most three, with school and review", async () => {
    const data = (await summary("lead")).data!.networkReviewSummary;
    const t1Strength = data.strengths[0]!;
    expect(t1Strength.quotes.map((quote) => quote.text)).toEqual([...marchT1, "B: November, t1 strong."]);
    expect(t1Strength.quotes[0]).toMatchObject({
      school: { name: `School ${SCHOOLS.camdenA}` },
      reviewDate: "2026-03-01",
      reviewKind: "MLQAR",
    });
    // The previous period is counted, never quoted.
    expect(quotesOf(data.developments, t1)).toEqual([]);
  });

  /** What each viewer is quoted of t3's development (B's alone), or the code they are refused with. */
  const QUOTED: Record<ReviewViewer, string[] | string> = {
    admin: ["B: November, t3 to develop."],
    lead: ["B: November, t3 to develop."],
    moderator: ["B: November, t3 to develop."],
    staff: [],
    member: [],
    otherHub: "FORBIDDEN",
    anonymous: "UNAUTHENTICATED",
  };

  it.each(REVIEW_VIEWERS)("quotes %s only the reviews they may read, and counts alike for all", async (viewer) => {
    const result = await summary(viewer);
    const expected = QUOTED[viewer];
    if (typeof expected === "string") {
      expect(result.data?.networkReviewSummary ?? null).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe(expected);
      return;
    }
    expect(result.errors).toBeUndefined();
    const data = result.data!.networkReviewSummary;
    expect(figures(data.strengths)[0]).toEqual([t1, 2, 4, 1, 1, "UP"]);
    const t1Quotes = quotesOf(data.strengths, t1);
    if (viewer === "staff") expect(t1Quotes).toEqual([...marchT1, "A: October, t1 strong."]);
    else if (viewer === "member") expect(t1Quotes).toEqual([]);
    else expect(t1Quotes).toEqual([...marchT1, "B: November, t1 strong."]);
    expect(quotesOf(data.developments, t3)).toEqual(expected);
    const body = JSON.stringify(data);
    expect(body).not.toContain("Far:");
    if (viewer === "member") expect(body).not.toMatch(/"text"/);
    if (viewer === "staff") expect(body).not.toContain("B:");
  });

  it("refuses a period that ends before it starts, on `from`", async () => {
    const result = await summary("admin", { from: "2026-09-01", to: "2026-01-01" });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
  });
});
