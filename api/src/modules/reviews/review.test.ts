import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import {
  CREATE_REVIEW,
  SCHOOLS,
  arrangeReviewWorld,
  createReview,
  reviewRowCounts,
  type ReviewWorld,
} from "../../../test/review-fixtures.js";
import { localIdOf } from "../../graphql/relay.js";
import { MAX_FINDING_THEMES, MAX_FINDINGS } from "./review-limits.js";
import { todayInEngland } from "./review.rules.js";

/**
 * Quality reviews through GraphQL: entering, changing and removing reviews
 * and findings; every bad input refused on its field, leaving nothing behind;
 * a strength put forward as an Area of Excellence.
 */
let api: TestApi;
let world: ReviewWorld;
let day = 0;
/** A distinct past date for each review, so no two collide on school, kind and day. */
const pastDate = () => {
  day += 1;
  return new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10);
};

const finding = (overrides: Record<string, unknown> = {}) => ({
  kind: "STRENGTH",
  themeSlugs: [world.themeSlugs[0]],
  text: "Phonics is taught daily with quick catch-up the same afternoon.",
  ...overrides,
});
const review = (overrides: Record<string, unknown> = {}) => ({
  schoolUrn: SCHOOLS.camdenA,
  hubSlug: "camden-hub",
  kind: "QAR",
  reviewDate: pastDate(),
  findings: [finding()],
  ...overrides,
});

async function refused(input: Record<string, unknown>, field: string, code = "BAD_USER_INPUT"): Promise<string> {
  const before = await reviewRowCounts(api);
  const result = await api.gql(CREATE_REVIEW, { input }, world.headers("moderator"));
  expect(result.errors?.[0]?.extensions).toMatchObject({ code, field });
  expect(await reviewRowCounts(api)).toEqual(before);
  return result.errors![0]!.message;
}

const REVIEW = `query($id: ID!) { node(id: $id) { ... on QualityReview {
  kind reviewDate updatedAt findings { id kind text phase keyStage subject { slug } themes { slug } areaOfExcellence { slug } }
} } }`;
type ReviewShape = {
  node: {
    kind: string;
    reviewDate: string;
    findings: {
      id: string;
      kind: string;
      text: string;
      themes: { slug: string }[];
      areaOfExcellence: { slug: string } | null;
    }[];
  };
};
const readReview = async (id: string) =>
  (await api.gql<ReviewShape>(REVIEW, { id }, world.headers("moderator"))).data!.node;

async function themeRowsOf(reviewId: string) {
  const rows = await api.orm.em
    .getConnection()
    .execute<{ review_date: string; review_kind: string; finding_kind: string }[]>(
      `select to_char(t.review_date, 'YYYY-MM-DD') review_date, t.review_kind, t.finding_kind
     from review_finding_theme t join review_finding f on f.id = t.finding_id
     join quality_review r on r.id = f.review_id where r.id = ?`,
      [localIdOf(reviewId, "QualityReview")],
    );
  return rows;
}

beforeAll(async () => {
  api = await startTestApi();
  world = await arrangeReviewWorld(api);
});

