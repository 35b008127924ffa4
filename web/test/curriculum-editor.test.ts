import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./browser.js";
import {
  CONTRIBUTOR,
  LEAD,
  MODERATOR,
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

// The NLT English network's lead (see pages.ts) is Head of English at Northfield Academy, one of the trust's schools.
const LEAD_SCHOOL = { name: "Northfield Academy", urn: "143402" };
const NETWORK = { slug: "nlt-english", name: "NLT English network" };

const newPage = useBrowser();

const newEntitlementForm = (page: Page) => page.getByRole("region", { name: "Start a new entitlement" });

/** Fills the "Start a new entitlement" form on /me/curriculum and lands on the draft's editor. */
async function startEntitlement(page: Page, slug: string, title: string, visibility: string): Promise<void> {
  await page.goto(`${webUrl}/me/curriculum`);
  await fillNewEntitlement(page, slug, title, visibility);
  await newEntitlementForm(page).getByRole("button", { name: "Start the draft" }).click();
  await page.waitForURL(`${webUrl}/me/curriculum/${slug}/1`);
}

async function fillNewEntitlement(page: Page, slug: string, title: string, visibility: string): Promise<void> {
  const form = newEntitlementForm(page);
  await form.getByLabel("Subject network").selectOption(NETWORK.slug);
  await form.getByLabel("Subject", { exact: true }).selectOption("english");
  await form.getByLabel("Key stage").selectOption("KS2");
  await form.getByLabel("Title", { exact: true }).fill(title);
  await form.getByLabel("Short name for links").fill(slug);
  await form.getByLabel("Who may see it once agreed").selectOption(visibility);
}

interface NewUnit {
  title: string;
  yearGroup: string;
  term: string;
  knowledge?: string;
}

async function addUnit(page: Page, unit: NewUnit): Promise<void> {
  const form = page.getByRole("region", { name: "Add a unit" });
  await form.getByLabel("Unit title").fill(unit.title);
  await form.getByLabel("Year group").selectOption(unit.yearGroup);
  await form.getByLabel("Term").selectOption(unit.term);
  if (unit.knowledge) await form.getByLabel("Knowledge statements").fill(unit.knowledge);
  await form.getByRole("button", { name: "Add the unit" }).click();
  await page.getByRole("list", { name: "Units in teaching order" }).locator("h3", { hasText: unit.title }).waitFor();
}

const unitTitles = (page: Page) =>
  page.getByRole("list", { name: "Units in teaching order" }).locator("h3").allTextContents();

describe("curriculum entitlements in the member area", () => {
  it("drafts an entitlement, agrees it, edits, compares and agrees its next version, and a school adopts it", async () => {
    const slug = unique("ks2-reading-for-pleasure");
    const title = "Key Stage 2 reading for pleasure";

    const contributor = await newPage();
    await signIn(contributor, CONTRIBUTOR.email);
    await contributor.getByRole("link", { name: "Curriculum drafts" }).click();
    await contributor.getByRole("heading", { level: 1, name: "Curriculum drafts" }).waitFor();
    await expectNoSeriousViolations(contributor);
    await startEntitlement(contributor, slug, title, "PUBLIC");
    await addUnit(contributor, {
      title: "Choosing a book",
      yearGroup: "Y3",
      term: "AUTUMN",
      knowledge: "Where the class library keeps each kind of book",
    });
    await addUnit(contributor, { title: "Reading aloud to a partner", yearGroup: "Y4", term: "SPRING" });
    // The contributor writes; the network's moderators agree.
    await expect(contributor.getByRole("button", { name: /^Agree version/ }).count()).resolves.toBe(0);

    const moderator = await newPage();
    await signIn(moderator, MODERATOR.email);
    await moderator.goto(`${webUrl}/me/curriculum/${slug}/1`);
    await moderator.getByRole("button", { name: "Agree version 1" }).click();
    await moderator.getByText("Agreed. Schools can now record").waitFor();

    await contributor.goto(`${webUrl}/me/curriculum`);
    await contributor.getByRole("button", { name: `Start version 2 of ${title}` }).click();
    await contributor.waitForURL(`${webUrl}/me/curriculum/${slug}/2`);
    await addUnit(contributor, {
      title: "Book talk with the class",
      yearGroup: "Y5",
      term: "SUMMER",
      knowledge: "How a recommendation differs from a review",
    });

    // A statement added to a unit copied from version 1.
    const choosing = contributor.getByRole("article", { name: "Choosing a book" });
    await choosing.locator("summary").click();
    const knowledge = choosing.getByLabel("Knowledge statements");
    await knowledge.fill(`${await knowledge.inputValue()}\nHow to read a blurb to decide`);
    await choosing.getByRole("button", { name: "Save unit" }).click();
    await contributor
      .getByRole("article", { name: "Choosing a book" })
      .getByRole("list", { name: "Knowledge" })
      .getByText("How to read a blurb to decide")
      .waitFor();

    // The keyboard's way: the "Move up" button, pressed with Enter. The move is announced and the focus stays.
    await contributor.getByRole("button", { name: "Move up: Book talk with the class" }).focus();
    await contributor.keyboard.press("Enter");
    await contributor
      .getByRole("status")
      .filter({ hasText: "Moved “Book talk with the class” to position 2 of 3. Saved." })
      .waitFor();
    await expect(unitTitles(contributor)).resolves.toEqual([
      "Choosing a book",
      "Book talk with the class",
      "Reading aloud to a partner",
    ]);
    await expect(contributor.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe(
      "Move up: Book talk with the class",
    );
    // Stored, not only shown: the page loaded again has the same order.
    await expect
      .poll(async () => {
        await contributor.reload();
        return unitTitles(contributor);
      })
      .toEqual(["Choosing a book", "Book talk with the class", "Reading aloud to a partner"]);

    // The draft compared with the agreed version, with the public comparison's rendering.
    const changes = contributor.getByRole("region", { name: "Changes from version 1, agreed now" });
    await expect(changes.getByRole("region", { name: "Units added" }).textContent()).resolves.toContain(
      "Book talk with the class",
    );
    const changed = await changes.getByRole("region", { name: "Units changed" }).textContent();
    expect(changed).toContain("Choosing a book");
    expect(changed).toContain("Added: How to read a blurb to decide");
    await expect(contributor.getByText(`A moderator of ${NETWORK.name} agrees it`).count()).resolves.toBe(1);
    await expectNoSeriousViolations(contributor);
    await screenshot(contributor, "curriculum-draft-editor");

    await moderator.goto(`${webUrl}/me/curriculum/${slug}/2`);
    await moderator.getByRole("button", { name: "Agree version 2" }).click();
    await moderator.getByText("Agreed. Schools can now record").waitFor();

    const lead = await newPage();
    await signIn(lead, LEAD.email);
    await lead.goto(`${webUrl}/me/curriculum`);
    await lead.getByRole("link", { name: `${title}, version 2` }).click();
    const adopt = lead.getByRole("region", { name: "Record that a school teaches this version" });
    await expect(adopt.getByLabel("School URN").inputValue()).resolves.toBe(LEAD_SCHOOL.urn);
    await adopt.getByLabel("Teaching it since").fill("2026-09-01");
    await expectNoSeriousViolations(lead);
    await adopt.getByRole("button", { name: "Record adoption" }).click();
    await lead.getByText(`Recorded: ${LEAD_SCHOOL.name} teaches version 2.`).waitFor();

    // The public coverage page: no cookies, the network's agreed entitlements and who teaches which version.
    const visitor = await newPage();
    await visitor.goto(`${webUrl}/networks/${NETWORK.slug}/curriculum`);
    const coverage = visitor.getByRole("region", { name: title });
    const row = coverage.getByRole("row").filter({ hasText: LEAD_SCHOOL.name });
    await expect(row.textContent()).resolves.toMatch(/Version 2\s*Teaches the agreed version/);
    await expect(coverage.textContent()).resolves.toContain("Latest agreed version: 2");
  });

  it("works without JavaScript: reorders units with the buttons, and shows a mistake beside its field", async () => {
    const slug = unique("ks2-poetry");
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, CONTRIBUTOR.email);
    await startEntitlement(page, slug, "Key Stage 2 poetry", "NETWORK");
    await addUnit(page, { title: "Poems to perform", yearGroup: "Y3", term: "AUTUMN" });
    await addUnit(page, { title: "Writing free verse", yearGroup: "Y6", term: "SPRING" });

    await page.getByRole("button", { name: "Move down: Poems to perform" }).click();
    await page.waitForURL(/moved=/);
    await page.getByRole("status").filter({ hasText: "Moved “Poems to perform” to position 2 of 2. Saved." }).waitFor();
    await expect(unitTitles(page)).resolves.toEqual(["Writing free verse", "Poems to perform"]);

    const form = page.getByRole("region", { name: "Add a unit" });
    await form.getByLabel("Unit title").fill("X");
    await form.getByLabel("Knowledge statements").fill("Rhythm can be clapped\nA stanza is a group of lines");
    await form.getByRole("button", { name: "Add the unit" }).click();
    const addForm = page.getByRole("region", { name: "Add a unit" });
    await expect(describedErrorOf(page, "Unit title", addForm)).resolves.toMatch(/2 characters/);
    await expect(addForm.getByLabel("Unit title").inputValue()).resolves.toBe("X");
    await expect(addForm.getByLabel("Knowledge statements").inputValue()).resolves.toBe(
      "Rhythm can be clapped\nA stanza is a group of lines",
    );
    await expect(unitTitles(page)).resolves.toEqual(["Writing free verse", "Poems to perform"]);
  });

  it("keeps a unit typed while the session ended, without JavaScript, and saves it after signing in again", async () => {
    const slug = unique("ks2-drama");
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, CONTRIBUTOR.email);
    await startEntitlement(page, slug, "Key Stage 2 drama", "NETWORK");
    await addUnit(page, { title: "Freeze frames", yearGroup: "Y3", term: "AUTUMN" });
    const unit = page.getByRole("article", { name: "Freeze frames" });
    await unit.locator("summary").click();
    const typed = {
      title: "Freeze frames and thought tracking",
      knowledge: "A freeze frame holds one moment\nThought tracking speaks a character's mind",
    };
    await unit.getByLabel("Unit title").fill(typed.title);
    await unit.getByLabel("Year group").selectOption("Y4");
    await unit.getByLabel("Knowledge statements").fill(typed.knowledge);
    await endSession(page);
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      unit.getByRole("button", { name: "Save unit" }).click(),
    ]);
    expect(refused.status()).toBe(401);

    // The unit's form comes back as typed, with the sign-in fields; the rest of the page needs a session.
    await page.getByRole("group", { name: /session has ended: sign in again to save the unit/ }).waitFor();
    await expect(page.getByRole("alert").textContent()).resolves.toContain("your session has ended");
    await expect(page.getByLabel("Unit title").inputValue()).resolves.toBe(typed.title);
    await expect(page.getByLabel("Year group").inputValue()).resolves.toBe("Y4");
    await expect(page.getByLabel("Knowledge statements").inputValue()).resolves.toBe(typed.knowledge);
    await expect(page.getByLabel("Password").inputValue()).resolves.toBe("");

    await signInAgainAndPress(page, CONTRIBUTOR.email, "Save unit");
    await page.getByText("Unit saved.").waitFor();
    const saved = page.getByRole("article", { name: typed.title });
    await saved
      .getByRole("list", { name: "Knowledge" })
      .getByText("Thought tracking speaks a character's mind")
      .waitFor();
    await expect(saved.textContent()).resolves.toContain("Year 4");
  });

  it("keeps a new entitlement typed while the session ended, refuses a wrong password, then starts the draft", async () => {
    const slug = unique("ks2-dance");
    const title = "Key Stage 2 dance";
    const rationale = "Movement as a way of telling stories.";
    const page = await newPage();
    await signIn(page, CONTRIBUTOR.email);
    await page.goto(`${webUrl}/me/curriculum`);
    await fillNewEntitlement(page, slug, title, "PUBLIC");
    const form = newEntitlementForm(page);
    await form.getByLabel("Rationale (optional)").fill(rationale);
    await endSession(page);
    await form.getByRole("button", { name: "Start the draft" }).click();
    await form.getByRole("group", { name: /session has ended/ }).waitFor();
    await expectNoSeriousViolations(page);

    await signInAgainAndPress(page, CONTRIBUTOR.email, "Start the draft", WRONG_PASSWORD);
    await form
      .getByRole("alert")
      .filter({ hasText: /not right/ })
      .waitFor();
    await expect(form.getByLabel("Short name for links").inputValue()).resolves.toBe(slug);
    await expect(form.getByLabel("Rationale (optional)").inputValue()).resolves.toBe(rationale);
    await expect(form.getByLabel("Subject network").inputValue()).resolves.toBe(NETWORK.slug);

    await signInAgainAndPress(page, CONTRIBUTOR.email, "Start the draft");
    await page.waitForURL(`${webUrl}/me/curriculum/${slug}/1`);
    await page.getByRole("heading", { level: 1, name: `Edit: ${title}, version 1` }).waitFor();
  });
});
