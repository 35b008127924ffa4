import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { FIXTURES as F } from "./fixtures.js";
import { VISITOR, answerSignIn, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const newPage = useBrowser();

/** The page's own sign-in links: the header's, and the one beside an Area of Excellence's hidden contact. */
const SIGN_IN_LINKS = {
  header: (page: Page) => page.getByRole("banner").getByRole("link", { name: "Sign in" }),
  "Area of Excellence contact": (page: Page) =>
    page.locator("dd", { hasText: "to see contact details" }).getByRole("link", { name: "Sign in" }),
};

describe("signing in from a page", () => {
  for (const javaScriptEnabled of [true, false]) {
    for (const [name, link] of Object.entries(SIGN_IN_LINKS)) {
      it(`returns to the Area of Excellence from its ${name} sign-in link (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
        const page = await newPage({ javaScriptEnabled });
        // A query string comes back too: the visitor returns to the very page they were on.
        const aoePage = `/excellence/${F.aoe.slug}?from=test`;
        await page.goto(`${webUrl}${aoePage}`);
        await link(page).click();
        await page.waitForURL((url) => url.pathname === "/sign-in");
        await answerSignIn(page, VISITOR.email);
        await page.waitForURL(`${webUrl}${aoePage}`);
        // Signed in now, the contact's address shows where the sign-in link was.
        await page.locator('dd a[href^="mailto:"]').waitFor();
        await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" }).count()).resolves.toBe(0);
      });
    }
  }

  it("ignores a return address on another site and lands on the dashboard", async () => {
    const page = await newPage();
    // Should a redirect go astray, the browser must not leave this machine: every other host is refused.
    const here = new URL(webUrl).host;
    await page.route(
      (url) => url.host !== here,
      (route) => route.abort(),
    );
    // Absolute, protocol-relative, a backslash browsers read as a slash, and a tab browsers drop.
    const elsewhere = ["https://evil.example/", "//evil.example/", "/\\evil.example/", "/\t/evil.example/"];
    for (const returnTo of elsewhere) {
      await page.context().clearCookies();
      await page.goto(`${webUrl}/sign-in?${new URLSearchParams({ returnTo }).toString()}`);
      await answerSignIn(page, VISITOR.email);
      await page.waitForURL(`${webUrl}/me`);
    }
  });
});