describe("entering a quality review", () => {
  it("records the review with its findings, themes, phase, key stage and subject", async () => {
    const subject = world.subjectSlugs[0]!;
    const result = await api.gql<{
      createQualityReview: {
        qualityReview: { kind: string; school: { urn: string }; hub: { slug: string }; findings: unknown[] };
      };
    }>(
      CREATE_REVIEW,
      {
        input: review({
          kind: "MLQAR",
          findings: [
            finding({
              themeSlugs: world.themeSlugs.slice(0, 2),
              phase: "PRIMARY",
              keyStage: "KS2",
              subjectSlug: subject,
            }),
            finding({ kind: "AREA_FOR_DEVELOPMENT", themeSlugs: [world.themeSlugs[2]], text: "Even better if..." }),
          ],
        }),
      },
      world.headers("moderator"),
    );
    expect(result.errors).toBeUndefined();
    const created = result.data!.createQualityReview.qualityReview;
    expect(created).toMatchObject({ kind: "MLQAR", school: { urn: SCHOOLS.camdenA }, hub: { slug: "camden-hub" } });
    expect(created.findings).toEqual([
      expect.objectContaining({
        kind: "STRENGTH",
        phase: "PRIMARY",
        keyStage: "KS2",
        subject: { slug: subject },
        themes: expect.arrayContaining(world.themeSlugs.slice(0, 2).map((slug) => ({ slug }))),
      }),
      expect.objectContaining({ kind: "AREA_FOR_DEVELOPMENT", text: "Even better if...", phase: null, subject: null }),
    ]);
  });

  it("refuses a school outside the hub, naming the school and the hub", async () => {
    expect(await refused(review({ schoolUrn: SCHOOLS.far }), "input.schoolUrn")).toMatch(/200003.*not one of/);
    expect(await refused(review({ schoolUrn: SCHOOLS.trustOnly }), "input.schoolUrn")).toMatch(/Network camden-hub/);
    await refused(review({ schoolUrn: "999999" }), "input.schoolUrn");
  });

  it("refuses a network that is not a hub", async () => {
    const message = await refused(review({ hubSlug: "camden-trust" }), "input.hubSlug", "BAD_USER_INPUT");
    expect(message).toMatch(/not a hub/);
  });

  it("refuses a finding with no theme or an unknown one, even after a good finding", async () => {
    await refused(review({ findings: [finding(), finding({ themeSlugs: [] })] }), "input.findings.1.themeSlugs");
    await refused(
      review({ findings: [finding(), finding({ themeSlugs: ["no-such-theme"] })] }),
      "input.findings.1.themeSlugs",
    );
  });

  it("refuses more findings than a review holds, or more themes than a finding may name", async () => {
    const findings = Array.from({ length: MAX_FINDINGS + 1 }, () => finding());
    expect(await refused(review({ findings }), "input.findings")).toMatch(/at most 50 findings/);
    const themeSlugs = world.themeSlugs.slice(0, MAX_FINDING_THEMES + 1);
    expect(themeSlugs).toHaveLength(MAX_FINDING_THEMES + 1);
    const message = await refused(
      review({ findings: [finding(), finding({ themeSlugs })] }),
      "input.findings.1.themeSlugs",
    );
    expect(message).toMatch(/at most 10 themes/);
  });

  it("refuses a date in the future but takes today", async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(await refused(review({ reviewDate: tomorrow }), "input.reviewDate")).toMatch(/in the future/);
    await createReview(api, world, review({ schoolUrn: SCHOOLS.camdenB, reviewDate: todayInEngland() }));
  });

  it("refuses a second review of one school, of one kind, on one day", async () => {
    const input = review();
    await createReview(api, world, input);
    expect(await refused({ ...input, findings: [] }, "input.reviewDate")).toMatch(/already recorded/);
  });

  it("refuses an unknown subject and a text too short to say anything", async () => {
    await refused(review({ findings: [finding({ subjectSlug: "alchemy" })] }), "input.findings.0.subjectSlug");
    await refused(review({ findings: [finding({ text: "   ok   " })] }), "input.findings.0.text");
  });

  it("lets only the hub's moderators, leads and admins enter reviews", async () => {
    for (const [by, code] of [
      ["staff", "FORBIDDEN"],
      ["member", "FORBIDDEN"],
      ["otherHub", "FORBIDDEN"],
      ["anonymous", "UNAUTHENTICATED"],
    ] as const) {
      const result = await api.gql(CREATE_REVIEW, { input: review() }, world.headers(by));
      expect(result.errors?.[0]?.extensions?.code, by).toBe(code);
    }
    await createReview(api, world, review(), "lead");
    await createReview(api, world, review(), "admin");
  });
});

