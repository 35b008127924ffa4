import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./browser.js";
import { FIXTURES } from "./fixtures.js";
import {
  CONTRIBUTOR,
  MEMBER,
  expectNoSeriousViolations,
  signIn,
  useBrowser,
  endSession,
  signInAgainAndPress,
} from "./pages.js";

const webUrl = inject("webUrl");
const newPage = useBrowser();

const status = (page: Page, text: string | RegExp) =>
  page.locator(".autosave-status [role=status]").filter({ hasText: text });
const body = (page: Page) => page.getByLabel("Body (Markdown)");
const versions = (page: Page) =>
  page.getByRole("region", { name: "Revision history" }).getByRole("listitem").allTextContents();

/** Waits for the background save that sends `text` to come back, and for the status line to say it saved. */
async function savedWith(page: Page, text: string): Promise<void> {
  await page.waitForResponse(
    (response) =>
      response.url().endsWith("/me/resources/autosave") && (response.request().postData() ?? "").includes(text),
  );
  await status(page, /^Saved at \d\d:\d\d$/).waitFor();
}

async function startDraft(page: Page, slug: string, title: string): Promise<void> {
  await page.goto(`${webUrl}/me/resources/new`);
  await status(page, "Saved automatically as a draft once it has a title and an address.").waitFor();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Summary").fill("Written to see the editor keep a draft without anyone pressing Save.");
}

