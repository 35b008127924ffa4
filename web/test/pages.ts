import { afterAll, beforeAll, expect, inject } from "vitest";
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { launchBrowser, seriousAccessibilityViolations } from "./browser.js";

// Helpers for browser tests of the member area, shared by the test files.

const webUrl = inject("webUrl");

/** The sector dataset's demo accounts share this password (documented in the README). */
export const DEMO_PASSWORD = "hub-demo-2026";

// Demo accounts loaded by the product's own seed step (seeds/data/people.json): the lead, a contributor,
// a moderator and a member of the NLT English network, a signed-in visitor of no network, and the site's
// administrator (not the fixtures' administrator, ADMIN in fixtures.ts).
export const LEAD = { email: "lead@example.org", name: "Leah Lead" };
export const CONTRIBUTOR = { email: "contributor@example.org", name: "Chris Contributor" };
export const MODERATOR = { email: "moderator@example.org", name: "Morgan Moderator" };
export const MEMBER = { email: "member@example.org", name: "Mina Member" };
export const VISITOR = { email: "visitor@example.org", name: "Vic Visitor" };
export const SITE_ADMIN = { email: "admin@example.org", name: "Ada Admin" };

/**
 * One browser for the test file, and a fresh context (cookies, JavaScript setting) for each page
 * asked for, so each page is a separate person; everything is closed after the file's tests.
 */
export function useBrowser(): (options?: BrowserContextOptions) => Promise<Page> {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  return async (options = {}) => {
    const context = await browser.newContext(options);
    contexts.push(context);
    return context.newPage();
  };
}

/** Signs in on the sign-in page; ends on the page asked for, or on the sign-in page with its error. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${webUrl}/sign-in`);
  await answerSignIn(page, email, password);
}

/** Fills in and sends the sign-in page already open; ends where it sends you, or on its error. */
export async function answerSignIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await Promise.race([page.waitForURL((url) => url.pathname !== "/sign-in"), page.getByRole("alert").waitFor()]);
}

/** A new page of useBrowser's, signed in as `email` (with the demo password) and on the dashboard. */
export async function signedIn(
  newPage: ReturnType<typeof useBrowser>,
  email: string,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<Page> {
  const page = await newPage(options);
  await signIn(page, email);
  await page.waitForURL(`${webUrl}/me`);
  return page;
}

export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual(
    [],
  );
}

/**
 * Reloads the page until `locator` is on it: for what appears once background work (the indexer, the
 * thumbnail worker) has caught up. A reload asks the server again, where `goto` to the same address
 * is answered from the browser's cache while the page is fresh (anonymous pages are kept a minute).
 */
export async function reloadUntilShown(page: Page, locator: Locator, deadlineMs = 20_000): Promise<void> {
  const started = Date.now();
  while ((await locator.count()) === 0) {
    if (Date.now() - started > deadlineMs) {
      throw new Error(`${locator} was not on ${page.url()} after reloading for ${deadlineMs} ms`);
    }
    await page.waitForTimeout(250);
    await page.reload();
  }
}

/** Waits until keyboard focus is on the element (client-side code may move it just after rendering). */
export async function expectFocused(element: Locator): Promise<void> {
  await expect.poll(() => element.evaluate((node) => node === document.activeElement)).toBe(true);
}

/** The error shown for a field, found the way assistive technology finds it: through aria-describedby. */
export async function describedErrorOf(page: Page, label: string, scope: Page | Locator = page): Promise<string> {
  const field = scope.getByLabel(label, { exact: true }).and(page.locator('[aria-invalid="true"]'));
  await field.waitFor();
  const ids = (await field.getAttribute("aria-describedby"))!.split(" ");
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

/** Makes the API forget this page's session, as when it expires or is revoked from another device. */
export async function endSession(page: Page): Promise<void> {
  const context = page.context();
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("hub_session"));
  if (!session) throw new Error("The page is not signed in.");
  await context.addCookies([{ ...session, value: "hs_revoked-or-expired" }]);
}

/** Answers the sign-in fields a form offers after the session ended, then presses the form's button again. */
export async function signInAgainAndPress(
  page: Page,
  email: string,
  button: string,
  password = DEMO_PASSWORD,
): Promise<void> {
  const renewal = page.getByRole("group", { name: /session has ended/ });
  await renewal.getByLabel("Email address").fill(email);
  await renewal.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: button }).click();
}

let uniqueCount = 0;
/** A slug no other test has used: the stem, the time and a counter (two calls in one millisecond differ). */
export const unique = (stem: string) => `${stem}-${Date.now().toString(36)}-${(uniqueCount += 1)}`;

/** Writes a resource in the editor and submits it for review, as its contributor would. */
export async function draftAndSubmit(
  author: Page,
  resource: { slug: string; title: string; summary: string; body: string; networkOnly?: boolean },
): Promise<void> {
  await author.goto(`${webUrl}/me/resources/new`);
  await author.getByLabel("Title", { exact: true }).fill(resource.title);
  await author.getByLabel("Address (slug)").fill(resource.slug);
  await author.getByLabel("Summary").fill(resource.summary);
  await author.getByLabel("Body (Markdown)").fill(resource.body);
  await author.getByRole("group", { name: "Subjects" }).getByLabel("English").check();
  if (resource.networkOnly) {
    await author
      .getByRole("group", { name: "Who may see it once published" })
      .getByLabel(/^Members of/)
      .check();
  }
  await author.getByRole("button", { name: "Save draft" }).click();
  await author.waitForURL(`${webUrl}/me/resources/${resource.slug}/edit?saved=1`);
  // The new-resource page has a button of the same name: press the editor's.
  await author.getByRole("heading", { level: 1, name: `Edit: ${resource.title}` }).waitFor();
  await author.getByRole("button", { name: "Save and submit for review" }).click();
  await author.waitForURL(/\/me\?submitted=/);
}

/** Not any account's password: a page must never show it again. */
export const WRONG_PASSWORD = "not-the-password";

/** Answers the sign-in fields with a wrong password and presses the button: the refusal must be announced. */
export async function signInWronglyAndPress(page: Page, email: string, button: string): Promise<void> {
  await signInAgainAndPress(page, email, button, WRONG_PASSWORD);
  await page
    .getByRole("alert")
    .filter({ hasText: /not right/ })
    .waitFor();
}
