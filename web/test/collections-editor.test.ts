import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./browser.js";
import { FIXTURES as F } from "./fixtures.js";
import {
  CONTRIBUTOR,
  WRONG_PASSWORD,
  describedErrorOf,
  endSession,
  expectNoSeriousViolations,
  signIn,
  signInAgainAndPress,
  unique,
  useBrowser,
} from "./pages.js";

const webUrl = inject("webUrl");

// A demo account of the sector dataset; its own collections are PUBLIC or PRIVATE.
const CURATOR = CONTRIBUTOR.email;
// Public resources: the fixtures' and two of the sector dataset's.
const ENQUIRY = F.publicResource;
const ATTENDANCE = {
  slug: "attendance-improvement-toolkit",
  title: "Improving attendance: a toolkit for school leaders",
};
const EARLY_READING = {
  slug: "early-reading-case-study-northfield-park",
  title: "Early reading and phonics at Northfield Park Primary: a case study",
};

const newPage = useBrowser();

/** Fills "Make a collection" on /me/collections; the caller checks where it lands. */
async function makeCollection(page: Page, slug: string, title: string, visibility: string): Promise<void> {
  await fillNewCollection(page, slug, title, visibility);
  await page.getByRole("button", { name: "Make the collection" }).click();
}

async function fillNewCollection(page: Page, slug: string, title: string, visibility: string): Promise<void> {
  const form = page.getByRole("region", { name: "Make a collection" });
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Short name for links").fill(slug);
  await form.getByLabel("Who may see it").selectOption(visibility);
}

async function addFromEditor(page: Page, pasted: string): Promise<void> {
  const form = page.getByRole("region", { name: "Add a resource" });
  await form.getByLabel("Resource address or short name").fill(pasted);
  await form.getByRole("button", { name: "Add to the collection" }).click();
}

async function addFromResourcePage(page: Page, resourceSlug: string, collectionTitle: string): Promise<void> {
  await page.goto(`${webUrl}/resources/${resourceSlug}`);
  const control = page.getByRole("region", { name: "Add to collection" });
  await control.getByLabel("Collection", { exact: true }).selectOption({ label: collectionTitle });
  await control.getByRole("button", { name: "Add to collection" }).click();
}

const listed = (page: Page) =>
  page.getByRole("list", { name: "Resources in the collection" }).locator(".reorder-item__row > a").allTextContents();

