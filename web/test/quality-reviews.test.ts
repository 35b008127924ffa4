import { describe, expect, inject, it } from "vitest";
import { Api } from "./fixtures.js";
import {
  DEMO_PASSWORD,
  describedErrorOf,
  expectFocused,
  expectNoSeriousViolations,
  signedIn,
  unique,
  useBrowser,
} from "./pages.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
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

/** A finding as the API takes it. */
interface FindingInput {
  kind: "STRENGTH" | "AREA_FOR_DEVELOPMENT";
  themeSlugs: string[];
  text: string;
}

/** The API as the Camden moderator. */
async function asModerator(): Promise<Api> {
  const anonymous = new Api(`${apiUrl}/graphql`);
  const { signIn } = await anonymous.mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email: CAMDEN_MODERATOR, password: DEMO_PASSWORD },
    "token",
  );
  return anonymous.signedIn(signIn.token);
}

/** Enters a QAR of Belsize Gardens through the API as the Camden moderator; its page's address. */
async function reviewWith(reviewDate: string, findings: FindingInput[]): Promise<string> {
  const input = { hubSlug: "camden-hub", schoolUrn: BELSIZE_GARDENS, kind: "QAR", reviewDate, findings };
  const { createQualityReview } = await (
    await asModerator()
  ).mutate<{ createQualityReview: { qualityReview: { id: string } } }>(
    "createQualityReview",
    "CreateQualityReviewInput",
    input,
    "qualityReview { id }",
  );
  return `${webUrl}/me/reviews/${encodeURIComponent(createQualityReview.qualityReview.id)}`;
}

const PHONICS: FindingInput = {
  kind: "STRENGTH",
  themeSlugs: ["early-reading-and-phonics"],
  text: "Phonics is taught daily, with the same routines in every class.",
};
const REASONING: FindingInput = {
  kind: "AREA_FOR_DEVELOPMENT",
  themeSlugs: ["oracy"],
  text: "Pupils rarely explain their reasoning aloud.",
};

