import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import { SCHOOLS, arrangeReviewWorld, reviewRowCounts, type ReviewWorld } from "../../../test/review-fixtures.js";
import { CSV_COLUMNS } from "./review-import.js";
import { MAX_FINDING_THEMES, MAX_FINDINGS } from "./review-limits.js";

/**
 * The CSV import: a dry run lists every bad row by line and column and
 * imports nothing; a real import of good rows makes one review per school,
 * kind and date, all in one transaction.
 */
let api: TestApi;
let world: ReviewWorld;
const HEADER = CSV_COLUMNS.join(",");

const IMPORT = `mutation($input: ImportQualityReviewsInput!) { importQualityReviews(input: $input) {
  dryRun imported reviewCount findingCount problems { line column message } } }`;
type ImportResult = {
  dryRun: boolean;
  imported: boolean;
  reviewCount: number;
  findingCount: number;
  problems: { line: number; column: string; message: string }[];
};

async function importCsv(csv: string, dryRun: boolean, by: "moderator" | "staff" | "anonymous" = "moderator") {
  return api.gql<{ importQualityReviews: ImportResult }>(
    IMPORT,
    { input: { hubSlug: "camden-hub", csv, dryRun } },
    world.headers(by),
  );
}

/** Imports as the Camden moderator, expecting an answer (not an error), and checks nothing was written unless imported. */
async function checked(csv: string, dryRun = true): Promise<ImportResult> {
  const before = await reviewRowCounts(api);
  const result = await importCsv(csv, dryRun);
  expect(result.errors).toBeUndefined();
  const answer = result.data!.importQualityReviews;
  if (!answer.imported) expect(await reviewRowCounts(api)).toEqual(before);
  return answer;
}

const at = (answer: ImportResult) => answer.problems.map(({ line, column }) => `${line}:${column}`);

beforeAll(async () => {
  api = await startTestApi();
  world = await arrangeReviewWorld(api);
});

