import { describe, expect, inject, it } from "vitest";
import { expectNoSeriousViolations, signedIn, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const newPage = useBrowser();

// A moderator of Camden Hub in the sector dataset, and one of its primaries.
const CAMDEN_MODERATOR = "grace.mensah@example.org";
const BELSIZE_GARDENS = "142021";
const HEADER = "school_urn,review_kind,review_date,finding_kind,themes,phase,key_stage,subject,text";
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe("quality reviews in the member area", () => {
  it("a hub moderator enters a review, adds two findings and removes one, then imports a CSV after a dry run", async () => {
    // Without JavaScript: every step is a plain form post.
    const page = await signedIn(newPage, CAMDEN_MODERATOR, { javaScriptEnabled: false });
    await page.getByRole("link", { name: "Quality reviews" }).click();
    await page.getByRole("heading", { level: 1, name: "Quality reviews: Camden Hub" }).waitFor();
    await page.getByRole("link", { name: "Enter a review" }).click();
    await page.getByLabel("School (URN)").fill(BELSIZE_GARDENS);
    await page.getByLabel("Middle Leaders Quality Assurance Review (MLQAR)").check();
    await page.getByLabel("Date of the review").fill(daysAgo(10));
    await page.getByRole("button", { name: "Save and add findings" }).click();
    await page.getByText("Review saved.").waitFor();
    const reviewUrl = page.url().replace(/\?.*$/, "");

    const addForm = page.getByRole("region", { name: "Add a finding" });
    const add = async (kind: string, theme: string | null, text: string) => {
      await addForm.getByLabel(kind).check();
      if (theme) await addForm.getByLabel(theme).check();
      await addForm.getByLabel("What the review found").fill(text);
      await addForm.getByRole("button", { name: "Add the finding" }).click();
    };
    await add("Strength (what went well)", null, "Reading corners are used every day.");
    const themes = addForm.getByRole("group", { name: "Themes (at least one)" });
    await expect(themes.locator(".field-error").innerText()).resolves.toMatch(/at least one theme/);
    await expect(addForm.getByLabel("What the review found").inputValue()).resolves.toBe(
      "Reading corners are used every day.",
    );
    await add("Strength (what went well)", "Early reading and phonics", "Reading corners are used every day.");
    await page.getByText("Finding added.").waitFor();
    await add("Area for development (even better if)", "Oracy", "Pupils could say more in class discussions.");
    await page.getByText("Finding added.").waitFor();
    const findings = page.getByRole("region", { name: /Findings/ });
    await expect(findings.getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringContaining("Reading corners are used every day."),
      expect.stringContaining("Pupils could say more in class discussions."),
    ]);
    await findings.getByRole("button", { name: "Remove finding 1" }).click();
    await page.getByText("Finding removed.").waitFor();
    await expect(findings.getByRole("listitem").allTextContents()).resolves.toEqual([
      expect.stringContaining("Pupils could say more in class discussions."),
    ]);

    await page.goto(`${webUrl}/me/reviews/import`);
    const good = `${BELSIZE_GARDENS},QAR,${daysAgo(12)},STRENGTH,oracy,PRIMARY,KS2,,Talk partners are used well.`;
    const csv = (rows: string[]) => [HEADER, ...rows].join("\n");
    await page.getByLabel("Or paste the CSV").fill(csv([good, `999999,QAR,${daysAgo(12)},STRENGTH,no-theme,,,,x`]));
    await page.getByRole("button", { name: "Check the file" }).click();
    const problems = page.getByRole("table");
    await problems.waitFor();
    const rows = await problems.locator("tbody tr").allInnerTexts();
    expect(rows.map((row) => row.split("\t").slice(0, 2).join(" "))).toEqual(["3 school_urn", "3 themes", "3 text"]);
    await page
      .getByLabel("Or paste the CSV")
      .fill(
        csv([good, `${BELSIZE_GARDENS},QAR,${daysAgo(12)},even better if,assessment,,,,Marking could be lighter.`]),
      );
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByText("Every row is good: 2 findings in 1 review for Camden Hub.").waitFor();
    await page.getByRole("button", { name: "Import 2 findings" }).click();
    await page.getByText("Imported 2 findings.").waitFor();
    await expect(page.getByRole("table").innerText()).resolves.toContain(daysAgo(12));

    // axe runs in the page, so it looks with JavaScript on, at the pages as the moderator left them.
    const checker = await signedIn(newPage, CAMDEN_MODERATOR);
    for (const url of [reviewUrl, `${webUrl}/me/reviews`, `${webUrl}/me/reviews/import`, `${webUrl}/me/reviews/new`]) {
      await checker.goto(url);
      await checker.getByRole("heading", { level: 1 }).waitFor();
      await expectNoSeriousViolations(checker);
    }

    // Someone signed out cannot open any of the review pages: they are asked to sign in.
    const visitor = await newPage();
    for (const path of ["/me/reviews", "/me/reviews/new", "/me/reviews/import", new URL(reviewUrl).pathname]) {
      await visitor.goto(`${webUrl}${path}`);
      expect(new URL(visitor.url()).pathname, path).toBe("/sign-in");
    }
  });
});
