import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import {
  createInsightFixture,
  daysAgo,
  EXPECTED_COVERAGE,
  EXPECTED_SUMMARY,
  EXPECTED_THEMES,
  findingText,
  INSIGHT as F,
  networkSearchesCounted,
  search,
} from "./insight-fixtures.js";
import { answerSignIn, expectNoSeriousViolations, signedIn, signIn, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const mailOutboxDir = inject("mailOutboxDir");
const newPage = useBrowser();

// Demo accounts of the sector dataset: a lead of another hub, and the national partnership's lead.
const OTHER_HUB_LEAD = "owen.griffiths@example.org";
const PARTNERSHIP_LEAD = "eleanor.grant@example.org";

const hubPage = `${webUrl}/me/insight/${F.hub.slug}`;
const themesCsv = `${hubPage}/themes.csv`;

beforeAll(async () => {
  const { leader, member } = await createInsightFixture(`${apiUrl}/graphql`, mailOutboxDir);
  await search(leader, F.query);
  await search(member, F.query);
  await networkSearchesCounted(leader, 2);
});

async function asLeader(javaScriptEnabled = true): Promise<Page> {
  const page = await newPage({ javaScriptEnabled });
  await signIn(page, F.leader.email, F.leader.password);
  await page.waitForURL(`${webUrl}/me`);
  return page;
}

/** A table's body as the page shows it: one array of cell texts a row. */
async function rowsOf(table: Locator): Promise<string[][]> {
  const rows = await table.locator("tbody tr").all();
  return Promise.all(rows.map((row) => row.locator("th, td").allInnerTexts()));
}

/** A CSV's data rows (its header dropped); the fixture's cells hold no commas or quotes. */
const csvRows = (text: string) =>
  text
    .trimEnd()
    .split("\r\n")
    .slice(1)
    .map((line) => line.split(","));

const section = (page: Page, heading: string) => page.getByRole("region", { name: heading });
const table = (page: Page, caption: string) =>
  page.locator("table", { has: page.locator("caption", { hasText: caption }) });

describe("the insight page", () => {
  it("shows a hub lead the hand-counted figures as charts and tables, downloads a table as CSV and prints on A4", async () => {
    const page = await asLeader();
    await page.getByRole("link", { name: `Insight for ${F.hub.name}` }).click();
    await page.getByRole("heading", { level: 1, name: `Insight: ${F.hub.name}` }).waitFor();

    const themes = section(page, "Strengths and areas for development");
    await expect(
      themes.getByText("2 of the network’s 3 schools had a quality review in the period.").count(),
    ).resolves.toBe(1);
    await expect(themes.locator("svg[role=img] > title").allTextContents()).resolves.toEqual([
      "Schools strong in each theme and with it to develop",
      "Schools strong in each theme: previous period and this one",
      "Schools with each theme to develop: previous period and this one",
    ]);
    const themesTable = table(page, "Schools strong in each theme and with it to develop");
    await expect(rowsOf(themesTable)).resolves.toEqual(EXPECTED_THEMES);
    // The themes count schools; a review's words are only ever in the review summary's quotes.
    await expect(themes.innerText()).resolves.not.toContain("Review finding");

    // A hub owns no entitlement: coverage says so in words rather than as zeros.
    await expect(section(page, "Curriculum entitlement coverage").innerText()).resolves.toContain(
      "This network has no agreed curriculum entitlement",
    );
    // Two members searched the same words: counted, but one session short of being listed.
    const demand = section(page, "What the network searches for");
    await expect(demand.innerText()).resolves.toMatch(/The network's members searched 2 times in the period/);
    await expect(demand.innerText()).resolves.toContain("Most searched: no query reached 3 different sessions");
    await expect(demand.innerText()).resolves.not.toContain(F.query);

    const download = page.getByRole("link", {
      name: "Download “Schools strong in each theme and with it to develop” as CSV",
    });
    const response = await page.request.get(new URL((await download.getAttribute("href"))!, webUrl).href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="insight-page-hub-themes-/);
    expect(csvRows(await response.text())).toEqual(EXPECTED_THEMES);

    await expectNoSeriousViolations(page);

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header").isHidden()).resolves.toBe(true);
    await expect(page.locator("form.insight-period").isHidden()).resolves.toBe(true);
    await expect(themes.locator("svg[role=img]").first().isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });

  it("sums up the hub's reviews: its lead reads the quotes, its member the same counts without a word of them", async () => {
    const csvOf = async (page: Page, name: string) => {
      const response = await page.request.get(`${hubPage}/${name}.csv`);
      expect(response.status()).toBe(200);
      return response.text();
    };
    const leader = await asLeader();
    await leader.goto(hubPage);
    const summary = section(leader, "Review summary");
    await expect(summary.innerText()).resolves.toContain(
      "Summed up from 2 reviews of the network’s schools in the period, against 1 review from",
    );
    const strengths = table(leader, "Strengths the reviews found");
    const developments = table(leader, "Areas for development the reviews found");
    await expect(rowsOf(strengths)).resolves.toEqual(EXPECTED_SUMMARY.strengths);
    await expect(rowsOf(developments)).resolves.toEqual(EXPECTED_SUMMARY.developments);
    // The move is said in words beside the chart's shapes.
    await expect(
      summary.getByRole("list", { name: "Strengths: what changed since the previous period" }).innerText(),
    ).resolves.toBe(
      "New this period: Early reading and phonics (2 schools).\nNot found this period: Oracy (1 school before).",
    );
    await expect(summary.locator("svg[role=img] > title").allTextContents()).resolves.toEqual([
      "Strengths: schools in the previous period and this one",
      "Areas for development: schools in the previous period and this one",
    ]);
    await expect(rowsOf(table(leader, "Findings quoted"))).resolves.toEqual(EXPECTED_SUMMARY.quotes);
    await expect(summary.innerText()).resolves.not.toContain(findingText("cedar", "oracy"));
    expect(csvRows(await csvOf(leader, "review-strengths"))).toEqual(EXPECTED_SUMMARY.strengths);
    expect(csvRows(await csvOf(leader, "review-developments"))).toEqual(EXPECTED_SUMMARY.developments);
    expect(csvRows(await csvOf(leader, "review-quotes"))).toEqual(EXPECTED_SUMMARY.quotes);

    const member = await newPage();
    await signIn(member, F.member.email, F.member.password);
    await member.waitForURL(`${webUrl}/me`);
    await member.goto(hubPage);
    await expect(rowsOf(table(member, "Strengths the reviews found"))).resolves.toEqual(EXPECTED_SUMMARY.strengths);
    await expect(rowsOf(table(member, "Areas for development the reviews found"))).resolves.toEqual(
      EXPECTED_SUMMARY.developments,
    );
    await expect(table(member, "Findings quoted").count()).resolves.toBe(0);
    await expect(section(member, "Review summary").innerText()).resolves.toContain(
      "Findings are quoted only to the reviewed school’s staff",
    );
    await expect(member.locator("body").innerText()).resolves.not.toContain("Review finding");
    await expect(member.content()).resolves.not.toContain("Review finding");
    expect(csvRows(await csvOf(member, "review-strengths"))).toEqual(EXPECTED_SUMMARY.strengths);
    const memberQuotes = await csvOf(member, "review-quotes");
    expect(csvRows(memberQuotes)).toEqual([]);
    expect(memberQuotes).not.toContain("Review finding");
  });

  it("says a network with no reviews has nothing to sum up, rather than showing zeros", async () => {
    const leader = await asLeader();
    await leader.goto(`${webUrl}/me/insight/${F.subjectNetwork.slug}?from=${daysAgo(20)}`);
    const summary = section(leader, "Review summary");
    await expect(summary.innerText()).resolves.toMatch(/No review of the network’s schools between .* has findings/);
    await expect(summary.locator("table").count()).resolves.toBe(0);
    const csv = await leader.request.get(
      `${webUrl}/me/insight/${F.subjectNetwork.slug}/review-strengths.csv?from=${daysAgo(20)}`,
    );
    expect(csvRows(await csv.text())).toEqual([]);
  });

  it("shows where each school stands with the subject network's entitlement", async () => {
    const page = await asLeader();
    await page.goto(`${webUrl}/me/insight/${F.subjectNetwork.slug}`);
    await expect(rowsOf(table(page, "Schools teaching each agreed entitlement"))).resolves.toEqual(EXPECTED_COVERAGE);
    const entitlement = "Insight Page KS3 history (version 2)";
    await expect(rowsOf(table(page, "Where each school stands"))).resolves.toEqual([
      [F.schools.birch.name, entitlement, "Teaching the agreed version"],
      [F.schools.alder.name, entitlement, "Teaching an older version"],
      [F.schools.cedar.name, entitlement, "Teaching no version"],
    ]);
    const chart = section(page, "Curriculum entitlement coverage").locator("svg[role=img]");
    await expect(chart.locator("title").textContent()).resolves.toBe("Schools teaching each agreed entitlement");
    await expect(chart.locator("desc").textContent()).resolves.toContain("The table beside it gives the same numbers.");
  });

  it("works without JavaScript: the period is chosen with a plain form, and a bad date falls back with a message", async () => {
    const page = await asLeader(false);
    await page.goto(hubPage);
    await expect(page.locator("svg[role=img] > title").count()).resolves.toBeGreaterThanOrEqual(3);
    await page.getByLabel("From", { exact: true }).fill(daysAgo(45));
    await page.getByRole("button", { name: "Show" }).click();
    await page.waitForURL((url) => url.searchParams.get("from") === daysAgo(45));
    // 46 days to today hold Alder's review; the 46 days before them, Birch's; Cedar's is in neither.
    await expect(
      page.getByText("1 of the network’s 3 schools had a quality review in the period.").count(),
    ).resolves.toBe(1);
    await expect(rowsOf(table(page, "Schools strong in each theme and with it to develop"))).resolves.toEqual([
      ["Early reading and phonics", "1", "1", "no change", "0", "0", "no change"],
      ["Oracy", "0", "0", "no change", "1", "1", "no change"],
    ]);

    const response = await page.goto(`${hubPage}?from=2026-02-30`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert").innerText()).resolves.toMatch(/could not be counted .*twelve months to today/);
    await expect(rowsOf(table(page, "Schools strong in each theme and with it to develop"))).resolves.toEqual(
      EXPECTED_THEMES,
    );
  });

  it("is the aggregate view for the hub's members, and refused to another hub's lead and to the signed-out", async () => {
    const member = await newPage();
    await signIn(member, F.member.email, F.member.password);
    await member.waitForURL(`${webUrl}/me`);
    await member.getByRole("link", { name: `Insight for ${F.hub.name}` }).click();
    await member.getByRole("heading", { level: 1, name: `Insight: ${F.hub.name}` }).waitFor();
    await expect(rowsOf(table(member, "Schools strong in each theme and with it to develop"))).resolves.toEqual(
      EXPECTED_THEMES,
    );

    const outsider = await signedIn(newPage, OTHER_HUB_LEAD);
    await expect(outsider.getByRole("link", { name: `Insight for ${F.hub.name}` }).count()).resolves.toBe(0);
    const refused = await outsider.goto(hubPage);
    expect(refused?.status()).toBe(403);
    await expect(outsider.locator("main").innerText()).resolves.toContain(
      "Only the people of this network and the site's administrators can see its insight.",
    );
    await expect(outsider.locator("main").innerText()).resolves.not.toContain("Oracy");
    const csv = await outsider.request.get(themesCsv);
    expect(csv.status()).toBe(403);
    expect(await csv.text()).not.toContain("Oracy");

    const anonymous = await newPage();
    await anonymous.goto(hubPage);
    const signInUrl = new URL(anonymous.url());
    expect([signInUrl.pathname, signInUrl.searchParams.get("returnTo")]).toEqual([
      "/sign-in",
      `/me/insight/${F.hub.slug}`,
    ]);
    const anonymousCsv = await anonymous.request.get(themesCsv, { maxRedirects: 0 });
    expect(anonymousCsv.status()).toBe(302);
    expect(anonymousCsv.headers()["location"]).toMatch(/^\/sign-in\?/);
    // Signing in from there comes back to the page.
    await answerSignIn(anonymous, F.leader.email, F.leader.password);
    await anonymous.getByRole("heading", { level: 1, name: `Insight: ${F.hub.name}` }).waitFor();
  });
});

describe("the national insight page", () => {
  it("shows the partnership's lead every hub with small counts withheld, and the public's searches", async () => {
    const page = await signedIn(newPage, PARTNERSHIP_LEAD);
    await page.getByRole("link", { name: "National insight" }).click();
    await page.getByRole("heading", { level: 1, name: "National insight" }).waitFor();
    const ours = (rows: string[][]) => rows.filter((row) => row[0] === F.hub.name);
    const hubTable = table(page, "Each hub's schools strong in each theme");
    // Every figure of the fixture's hub is drawn from 1 or 2 schools, or none.
    const expected = [
      [F.hub.name, "Early reading and phonics", "fewer than 3", "0", "not shown", "0", "fewer than 3", "not shown"],
      [F.hub.name, "Oracy", "0", "fewer than 3", "not shown", "fewer than 3", "0", "not shown"],
    ];
    await expect(rowsOf(hubTable).then(ours)).resolves.toEqual(expected);
    const href = await page.getByRole("link", { name: /^Download “Each hub's schools/ }).getAttribute("href");
    const csv = await page.request.get(new URL(href!, webUrl).href);
    expect(ours(csvRows(await csv.text()))).toEqual(expected);
    await section(page, "What the public searches for").getByText("Visitors who were not signed in searched").waitFor();
    await expect(page.locator("svg[role=img] > title").first().textContent()).resolves.toBe(
      "Schools of all hubs strong in each theme and with it to develop",
    );
    await expectNoSeriousViolations(page);
  });

  it("is refused to a hub lead who does not lead the partnership", async () => {
    const page = await asLeader();
    await expect(page.getByRole("link", { name: "National insight" }).count()).resolves.toBe(0);
    const response = await page.goto(`${webUrl}/me/insight/national`);
    expect(response?.status()).toBe(403);
    const csv = await page.request.get(`${webUrl}/me/insight/national/hub-themes.csv`);
    expect(csv.status()).toBe(403);
  });
});