describe("importing quality reviews from CSV", () => {
  const theme = (index: number) => () => world.themeSlugs[index]!;
  const [reading, maths, oracy] = [theme(0), theme(1), theme(2)];

  it("checks, then imports good rows as one review per school, kind and date", async () => {
    const csv = [
      HEADER,
      `${SCHOOLS.camdenA},QAR,2025-03-04,STRENGTH,${reading()};${maths()},PRIMARY,KS1,,"Phonics is taught daily, with same-day catch-up."`,
      `${SCHOOLS.camdenA},QAR,2025-03-04,even better if,${oracy()},,,,Pupils could explain their reasoning more.`,
      `${SCHOOLS.camdenB},mlqar,2025-06-10,Area for development,${maths()},primary,KS 2,${world.subjectSlugs[0]},"Fluency practice is
spread too thinly."`,
    ].join("\n");
    const dry = await checked(csv, true);
    expect(dry).toEqual({ dryRun: true, imported: false, reviewCount: 2, findingCount: 3, problems: [] });

    const real = await checked(csv, false);
    expect(real).toEqual({ dryRun: false, imported: true, reviewCount: 2, findingCount: 3, problems: [] });
    const listed = await api.gql<{
      network: {
        qualityReviews: {
          nodes: {
            kind: string;
            reviewDate: string;
            findings: { kind: string; text: string; keyStage: string | null; themes: { slug: string }[] }[];
          }[];
        };
      };
    }>(
      `{ network(slug: "camden-hub") { qualityReviews(first: 4) { nodes { kind reviewDate findings { kind text keyStage themes { slug } } } } } }`,
      {},
      world.headers("moderator"),
    );
    expect(listed.errors).toBeUndefined();
    const [june, march] = listed.data!.network.qualityReviews.nodes;
    expect(march).toMatchObject({ kind: "QAR", reviewDate: "2025-03-04" });
    expect(march!.findings.map((f) => f.kind)).toEqual(["STRENGTH", "AREA_FOR_DEVELOPMENT"]);
    expect(march!.findings[0]!.themes.map((t) => t.slug).sort()).toEqual([reading(), maths()].sort());
    expect(june!.findings[0]).toMatchObject({
      kind: "AREA_FOR_DEVELOPMENT",
      keyStage: "KS2",
      text: "Fluency practice is\nspread too thinly.",
    });

    // The same file again: every review is already recorded, and nothing is added.
    const repeated = await checked(csv, false);
    expect(repeated.imported).toBe(false);
    expect(at(repeated)).toEqual(["2:review_date", "3:review_date", "4:review_date"]);
  });

  it("lists every bad row by line and column, and imports nothing while any is bad", async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const good = `${SCHOOLS.camdenB},QAR,2025-09-01,STRENGTH,${reading()},,,,Reading for pleasure is everywhere.`;
    const csv = [
      HEADER,
      good,
      `999999,QAR,2025-09-01,STRENGTH,${reading()},,,,Unknown school.`,
      `${SCHOOLS.far},QAR,2025-09-01,STRENGTH,${reading()},,,,A school of another hub.`,
      `${SCHOOLS.camdenB},QAR,2025-09-01,STRENGTH,no-such-theme;${reading()},,,,Unknown theme.`,
      `${SCHOOLS.camdenB},QAR,${future},STRENGTH,${reading()},,,,In the future.`,
      good,
      `${SCHOOLS.camdenB},QAR,2025-09-01,STRENGTH,,,,,No theme at all.`,
      "",
      `${SCHOOLS.camdenB},OFSTED,2025-13-01,WOW,${reading()},UNIVERSITY,KS9,alchemy,x`,
      `${SCHOOLS.camdenB},QAR,2025-09-01,STRENGTH,${reading()}`,
    ].join("\r\n");
    for (const dryRun of [true, false]) {
      const answer = await checked(csv, dryRun);
      expect(answer.imported).toBe(false);
      expect(at(answer)).toEqual([
        "3:school_urn",
        "4:school_urn",
        "5:themes",
        "6:review_date",
        "7:",
        "8:themes",
        "10:review_kind",
        "10:review_date",
        "10:finding_kind",
        "10:phase",
        "10:key_stage",
        "10:subject",
        "10:text",
        "11:",
      ]);
      const messages = answer.problems.map((problem) => problem.message);
      expect(messages[1]).toMatch(/200003.*not one of/);
      expect(messages[2]).toMatch(/no-such-theme/);
      expect(messages[3]).toMatch(/in the future/);
      expect(messages[4]).toBe("repeats line 2");
    }
  });

  it("refuses a review's 51st finding and a finding's 11th theme at their lines, importing nothing", async () => {
    const row = (index: number, themes = reading()) =>
      `${SCHOOLS.camdenB},QAR,2025-10-01,STRENGTH,${themes},,,,Finding number ${index} of a full review.`;
    const full = Array.from({ length: MAX_FINDINGS }, (_, index) => row(index + 1));
    const eleven = world.themeSlugs.slice(0, MAX_FINDING_THEMES + 1);
    expect(eleven).toHaveLength(MAX_FINDING_THEMES + 1);
    const csv = [
      HEADER,
      ...full,
      row(MAX_FINDINGS + 1),
      `${SCHOOLS.camdenA},QAR,2025-10-01,STRENGTH,${eleven.join(";")},,,,Too many themes.`,
    ].join("\n");
    for (const dryRun of [true, false]) {
      const answer = await checked(csv, dryRun);
      expect(answer.imported).toBe(false);
      // The header is line 1, so the 51st finding is on line 52.
      expect(at(answer)).toEqual([`${MAX_FINDINGS + 2}:`, `${MAX_FINDINGS + 3}:themes`]);
      expect(answer.problems[0]!.message).toMatch(/finding 51 .*at most 50/);
      expect(answer.problems[1]!.message).toMatch(/at most 10 themes, not 11/);
    }
    // The fifty alone are a full review, and import.
    const fifty = await checked([HEADER, ...full].join("\n"), false);
    expect(fifty).toMatchObject({ imported: true, reviewCount: 1, findingCount: MAX_FINDINGS });
  });

  it("refuses a wrong header at its column, and invalid UTF-8 at its cell, and a NUL as the input guard does", async () => {
    const wrongHeader = await checked(`school_urn,review_kind,date,finding_kind,themes,phase,key_stage,subject,text\n`);
    expect(wrongHeader.problems).toEqual([
      { line: 1, column: "review_date", message: expect.stringMatching(/header must be exactly.*column 3 is "date"/) },
    ]);
    const missingColumn = await checked(CSV_COLUMNS.slice(0, 8).join(","));
    expect(at(missingColumn)).toEqual(["1:text"]);

    // Bytes that are not UTF-8 reach the API as U+FFFD once decoded, which is what a client sends.
    const latin1 = new TextDecoder("utf-8").decode(
      Buffer.concat([
        Buffer.from(`${HEADER}\n${SCHOOLS.camdenA},QAR,2025-01-10,STRENGTH,${reading()},,,,Caf`),
        Buffer.from([0xe9]),
        Buffer.from(" visits.\n"),
      ]),
    );
    const nul = `${HEADER}\n${SCHOOLS.camdenA},QAR,2025-01-10,STRENGTH,${reading()}\u0000,,,,Binary.\n`;
    expect((await checked(latin1)).problems).toEqual([
      { line: 2, column: "text", message: expect.stringMatching(/not valid UTF-8/) },
    ]);
    // A NUL (a binary file pasted as text) is refused by the API's input guard before the import reads a row.
    const before = await reviewRowCounts(api);
    const refused = await importCsv(nul, false);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.csv" });
    expect(refused.errors?.[0]?.message).toMatch(/NUL/);
    expect(await reviewRowCounts(api)).toEqual(before);
    expect(
      at(await checked(`${HEADER}\n${SCHOOLS.camdenA},QAR,2025-01-10,STRENGTH,${reading()},,,,"never closed\n`)),
    ).toEqual(["2:"]);
    expect(at(await checked(`${HEADER}\n`))).toEqual(["2:"]);
  });

  it("is for the hub's moderators, leads and admins only", async () => {
    const csv = `${HEADER}\n${SCHOOLS.camdenA},QAR,2025-02-02,STRENGTH,${reading()},,,,A strength.`;
    expect((await importCsv(csv, true, "staff")).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await importCsv(csv, true, "anonymous")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const notAHub = await api.gql(
      IMPORT,
      { input: { hubSlug: "camden-trust", csv, dryRun: true } },
      world.headers("admin"),
    );
    expect(notAHub.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.hubSlug" });
  });
});
