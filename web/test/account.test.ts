import { describe, expect, inject, it } from "vitest";
import {
  DEMO_PASSWORD,
  MEMBER,
  VISITOR,
  endSession,
  expectNoSeriousViolations,
  signIn,
  signInAgainAndPress,
  unique,
  useBrowser,
} from "./pages.js";

const webUrl = inject("webUrl");
const accountUrl = `${webUrl}/me/account`;

const newPage = useBrowser();

describe("a session that ends while on the account page", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`keeps a new token's name typed, and creates the token after signing in again (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const page = await newPage({ javaScriptEnabled });
      await signIn(page, MEMBER.email);
      await page.goto(accountUrl);
      const name = unique("nightly-export");
      await page.getByLabel("Name for a new token").fill(name);
      await endSession(page);
      const posted = page.waitForResponse((response) => response.request().method() === "POST");
      await page.getByRole("button", { name: "Create token" }).click();
      expect((await posted).status()).toBe(401);
      await page.getByRole("group", { name: /session has ended/ }).waitFor();
      await expect(page.getByLabel("Name for a new token").inputValue()).resolves.toBe(name);
      // The accessibility checker runs as a script on the page.
      if (javaScriptEnabled) await expectNoSeriousViolations(page);

      await signInAgainAndPress(page, MEMBER.email, "Create token");
      const created = page.getByRole("status").filter({ hasText: name });
      await created.waitFor();
      // The whole token: its prefix and 32 random bytes in base64url (which has "-" as well as \w).
      await expect(created.locator(".secret").textContent()).resolves.toMatch(/hubpat_[\w-]{43}/);
      // Signed in again: the account page lists the new token.
      await page.goto(accountUrl);
      await expect(page.getByRole("region", { name: "Personal API tokens" }).textContent()).resolves.toContain(name);
    });
  }

  it("sends a password change to sign in again, never showing the passwords typed", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, VISITOR.email);
    await page.goto(accountUrl);
    const newPassword = "a passphrase typed just as the session ended";
    await page.getByLabel("Current password").fill(DEMO_PASSWORD);
    await page.getByLabel("New password").fill(newPassword);
    await endSession(page);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.waitForURL((url) => url.pathname === "/sign-in");
    expect(new URL(page.url()).searchParams.get("returnTo")).toBe("/me/account");
    await expect(page.content()).resolves.not.toContain(newPassword);
    await expect(page.content()).resolves.not.toContain(DEMO_PASSWORD);
  });
});