describe("autosave", () => {
  it("saves a new draft while typing, moves to its edit page, and keeps one version however often it saves", async () => {
    const slug = "browser-test-autosaved-draft";
    const page = await newPage();
    await signIn(page, CONTRIBUTOR.email);
    await startDraft(page, slug, "A draft that saves itself");
    const saved = savedWith(page, "First thoughts on oracy.");
    await body(page).pressSequentially("First thoughts on oracy.", { delay: 20 });
    await saved;
    // The draft exists now: the address is its edit page, though the page was not reloaded.
    expect(new URL(page.url()).pathname).toBe(`/me/resources/${slug}/edit`);
    await expect(body(page).inputValue()).resolves.toBe("First thoughts on oracy.");

    const savedAgain = savedWith(page, "Second thoughts, after a pause.");
    await body(page).press("End");
    await body(page).pressSequentially(" Second thoughts, after a pause.", { delay: 20 });
    await savedAgain;
    await expectNoSeriousViolations(page);
    await screenshot(page, "editor-autosaved");

    await page.reload();
    await expect(body(page).inputValue()).resolves.toBe("First thoughts on oracy. Second thoughts, after a pause.");
    // Two background saves, one version.
    const history = await versions(page);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatch(/^Version 1 \(current\), saved .* by Chris Contributor, automatically while typing/);

    // Saving in the background never publishes or submits.
    await page.getByText(/^Status: Draft/).waitFor();
    const publicPage = await newPage();
    expect((await publicPage.goto(`${webUrl}/resources/${slug}`))?.status()).toBe(404);
  });

  it("keeps what was typed when the session ends between saves, and saves it after signing in again", async () => {
    const slug = "browser-test-autosave-session";
    const page = await newPage();
    await signIn(page, CONTRIBUTOR.email);
    await startDraft(page, slug, "A draft that outlives its session");
    const saved = savedWith(page, "Saved before the session ended.");
    await body(page).pressSequentially("Saved before the session ended.", { delay: 20 });
    await saved;

    await endSession(page);
    await body(page).press("End");
    await body(page).pressSequentially(" Typed after it ended.", { delay: 20 });
    await status(page, /^Not saved — your session has ended/).waitFor();
    const typed = "Saved before the session ended. Typed after it ended.";
    await expect(body(page).inputValue()).resolves.toBe(typed);

    await signInAgainAndPress(page, CONTRIBUTOR.email, "Save draft");
    await page.waitForURL(`${webUrl}/me/resources/${slug}/edit?saved=1`);
    await expect(body(page).inputValue()).resolves.toBe(typed);
  });

  it("says why a background save failed, next to a way to retry, and does not save what the API refuses", async () => {
    const page = await newPage();
    await signIn(page, CONTRIBUTOR.email);
    // The address of a resource that already exists: the first save cannot create the draft there.
    await startDraft(page, FIXTURES.publicResource.slug, "A second draft with a taken address");
    await body(page).pressSequentially("Anything at all.", { delay: 20 });
    await status(page, /^Not saved — .*already used by another resource/).waitFor();
    await page.getByRole("button", { name: "Retry" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/me/resources/new");
    await expectNoSeriousViolations(page);
  });
});

describe("revision history", () => {
  it("compares an earlier version with the current one and restores it as a new version, without JavaScript", async () => {
    const slug = "browser-test-revised-guide";
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, CONTRIBUTOR.email);
    await page.goto(`${webUrl}/me/resources/new`);
    await page.getByLabel("Title", { exact: true }).fill("Questioning in history lessons");
    await page.getByLabel("Address (slug)").fill(slug);
    await page.getByLabel("Summary").fill("How our departments plan questions that make pupils reason from sources.");
    await page
      .getByLabel("Body (Markdown)")
      .fill("## Before the lesson\n\nPlan three hinge questions.\n\nKeep them short.");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\?saved=1/);

    await page.getByLabel("Title", { exact: true }).fill("Questioning that makes pupils reason");
    await page
      .getByLabel("Body (Markdown)")
      .fill("## Before the lesson\n\nPlan four hinge questions.\n\nKeep them short.\n\nTry them on a colleague.");
    await page.getByLabel("Note on this version (optional)").fill("Sharper title, a fourth question");
    await page.getByRole("button", { name: "Save draft" }).click();
    await page.waitForURL(/\?saved=1/);
    expect(await versions(page)).toEqual([
      expect.stringMatching(/^Version 2 \(current\), saved .*: “Sharper title, a fourth question”$/),
      expect.stringMatching(/^Version 1, saved .* Compare version 1 with the current version$/),
    ]);

    await page.getByRole("link", { name: "Compare version 1 with the current version" }).click();
    await page.waitForURL(`${webUrl}/me/resources/${slug}/revisions/1`);
    const title = page.locator(".field-change", { has: page.getByRole("heading", { name: "Title" }) });
    await expect(title.locator(".diff-removed").textContent()).resolves.toContain("Questioning in history lessons");
    await expect(title.locator(".diff-added").textContent()).resolves.toContain("Questioning that makes pupils reason");
    const bodyChange = page.locator(".field-change", { has: page.getByRole("heading", { name: "Body" }) });
    await expect(bodyChange.locator(".diff-removed").allTextContents()).resolves.toEqual([
      "− Removed: Plan three hinge questions.",
    ]);
    await expect(bodyChange.locator(".diff-added").allTextContents()).resolves.toEqual([
      "+ Added: Plan four hinge questions.",
      "+ Added: ",
      "+ Added: Try them on a colleague.",
    ]);
    // Lines both versions share are shown as they are, unmarked.
    await bodyChange.getByText("Keep them short.", { exact: true }).waitFor();
    await screenshot(page, "revision-compare");

    await page.getByRole("button", { name: "Restore version 1" }).click();
    await page.waitForURL(`${webUrl}/me/resources/${slug}/edit?restored=1`);
    await expect(page.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(
      "Questioning in history lessons",
    );
    await expect(page.getByLabel("Body (Markdown)").inputValue()).resolves.toContain("Plan three hinge questions.");
    const history = await versions(page);
    expect(history).toHaveLength(3);
    expect(history[0]).toMatch(/^Version 3 \(current\), saved .*: “Restored revision 1”$/);
    expect(history[1]).toMatch(/^Version 2, saved .*Sharper title/);

    // The version replaced by the restore is still there to go back to.
    await page.getByRole("link", { name: "Compare version 2 with the current version" }).click();
    await page.getByRole("button", { name: "Restore version 2" }).waitFor();
  });

  it("shows a version only to those who may edit the resource", async () => {
    const address = `${webUrl}/me/resources/browser-test-revised-guide/revisions/1`;
    const author = await newPage();
    await signIn(author, CONTRIBUTOR.email);
    expect((await author.goto(address))?.status()).toBe(200);
    // axe needs JavaScript, so the page the test above used without it is checked here.
    await expectNoSeriousViolations(author);
    const member = await newPage();
    await signIn(member, MEMBER.email);
    expect((await member.goto(address))?.status()).toBe(404);
    await expect(member.locator("main").textContent()).resolves.not.toContain("hinge questions");
  });
});