describe("changing a quality review", () => {
  const UPDATE = `mutation($input: UpdateQualityReviewInput!) { updateQualityReview(input: $input) { qualityReview { kind reviewDate } } }`;
  const ADD = `mutation($input: AddReviewFindingInput!) { addReviewFinding(input: $input) {
    qualityReview { findings { id } } finding { id kind text themes { slug } } } }`;
  const UPDATE_FINDING = `mutation($input: UpdateReviewFindingInput!) { updateReviewFinding(input: $input) {
    finding { kind text phase themes { slug } } } }`;
  const REMOVE = `mutation($input: ReviewFindingRefInput!) { removeReviewFinding(input: $input) { qualityReview { findings { id } } } }`;
  const DELETE = `mutation($input: QualityReviewRefInput!) { deleteQualityReview(input: $input) { deletedId } }`;

  it("moves the theme rows the insight counts read with the review's kind and date", async () => {
    const { id } = await createReview(
      api,
      world,
      review({ findings: [finding(), finding({ themeSlugs: world.themeSlugs.slice(1, 3) })] }),
    );
    const newDate = pastDate();
    const result = await api.gql(
      UPDATE,
      { input: { id, kind: "MLQAR", reviewDate: newDate } },
      world.headers("moderator"),
    );
    expect(result.errors).toBeUndefined();
    const rows = await themeRowsOf(id);
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.review_date === newDate && row.review_kind === "MLQAR")).toBe(true);
  });

  it("refuses a future date on update and changes nothing", async () => {
    const input = review();
    const { id } = await createReview(api, world, input);
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const result = await api.gql(UPDATE, { input: { id, reviewDate: future } }, world.headers("moderator"));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reviewDate" });
    expect((await readReview(id)).reviewDate).toBe(input.reviewDate);
  });

  it("adds, changes and removes findings", async () => {
    const { id, findingIds } = await createReview(api, world, review());
    const added = await api.gql<{
      addReviewFinding: { qualityReview: { findings: { id: string }[] }; finding: { id: string } };
    }>(
      ADD,
      {
        input: {
          reviewId: id,
          ...finding({ kind: "AREA_FOR_DEVELOPMENT", text: "Even better if writing were modelled." }),
        },
      },
      world.headers("moderator"),
    );
    expect(added.errors).toBeUndefined();
    const addedId = added.data!.addReviewFinding.finding.id;
    expect(added.data!.addReviewFinding.qualityReview.findings.map((f) => f.id)).toEqual([...findingIds, addedId]);

    const noTheme = await api.gql(
      UPDATE_FINDING,
      { input: { id: addedId, themeSlugs: [] } },
      world.headers("moderator"),
    );
    expect(noTheme.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.themeSlugs" });

    const themes = [world.themeSlugs[0]!, world.themeSlugs[3]!];
    const changed = await api.gql(
      UPDATE_FINDING,
      {
        input: {
          id: addedId,
          kind: "STRENGTH",
          themeSlugs: themes,
          phase: "PRIMARY",
          text: "Writing is modelled well.",
        },
      },
      world.headers("moderator"),
    );
    expect(changed.errors).toBeUndefined();
    const reread = (await readReview(id)).findings.find((f) => f.id === addedId)!;
    expect(reread).toMatchObject({ kind: "STRENGTH", text: "Writing is modelled well." });
    expect(reread.themes.map((t) => t.slug).sort()).toEqual([...themes].sort());
    expect((await themeRowsOf(id)).filter((row) => row.finding_kind === "STRENGTH")).toHaveLength(3);

    const removed = await api.gql<{ removeReviewFinding: { qualityReview: { findings: { id: string }[] } } }>(
      REMOVE,
      { input: { id: findingIds[0] } },
      world.headers("moderator"),
    );
    expect(removed.data!.removeReviewFinding.qualityReview.findings.map((f) => f.id)).toEqual([addedId]);
    expect(await themeRowsOf(id)).toHaveLength(2);
  });

  it("holds 50 findings of 10 themes each, refusing a 51st finding and an 11th theme with nothing changed", async () => {
    const themeSlugs = world.themeSlugs.slice(0, MAX_FINDING_THEMES);
    const full = Array.from({ length: MAX_FINDINGS }, (_, index) =>
      finding({ themeSlugs, text: `Finding number ${index + 1} of a full review.` }),
    );
    const { id, findingIds } = await createReview(api, world, review({ findings: full }));
    expect(findingIds).toHaveLength(MAX_FINDINGS);
    const before = await reviewRowCounts(api);

    const added = await api.gql(ADD, { input: { reviewId: id, ...finding() } }, world.headers("moderator"));
    expect(added.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reviewId" });
    expect(added.errors?.[0]?.message).toMatch(/finding 51 .*at most 50/);
    const eleven = world.themeSlugs.slice(0, MAX_FINDING_THEMES + 1);
    const retagged = await api.gql(
      UPDATE_FINDING,
      { input: { id: findingIds[0], themeSlugs: eleven } },
      world.headers("moderator"),
    );
    expect(retagged.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.themeSlugs" });
    expect(await reviewRowCounts(api)).toEqual(before);
    expect((await readReview(id)).findings[0]!.themes).toHaveLength(MAX_FINDING_THEMES);

    // One removed makes room for one more.
    await api.gql(REMOVE, { input: { id: findingIds[0] } }, world.headers("moderator"));
    const refilled = await api.gql(ADD, { input: { reviewId: id, ...finding() } }, world.headers("moderator"));
    expect(refilled.errors).toBeUndefined();
    expect((await readReview(id)).findings).toHaveLength(MAX_FINDINGS);
  });

  it("deletes a review with its findings and theme rows", async () => {
    const { id } = await createReview(api, world, review());
    const before = await reviewRowCounts(api);
    const result = await api.gql<{ deleteQualityReview: { deletedId: string } }>(
      DELETE,
      { input: { id } },
      world.headers("moderator"),
    );
    expect(result.data!.deleteQualityReview.deletedId).toBe(id);
    expect(await reviewRowCounts(api)).toEqual([before[0]! - 1, before[1]! - 1, before[2]! - 1]);
    expect((await api.gql(REVIEW, { id }, world.headers("moderator"))).data!.node).toBeNull();
  });

  it("refuses the school's staff (FORBIDDEN: they may read it) and hides the review from everyone else (NOT_FOUND)", async () => {
    const { id, findingIds } = await createReview(api, world, review());
    for (const [by, code] of [
      ["staff", "FORBIDDEN"],
      ["member", "NOT_FOUND"],
      ["otherHub", "NOT_FOUND"],
      ["anonymous", "NOT_FOUND"],
    ] as const) {
      for (const [query, input] of [
        [UPDATE, { id, kind: "MLQAR" }],
        [DELETE, { id }],
        [ADD, { reviewId: id, ...finding() }],
        [UPDATE_FINDING, { id: findingIds[0], text: "Rewritten by someone else." }],
        [REMOVE, { id: findingIds[0] }],
      ] as const) {
        const result = await api.gql(query, { input }, world.headers(by));
        expect(result.errors?.[0]?.extensions?.code, `${by} ${query.slice(0, 40)}`).toBe(code);
      }
    }
    const unchanged = await readReview(id);
    expect(unchanged.kind).toBe("QAR");
    expect(unchanged.findings).toHaveLength(1);
  });
});

describe("putting a strength forward as an Area of Excellence", () => {
  const PROPOSE = `mutation($input: ProposeAreaOfExcellenceFromFindingInput!) { proposeAreaOfExcellenceFromFinding(input: $input) {
    areaOfExcellence { slug status sourceReview reviewDate phase evidence school { urn } themes { slug }
      sourceFinding { id review { id } } }
    finding { id areaOfExcellence { slug } } } }`;
  const proposal = (findingId: string, slug: string) => ({
    findingId,
    title: "Early reading",
    slug,
    summary: "Daily phonics with same-day catch-up for every pupil.",
    evidence: "Phonics check results rose three years running.",
  });

  it("proposes it with the review's school, themes, kind and date, and links the two both ways", async () => {
    const input = review({ kind: "MLQAR", findings: [finding({ themeSlugs: world.themeSlugs.slice(0, 2) })] });
    const { id, findingIds } = await createReview(api, world, input);
    const result = await api.gql<{
      proposeAreaOfExcellenceFromFinding: {
        areaOfExcellence: {
          themes: { slug: string }[];
          evidence: string;
          sourceFinding: { id: string; review: { id: string } };
        };
      };
    }>(PROPOSE, { input: proposal(findingIds[0]!, "camden-a-early-reading") }, world.headers("moderator"));
    expect(result.errors).toBeUndefined();
    const { areaOfExcellence, finding: linked } = result.data!.proposeAreaOfExcellenceFromFinding as never as {
      areaOfExcellence: Record<string, unknown> & { themes: { slug: string }[]; evidence: string };
      finding: unknown;
    };
    expect(areaOfExcellence).toMatchObject({
      status: "PROPOSED",
      sourceReview: "MLQAR",
      reviewDate: input.reviewDate,
      phase: "PRIMARY",
      school: { urn: SCHOOLS.camdenA },
      sourceFinding: { id: findingIds[0], review: { id } },
    });
    expect(areaOfExcellence.themes.map((t) => t.slug).sort()).toEqual(world.themeSlugs.slice(0, 2).sort());
    expect(areaOfExcellence.evidence).toContain(`MLQAR of ${input.reviewDate as string}`);
    expect(linked).toEqual({ id: findingIds[0], areaOfExcellence: { slug: "camden-a-early-reading" } });
    expect((await readReview(id)).findings[0]!.areaOfExcellence).toEqual({ slug: "camden-a-early-reading" });

    const again = await api.gql(
      PROPOSE,
      { input: proposal(findingIds[0]!, "camden-a-again") },
      world.headers("moderator"),
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.findingId" });
  });

  it("refuses an area for development, a finding the viewer cannot read, and leaves no Area of Excellence behind", async () => {
    const { findingIds } = await createReview(
      api,
      world,
      review({ findings: [finding({ kind: "AREA_FOR_DEVELOPMENT" })] }),
    );
    const count = async () =>
      Number(
        (await api.orm.em.getConnection().execute<{ n: string }[]>("select count(*) n from area_of_excellence"))[0]!.n,
      );
    const before = await count();
    const development = await api.gql(
      PROPOSE,
      { input: proposal(findingIds[0]!, "not-a-strength") },
      world.headers("moderator"),
    );
    expect(development.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.findingId" });
    const { findingIds: strengths } = await createReview(api, world, review());
    const outsider = await api.gql(
      PROPOSE,
      { input: proposal(strengths[0]!, "from-outside") },
      world.headers("otherHub"),
    );
    expect(outsider.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const takenSlug = await api.gql(
      PROPOSE,
      { input: proposal(strengths[0]!, "camden-a-early-reading") },
      world.headers("moderator"),
    );
    expect(takenSlug.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
    expect(await count()).toBe(before);
    expect((await readReview((await createReview(api, world, review())).id)).findings[0]!.areaOfExcellence).toBeNull();
  });
});
