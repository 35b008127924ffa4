import { describe, expect, inject, it } from "vitest";
import { screenshot } from "./browser.js";
import {
  CONTRIBUTOR,
  DEMO_PASSWORD,
  MODERATOR,
  VISITOR,
  describedErrorOf,
  draftAndSubmit,
  endSession,
  expectNoSeriousViolations,
  signIn,
  signInAgainAndPress,
  unique,
  useBrowser,
} from "./pages.js";

const webUrl = inject("webUrl");

const newPage = useBrowser();

const LONG_SUMMARY = `${"A summary that runs on far too long for the library's cards. ".repeat(6)}`;

describe("signing in", () => {
  it("gives the same message for a wrong password and for an unknown email, keeping the email typed", async () => {
    const page = await newPage();
    await signIn(page, VISITOR.email, "not the right password at all");
    const wrongPassword = await page.getByRole("alert").textContent();
    await expect(page.getByLabel("Email address").inputValue()).resolves.toBe(VISITOR.email);
    await signIn(page, "nobody-here@example.org", "not the right password at all");
    const unknownEmail = await page.getByRole("alert").textContent();
    expect(wrongPassword).toContain("do not match an account");
    expect(unknownEmail).toBe(wrongPassword);
    await expectNoSeriousViolations(page);
  });

  it("signs in and out without JavaScript, showing the person's name in the header meanwhile", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, CONTRIBUTOR.email);
    await page.waitForURL(`${webUrl}/me`);
    await page.getByRole("heading", { name: "Your dashboard" }).waitFor();
    await expect(page.getByRole("navigation", { name: "Main" }).textContent()).resolves.toContain(CONTRIBUTOR.name);
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name.endsWith("hub_session"))!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${webUrl}/`);
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto(`${webUrl}/me`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});

describe("publishing a resource", () => {
  const slug = "browser-test-reading-aloud";
  const title = "Reading aloud every day in Year 3";

  it("drafts with a mistake, shows it beside the field with the input kept, then submits, and a moderator publishes", async () => {
    const author = await newPage();
    await signIn(author, CONTRIBUTOR.email);
    await author.waitForURL(`${webUrl}/me`);
    await author.getByRole("heading", { level: 1, name: "Your dashboard" }).waitFor();
    await expectNoSeriousViolations(author);
    await author.getByRole("link", { name: "Write a new resource" }).click();
    await author.getByLabel("Title", { exact: true }).fill(title);
    await author.getByLabel("Address (slug)").fill(slug);
    await author.getByLabel("Summary").fill(LONG_SUMMARY);
    await author.getByLabel("Body (Markdown)").fill("## Why\n\nChildren who hear **good books** read well.");
    // With JavaScript, the preview follows the typing, rendered by the API.
    await author.locator(".editor-preview strong", { hasText: "good books" }).waitFor();
    await author.getByRole("group", { name: "Subjects" }).getByLabel("English").check();
    await author.getByRole("button", { name: "Save draft" }).click();

    await expect(describedErrorOf(author, "Summary")).resolves.toMatch(/300 characters/);
    await expect(author.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(title);
    await expect(author.getByLabel("Summary").inputValue()).resolves.toBe(LONG_SUMMARY);
    await expect(author.getByRole("group", { name: "Subjects" }).getByLabel("English").isChecked()).resolves.toBe(true);
    await expectNoSeriousViolations(author);
    await screenshot(author, "editor-with-error");

    await author.getByLabel("Summary").fill("Why and how our Year 3 classes hear a whole book read aloud every day.");
    await author.getByRole("button", { name: "Save and submit for review" }).click();
    await author.waitForURL(/\/me\?submitted=/);
    await expect(author.getByRole("region", { name: /In review/ }).textContent()).resolves.toContain(title);

    const moderator = await newPage();
    await signIn(moderator, MODERATOR.email, DEMO_PASSWORD);
    await moderator.goto(`${webUrl}/me/review`);
    await expectNoSeriousViolations(moderator);
    await moderator
      .getByRole("form", { name: `Approve ${title}` })
      .getByRole("button", { name: "Approve and publish" })
      .click();
    await moderator.waitForURL(/published=/);

    const publicPage = await newPage();
    const response = await publicPage.goto(`${webUrl}/resources/${slug}`);
    expect(response?.status()).toBe(200);
    await publicPage.getByRole("heading", { level: 1, name: title }).waitFor();
  });

  it("works without JavaScript, and the author sees why a moderator asked for changes", async () => {
    const noJsSlug = "browser-test-shared-reading";
    const noJsTitle = "Shared reading with a visualiser";
    const author = await newPage({ javaScriptEnabled: false });
    await signIn(author, CONTRIBUTOR.email);
    await author.goto(`${webUrl}/me/resources/new`);
    await author.getByLabel("Title", { exact: true }).fill(noJsTitle);
    await author.getByLabel("Address (slug)").fill(noJsSlug);
    await author.getByLabel("Summary").fill(LONG_SUMMARY);
    await author.getByLabel("Body (Markdown)").fill("Put the page under the **visualiser**.");
    await author.getByRole("button", { name: "Preview the body" }).click();
    await author.locator(".editor-preview strong", { hasText: "visualiser" }).waitFor();
    await author.getByRole("button", { name: "Save draft" }).click();
    await expect(describedErrorOf(author, "Summary")).resolves.toMatch(/300 characters/);
    await author.getByLabel("Summary").fill("How one page under a visualiser lets the whole class read together.");
    await author.getByRole("button", { name: "Save and submit for review" }).click();
    await author.waitForURL(/\/me\?submitted=/);

    const moderator = await newPage({ javaScriptEnabled: false });
    await signIn(moderator, MODERATOR.email);
    await moderator.goto(`${webUrl}/me/review`);
    const changes = moderator.getByRole("form", { name: `Request changes to ${noJsTitle}` });
    await changes.getByRole("button", { name: "Request changes" }).click();
    await expect(describedErrorOf(moderator, "What should the authors change?", changes)).resolves.toMatch(/\w/);
    const reason = "Please add a photo of the set-up so others can copy it.";
    await moderator
      .getByRole("form", { name: `Request changes to ${noJsTitle}` })
      .getByLabel("What should the authors change?")
      .fill(reason);
    await moderator
      .getByRole("form", { name: `Request changes to ${noJsTitle}` })
      .getByRole("button", { name: "Request changes" })
      .click();
    await moderator.waitForURL(/returned=/);

    await author.goto(`${webUrl}/me`);
    await expect(author.getByRole("region", { name: /Drafts/ }).textContent()).resolves.toContain(reason);
    await author.getByRole("link", { name: noJsTitle }).click();
    await author.waitForURL(`${webUrl}/me/resources/${noJsSlug}/edit`);
    await expect(author.getByRole("note").textContent()).resolves.toContain(reason);
    // Still not public while it waits for changes.
    const publicPage = await newPage();
    expect((await publicPage.goto(`${webUrl}/resources/${noJsSlug}`))?.status()).toBe(404);
  });

  it("keeps a moderator's comment typed while the session ended, and sends it back after signing in again", async () => {
    const resource = {
      slug: unique("browser-test-renewed-review"),
      title: "Word walls children reach for",
      summary: "How three classes turned word walls into something children use while they write.",
      body: "Put the wall **where children write**, not where adults teach.",
    };
    const author = await newPage();
    await signIn(author, CONTRIBUTOR.email);
    await draftAndSubmit(author, resource);

    const moderator = await newPage({ javaScriptEnabled: false });
    await signIn(moderator, MODERATOR.email);
    await moderator.goto(`${webUrl}/me/review`);
    const reason = "Please add a photo of one wall before and after, so others see the difference.";
    const button = `Request changes to ${resource.title}`;
    await moderator.getByRole("form", { name: button }).getByLabel("What should the authors change?").fill(reason);
    await endSession(moderator);
    const posted = moderator.waitForResponse((response) => response.request().method() === "POST");
    await moderator.getByRole("button", { name: button }).click();
    expect((await posted).status()).toBe(401);
    await moderator.getByRole("group", { name: /session has ended/ }).waitFor();
    await expect(moderator.getByLabel("What should the authors change?").inputValue()).resolves.toBe(reason);
    await signInAgainAndPress(moderator, MODERATOR.email, button);
    await moderator.waitForURL(/returned=/);

    await author.goto(`${webUrl}/me`);
    await expect(author.getByRole("region", { name: /Drafts/ }).textContent()).resolves.toContain(reason);
  });

  it("keeps what was typed when the session has ended, and saves after signing in again", async () => {
    const author = await newPage();
    await signIn(author, CONTRIBUTOR.email);
    await author.goto(`${webUrl}/me/resources/new`);
    await author.getByLabel("Title", { exact: true }).fill("Written while the session ran out");
    await author.getByLabel("Address (slug)").fill("browser-test-session-ended");
    await author.getByLabel("Summary").fill("A draft saved after signing in again.");
    await endSession(author);
    await author.getByRole("button", { name: "Save draft" }).click();
    await author.getByRole("group", { name: /session has ended/ }).waitFor();
    await expect(author.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(
      "Written while the session ran out",
    );
    await signInAgainAndPress(author, CONTRIBUTOR.email, "Save draft");
    await author.waitForURL(/\/me\/resources\/browser-test-session-ended\/edit\?saved=1/);
    await expect(author.getByLabel("Summary").inputValue()).resolves.toBe("A draft saved after signing in again.");
  });
});

describe("cross-site request forgery", () => {
  it("refuses a form posted from another site, and one without the CSRF token", async () => {
    const page = await newPage();
    await signIn(page, CONTRIBUTOR.email);
    await page.waitForURL(`${webUrl}/me`);
    const csrf = await page.locator('form.sign-out input[name="csrf"]').inputValue();
    const form = { csrf, title: "Forged", slug: "forged-resource", summary: "x", owningNetworkSlug: "nlt-english" };

    // A page elsewhere posting here: the browser marks it cross-site, and our gate refuses it.
    const crossSite = await page.request.post(`${webUrl}/me/resources/new`, {
      form,
      headers: { "Sec-Fetch-Site": "cross-site" },
      maxRedirects: 0,
    });
    expect(crossSite.status()).toBe(403);
    // A foreign Origin (which Remix alone would answer with a bare 500) gets the same clear refusal, as a page.
    const forgedOrigin = await page.request.post(`${webUrl}/me/resources/new`, {
      form,
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(forgedOrigin.status()).toBe(403);
    expect(forgedOrigin.headers()["content-type"]).toContain("text/html");
    expect(await forgedOrigin.text()).toContain("This form was sent from another site.");

    const { csrf: _omitted, ...withoutToken } = form;
    const tokenless = await page.request.post(`${webUrl}/me/resources/new`, {
      form: withoutToken,
      headers: { Origin: webUrl },
      maxRedirects: 0,
    });
    expect(tokenless.status()).toBe(403);

    // The same post from this site, with the token, gets through to the API (which then names the bad field).
    const genuine = await page.request.post(`${webUrl}/me/resources/new`, {
      form: { ...form, intent: "preview", body: "**ok**" },
      headers: { Origin: webUrl, "Sec-Fetch-Site": "same-origin" },
      maxRedirects: 0,
    });
    expect(genuine.status()).toBe(200);
    expect(await genuine.text()).toContain("<strong>ok</strong>");
    await page.goto(`${webUrl}/resources/forged-resource`);
    expect(await page.getByRole("heading", { name: "Forged" }).count()).toBe(0);
  });

  it("gives a signed-in browser that lost its CSRF cookie one token that every form on the page accepts", async () => {
    const page = await newPage();
    await signIn(page, CONTRIBUTOR.email);
    await page.waitForURL(`${webUrl}/me`);
    const context = page.context();
    const csrfCookie = (await context.cookies()).find((cookie) => cookie.name.endsWith("hub_csrf"))!;
    await context.clearCookies({ name: csrfCookie.name });
    // The page's own loader and the root's (for the header's sign-out form) both issue a token here.
    await page.goto(`${webUrl}/me/collections`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(`${webUrl}/`);
    await page.getByRole("link", { name: "Sign in" }).first().waitFor();
  });
});
