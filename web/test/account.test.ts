import { describe, expect, inject, it } from "vitest";
import { Api } from "./fixtures.js";
import {
  DEMO_PASSWORD,
  MEMBER,
  VISITOR,
  endSession,
  expectFocused,
  expectNoSeriousViolations,
  signIn,
  signInAgainAndPress,
  unique,
  useBrowser,
} from "./pages.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
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

/** What the API says to a script using this token: the account's email (or it refuses, rejecting). */
const askApiWith = (token: string) =>
  new Api(`${apiUrl}/graphql`, token)
    .gql<{ viewer: { email: string } }>("{ viewer { email } }")
    .then(({ viewer }) => viewer.email);

describe("revoking an API token", () => {
  it("asks first: Keep it leaves the token working, and revoking stops it at the next request", async () => {
    const page = await newPage();
    await signIn(page, MEMBER.email);
    await page.goto(accountUrl);
    const name = unique("old-script");
    await page.getByLabel("Name for a new token").fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByRole("status").filter({ hasText: name }).locator(".secret").textContent())!;
    await expect(askApiWith(token)).resolves.toBe(MEMBER.email);

    await page.goto(accountUrl);
    const revoke = page.getByRole("link", { name: `Revoke ${name}` });
    await revoke.click();
    await expectFocused(page.getByRole("heading", { level: 1, name: `Revoke the token “${name}”?` }));
    // The script above used it a moment ago, and the question says so.
    await expect(page.locator("main").textContent()).resolves.toContain("was last used");
    await expectNoSeriousViolations(page);
    await page.getByRole("link", { name: "Keep it" }).click();
    // Back on the account page, on the link that asked, and nothing changed.
    await expectFocused(revoke);
    await expect(askApiWith(token)).resolves.toBe(MEMBER.email);

    await revoke.click();
    await page.getByRole("button", { name: `Revoke “${name}”` }).click();
    await page.getByRole("status").filter({ hasText: "That token is revoked" }).waitFor();
    await expect(page.getByRole("region", { name: "Personal API tokens" }).textContent()).resolves.not.toContain(name);
    await expect(askApiWith(token)).rejects.toThrow(/not valid: it is unknown, expired or revoked/);
  });
});