describe("curating collections in the member area", () => {
  it("makes a collection, adds resources from the editor and from resource pages, reorders and removes them", async () => {
    const slug = unique("reading-for-leaders");
    const title = "Reading for new school leaders";
    const page = await newPage();
    await signIn(page, CURATOR);
    await page.getByRole("link", { name: "My collections" }).click();
    await page.getByRole("heading", { level: 1, name: "My collections" }).waitFor();

    // NETWORK needs a network to own the collection: the error sits beside the choice, the title stays.
    await makeCollection(page, slug, title, "NETWORK");
    await expect(describedErrorOf(page, "Who may see it")).resolves.toMatch(/PUBLIC or PRIVATE/);
    await expect(page.getByLabel("Title").inputValue()).resolves.toBe(title);
    await expectNoSeriousViolations(page);
    await makeCollection(page, slug, title, "PUBLIC");
    await page.waitForURL(`${webUrl}/me/collections/${slug}?saved=created`);

    await addFromEditor(page, `${webUrl}/resources/${ENQUIRY.slug}`);
    await page.getByText("Resource added at the end.").waitFor();
    await addFromEditor(page, "no-such-resource");
    await expect(describedErrorOf(page, "Resource address or short name")).resolves.toContain("no-such-resource");
    await expect(page.getByLabel("Resource address or short name").inputValue()).resolves.toBe("no-such-resource");

    await addFromResourcePage(page, ATTENDANCE.slug, title);
    await page.getByRole("region", { name: "Add to collection" }).getByText(`Added to ${title}.`).waitFor();
    await expectNoSeriousViolations(page);
    // Twice is refused, beside the collection chosen.
    await addFromResourcePage(page, ATTENDANCE.slug, title);
    await expect(describedErrorOf(page, "Collection")).resolves.toMatch(/already in this collection/);
    await addFromResourcePage(page, EARLY_READING.slug, title);
    await page.getByRole("region", { name: "Add to collection" }).getByText(`Added to ${title}.`).waitFor();

    await page.goto(`${webUrl}/me/collections/${slug}`);
    await expect(listed(page)).resolves.toEqual([ENQUIRY.title, ATTENDANCE.title, EARLY_READING.title]);

    // A pointer drags the last resource to the top; the move is announced.
    await page.dragAndDrop(`[data-testid="drag-${EARLY_READING.slug}"]`, `[id="item-${ENQUIRY.slug}"]`);
    await page
      .getByRole("status")
      .filter({ hasText: `Moved “${EARLY_READING.title}” to position 1 of 3. Saved.` })
      .waitFor();
    // The keyboard moves the enquiry down one.
    await page.getByRole("button", { name: `Move down: ${ENQUIRY.title}` }).focus();
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: `Moved “${ENQUIRY.title}” to position 3 of 3. Saved.` })
      .waitFor();
    const reordered = [EARLY_READING.title, ATTENDANCE.title, ENQUIRY.title];
    await expect
      .poll(async () => {
        await page.reload();
        return listed(page);
      })
      .toEqual(reordered);

    await page.getByRole("button", { name: `Remove ${ATTENDANCE.title}` }).click();
    await page.getByText("Resource taken out of the collection.").waitFor();
    await expect(listed(page)).resolves.toEqual([EARLY_READING.title, ENQUIRY.title]);
    await expectNoSeriousViolations(page);
    await screenshot(page, "collection-editor");

    const visitor = await newPage();
    const response = await visitor.goto(`${webUrl}/collections/${slug}`);
    expect(response?.status()).toBe(200);
    await expect(visitor.locator(".collection-items h3 a").allTextContents()).resolves.toEqual([
      EARLY_READING.title,
      ENQUIRY.title,
    ]);

    // New title and description, and private from now on: the public page goes (and the other
    // browser tests find the public collections as the fixtures made them).
    const details = page.getByRole("region", { name: "Details" });
    await details.getByLabel("Title", { exact: true }).fill("Reading for new leaders, kept for myself");
    await details.getByLabel("Description").fill("Two pieces I keep going back to.");
    await details.getByLabel("Who may see it").selectOption("PRIVATE");
    await details.getByRole("button", { name: "Save details" }).click();
    await page.getByText("Details saved.").waitFor();
    await page
      .getByRole("heading", { level: 1, name: "Edit collection: Reading for new leaders, kept for myself" })
      .waitFor();
    // A new visitor: the first one's browser may keep the public page for its minute of caching.
    const gone = await (await newPage()).goto(`${webUrl}/collections/${slug}`);
    expect(gone?.status()).toBe(404);
  });

  it("keeps a private collection from the public: its page, the list and the resource's page", async () => {
    const slug = unique("my-private-notes");
    const title = "Notes to myself on attendance";
    const page = await newPage();
    await signIn(page, CURATOR);
    await page.goto(`${webUrl}/me/collections`);
    await makeCollection(page, slug, title, "PRIVATE");
    await page.waitForURL(`${webUrl}/me/collections/${slug}?saved=created`);
    await addFromEditor(page, ATTENDANCE.slug);
    await page.getByText("Resource added at the end.").waitFor();
    await page.goto(`${webUrl}/resources/${ATTENDANCE.slug}`);
    await expect(page.getByRole("region", { name: "In collections" }).textContent()).resolves.toContain(title);

    const visitor = await newPage();
    const hidden = await visitor.goto(`${webUrl}/collections/${slug}`);
    expect(hidden?.status()).toBe(404);
    await visitor.goto(`${webUrl}/collections`);
    await expect(visitor.locator("main").textContent()).resolves.not.toContain(title);
    await visitor.goto(`${webUrl}/resources/${ATTENDANCE.slug}`);
    await expect(visitor.locator("main").textContent()).resolves.not.toContain(title);
    // Signed out, the page offers no "Add to collection".
    await expect(visitor.getByRole("region", { name: "Add to collection" }).count()).resolves.toBe(0);
  });

  it("keeps a collection typed while the session ended, without JavaScript, and makes it after signing in again", async () => {
    const slug = unique("session-ended-collection");
    const title = "Reading kept while signing in again";
    const description = "Typed before the session ended.";
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, CURATOR);
    await page.goto(`${webUrl}/me/collections`);
    await fillNewCollection(page, slug, title, "PRIVATE");
    await page.getByLabel("Description (optional)").fill(description);
    await endSession(page);
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: "Make the collection" }).click(),
    ]);
    expect(refused.status()).toBe(401);
    await page.getByRole("group", { name: /session has ended: sign in again to make the collection/ }).waitFor();
    await expect(page.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(title);
    await expect(page.getByLabel("Short name for links").inputValue()).resolves.toBe(slug);
    await expect(page.getByLabel("Who may see it").inputValue()).resolves.toBe("PRIVATE");
    await expect(page.getByLabel("Description (optional)").inputValue()).resolves.toBe(description);
    await signInAgainAndPress(page, CURATOR, "Make the collection");
    await page.waitForURL(`${webUrl}/me/collections/${slug}?saved=created`);
    await page.getByRole("heading", { level: 1, name: `Edit collection: ${title}` }).waitFor();
  });

  it("keeps the details typed while the session ended, refuses a wrong password, then saves them", async () => {
    const slug = unique("session-ended-details");
    const page = await newPage();
    await signIn(page, CURATOR);
    await page.goto(`${webUrl}/me/collections`);
    await makeCollection(page, slug, "Details to change", "PRIVATE");
    await page.waitForURL(`${webUrl}/me/collections/${slug}?saved=created`);

    const details = page.getByRole("region", { name: "Details" });
    await details.getByLabel("Title", { exact: true }).fill("Details changed after signing in again");
    await details.getByLabel("Description").fill("Nothing typed is lost.");
    // Typed in another form of the page and not sent: the page stays as it is, so that stays too.
    await page.getByLabel("Resource address or short name").fill(ATTENDANCE.slug);
    await endSession(page);
    await details.getByRole("button", { name: "Save details" }).click();
    await details.getByRole("group", { name: /session has ended: sign in again to save the details/ }).waitFor();
    await details.getByRole("alert").filter({ hasText: "your session has ended" }).waitFor();
    await expectNoSeriousViolations(page);

    await signInAgainAndPress(page, CURATOR, "Save details", WRONG_PASSWORD);
    await details
      .getByRole("alert")
      .filter({ hasText: /not right/ })
      .waitFor();
    await expect(details.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(
      "Details changed after signing in again",
    );
    await expect(details.getByLabel("Description").inputValue()).resolves.toBe("Nothing typed is lost.");
    await expect(page.getByLabel("Resource address or short name").inputValue()).resolves.toBe(ATTENDANCE.slug);

    await signInAgainAndPress(page, CURATOR, "Save details");
    await page.getByText("Details saved.").waitFor();
    await page
      .getByRole("heading", { level: 1, name: "Edit collection: Details changed after signing in again" })
      .waitFor();
    await expect(page.getByRole("group", { name: /session has ended/ }).count()).resolves.toBe(0);
  });
});