describe("changing a quality review in the member area", () => {
  it("changes the review's kind and date and edits a finding in place, refusing a future date and short text (JavaScript off)", async () => {
    const reviewUrl = await reviewWith(daysAgo(30), [PHONICS, REASONING]);
    const page = await signedIn(newPage, CAMDEN_MODERATOR, { javaScriptEnabled: false });
    await page.goto(reviewUrl);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading.innerText()).resolves.toBe(`QAR of Belsize Gardens Primary School, ${daysAgo(30)}`);

    await page.getByRole("link", { name: "Change the kind or date" }).click();
    const details = page.getByRole("region", { name: "Change the kind or date" });
    await details.getByLabel("Middle Leaders Quality Assurance Review (MLQAR)").check();
    await details.getByLabel("Date of the review").fill(daysAgo(-3));
    await details.getByRole("button", { name: "Save the kind and date" }).click();
    await expect(describedErrorOf(page, "Date of the review", details)).resolves.toMatch(/^Error: Is in the future/);
    await expect(details.getByLabel("Date of the review").inputValue()).resolves.toBe(daysAgo(-3));
    await expect(details.getByLabel(/MLQAR/).isChecked()).resolves.toBe(true);
    await expect(heading.innerText()).resolves.toContain(`QAR of Belsize Gardens Primary School, ${daysAgo(30)}`);
    await details.getByLabel("Date of the review").fill(daysAgo(31));
    await details.getByRole("button", { name: "Save the kind and date" }).click();
    await page.getByText("Kind and date saved.").waitFor();
    await expect(heading.innerText()).resolves.toBe(`MLQAR of Belsize Gardens Primary School, ${daysAgo(31)}`);

    const findings = page.getByRole("region", { name: /Findings/ });
    await findings.getByRole("link", { name: "Edit finding 2" }).click();
    const edit = page.getByRole("form", { name: "Edit finding 2" });
    // The form starts from the finding as stored.
    await expect(edit.getByLabel("What the review found").inputValue()).resolves.toBe(REASONING.text);
    await expect(edit.getByLabel("Oracy").isChecked()).resolves.toBe(true);
    // Only one finding form at a time: the form to add one waits until this one is done.
    await expect(page.getByRole("region", { name: "Add a finding" }).count()).resolves.toBe(0);
    await edit.getByLabel("Oracy").uncheck();
    await edit.getByLabel("Assessment", { exact: true }).check();
    await edit.getByLabel("Key stage (optional)").selectOption("KS2");
    await edit.getByLabel("What the review found").fill("No");
    await edit.getByRole("button", { name: "Save the finding" }).click();
    await expect(describedErrorOf(page, "What the review found", edit)).resolves.toMatch(/3/);
    await expect(edit.getByLabel("What the review found").inputValue()).resolves.toBe("No");
    await expect(edit.getByLabel("Assessment", { exact: true }).isChecked()).resolves.toBe(true);
    await expect(edit.getByLabel("Oracy").isChecked()).resolves.toBe(false);
    await expect(edit.getByLabel("Key stage (optional)").inputValue()).resolves.toBe("KS2");
    await page.goto(reviewUrl);
    await expect(findings.getByRole("listitem").nth(1).innerText()).resolves.toContain(`${REASONING.text} · Oracy`);

    await findings.getByRole("link", { name: "Edit finding 2" }).click();
    await edit.getByLabel("Oracy").uncheck();
    await edit.getByLabel("Assessment", { exact: true }).check();
    await edit.getByLabel("Key stage (optional)").selectOption("KS2");
    await edit
      .getByLabel("What the review found")
      .fill("Pupils rarely check their own work against the success criteria.");
    await edit.getByRole("button", { name: "Save the finding" }).click();
    await page.getByText("Finding saved.").waitFor();
    await expect(findings.getByRole("listitem").allInnerTexts()).resolves.toEqual([
      expect.stringContaining(PHONICS.text),
      expect.stringMatching(
        /^Area for development \(even better if\): Pupils rarely check their own work against the success criteria\. · Assessment · Key Stage 2/,
      ),
    ]);

    const checker = await signedIn(newPage, CAMDEN_MODERATOR);
    for (const state of [
      "?change=review",
      `?edit=${findingIdIn(await findings.getByRole("link", { name: "Edit finding 1" }).getAttribute("href"))}`,
    ]) {
      await checker.goto(`${reviewUrl}${state}`);
      await checker.getByRole("heading", { level: 1 }).waitFor();
      await expectNoSeriousViolations(checker);
    }
  });

  it("deletes a review after asking, saying how many findings go with it", async () => {
    const reviewUrl = await reviewWith(daysAgo(40), [PHONICS, REASONING]);
    const page = await signedIn(newPage, CAMDEN_MODERATOR);
    await page.goto(reviewUrl);
    await page.getByRole("link", { name: "Delete this review" }).click();
    const question = page.getByRole("heading", {
      level: 1,
      name: `Delete the QAR of Belsize Gardens Primary School, ${daysAgo(40)}?`,
    });
    await expectFocused(question);
    await page.getByText("Its 2 findings go with it").waitFor();
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: /Keep it/ }).click();
    await page.getByRole("heading", { level: 2, name: "Findings (2)" }).waitFor();

    await page.getByRole("link", { name: "Delete this review" }).click();
    await page.getByRole("button", { name: "Delete the review" }).click();
    await page.getByText("Review deleted, with its findings.").waitFor();
    await page.getByRole("heading", { level: 1, name: "Quality reviews: Camden Hub" }).waitFor();
    const table = await page.getByRole("table").innerText();
    expect(table).not.toContain(daysAgo(40));
    const gone = await page.goto(reviewUrl);
    expect(gone?.status()).toBe(404);
  });

  it("puts a strength forward as an Area of Excellence whose page names the review, to those who may read it (JavaScript off)", async () => {
    const reviewUrl = await reviewWith(daysAgo(50), [PHONICS, REASONING]);
    const page = await signedIn(newPage, CAMDEN_MODERATOR, { javaScriptEnabled: false });
    await page.goto(reviewUrl);
    const findings = page.getByRole("region", { name: /Findings/ });
    // Only a strength can be put forward.
    await expect(findings.getByRole("link", { name: /Put forward as an Area of Excellence/ }).count()).resolves.toBe(1);
    const proposeUrl = await findings
      .getByRole("link", { name: "Put forward as an Area of Excellence (finding 1)" })
      .getAttribute("href");
    const checker = await signedIn(newPage, CAMDEN_MODERATOR);
    await checker.goto(`${webUrl}${proposeUrl}`);
    await checker
      .getByRole("heading", { level: 2, name: "Put this strength forward as an Area of Excellence" })
      .waitFor();
    await expectNoSeriousViolations(checker);

    await findings.getByRole("link", { name: "Put forward as an Area of Excellence (finding 1)" }).click();
    const form = page.getByRole("form", { name: "Put this strength forward as an Area of Excellence" });
    // The review's words are private, so the evidence (public once validated) starts empty.
    await expect(form.getByLabel("Evidence (Markdown)").inputValue()).resolves.toBe("");
    const fill = async (slug: string) => {
      await form.getByLabel("What the school is strong at").fill("Consistent daily phonics");
      await form.getByLabel("Address (slug)").fill(slug);
      await form.getByLabel("Summary").fill("Every class teaches phonics the same way, every day, from Reception.");
      await form.getByLabel("Evidence (Markdown)").fill("Phonics screening results have risen for three years.");
      await form.getByRole("button", { name: "Put it forward" }).click();
    };
    await fill("Belsize Phonics!");
    await expect(describedErrorOf(page, "Address (slug)", form)).resolves.toMatch(/slug|hyphens|lower-case/i);
    await expect(form.getByLabel("What the school is strong at").inputValue()).resolves.toBe(
      "Consistent daily phonics",
    );
    await expect(form.getByLabel("Address (slug)").inputValue()).resolves.toBe("Belsize Phonics!");
    // Nothing was proposed: the strength can still be put forward.
    await page.goto(reviewUrl);
    await findings.getByRole("link", { name: "Put forward as an Area of Excellence (finding 1)" }).click();
    const slug = unique("belsize-phonics");
    await fill(slug);
    await page.getByText("Put forward as an Area of Excellence.").waitFor();
    await expect(findings.getByRole("link", { name: /Put forward as an Area of Excellence/ }).count()).resolves.toBe(0);

    await findings.getByRole("link", { name: "Consistent daily phonics" }).click();
    await page.getByRole("heading", { level: 1, name: "Consistent daily phonics" }).waitFor();
    await page.getByText(`Recognised as a strength in the school's QAR of ${daysAgo(50)}.`).waitFor();
    await page.getByText(`The review found: “${PHONICS.text}”`).waitFor();
    await page.getByRole("link", { name: "Open the review" }).click();
    expect(page.url()).toBe(reviewUrl);
    await checker.goto(`${webUrl}/excellence/${slug}`);
    await checker.getByRole("heading", { level: 1 }).waitFor();
    await expectNoSeriousViolations(checker);

    // Once validated the Area of Excellence is public, but the review's own words stay with those who may read it.
    await (await asModerator()).mutate("validateAreaOfExcellence", "AreaOfExcellenceRefInput", { slug });
    const visitor = await newPage();
    await visitor.goto(`${webUrl}/excellence/${slug}`);
    await visitor.getByRole("heading", { level: 1, name: "Consistent daily phonics" }).waitFor();
    const visible = await visitor.locator("main").innerText();
    expect(visible).toContain(`QAR of ${daysAgo(50)}`);
    expect(visible).not.toContain(PHONICS.text);
    await expect(visitor.getByRole("link", { name: "Open the review" }).count()).resolves.toBe(0);
  });
});

/** The finding id in an `?edit=<id>` link. */
const findingIdIn = (href: string | null) => new URL(href!, webUrl).searchParams.get("edit")!;
