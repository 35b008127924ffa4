import { describe, expect, inject, it } from "vitest";
import { Api, confirmedAccount } from "./fixtures.js";
import { lastMailTo, linkIn } from "./mail.js";
import { describedErrorOf, expectNoSeriousViolations, signIn, unique, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const mailOutboxDir = inject("mailOutboxDir");

const newPage = useBrowser();

const OLD_PASSWORD = "the one I keep forgetting";
const NEW_PASSWORD = "written down safely this time";

/** An account of its own (the demo accounts' passwords are shared by every test file). */
async function freshAccount(): Promise<string> {
  const email = `${unique("forgetful")}@school.example`;
  await confirmedAccount(new Api(`${apiUrl}/graphql`), mailOutboxDir, {
    name: "Robin Forgetful",
    email,
    password: OLD_PASSWORD,
  });
  return email;
}

/** Asks for a reset link from the sign-in page; returns the words the page answered with. */
async function askForLink(page: Awaited<ReturnType<typeof newPage>>, email: string): Promise<string> {
  await page.goto(`${webUrl}/sign-in`);
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  // The sign-in page has an "Email address" field too, and with JavaScript it stays on screen while
  // the next page loads: wait for the new page before typing, or the address goes into the old one.
  await page.getByRole("heading", { level: 1, name: "Forgotten your password?" }).waitFor();
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
  return (await page.locator("main").textContent())!.replace(email, "ADDRESS");
}

describe("a forgotten password", () => {
  it("is reset from an emailed link without JavaScript, signing out every other session", async () => {
    const email = await freshAccount();
    const laptop = await newPage();
    await signIn(laptop, email, OLD_PASSWORD);
    expect(new URL(laptop.url()).pathname).toBe("/me");

    const phone = await newPage({ javaScriptEnabled: false });
    const answer = await askForLink(phone, email);
    // An address without an account gets the same answer, so the form reveals no accounts.
    expect(await askForLink(await newPage(), `${unique("nobody")}@school.example`)).toBe(answer);

    const link = linkIn(await lastMailTo(mailOutboxDir, email), "/password-reset/");
    await phone.goto(link);
    await phone.getByLabel("New password").fill("too short");
    await phone.getByRole("button", { name: "Set password and sign in" }).click();
    expect(await describedErrorOf(phone, "New password")).toContain("at least 12 characters");
    await phone.getByLabel("New password").fill(NEW_PASSWORD);
    await phone.getByRole("button", { name: "Set password and sign in" }).click();
    await phone.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
    await expect(phone.getByRole("status").textContent()).resolves.toContain("every other session is signed out");

    // The laptop's session ended with the old password, which no longer works.
    await laptop.goto(`${webUrl}/me`);
    expect(new URL(laptop.url()).pathname).toBe("/sign-in");
    await signIn(laptop, email, OLD_PASSWORD);
    await laptop.getByRole("alert").waitFor();
    await signIn(laptop, email, NEW_PASSWORD);
    expect(new URL(laptop.url()).pathname).toBe("/me");

    // The link worked once.
    const again = await newPage({ javaScriptEnabled: false });
    await again.goto(link);
    await again.getByLabel("New password").fill("a third long passphrase");
    await again.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(again.getByRole("alert").textContent()).resolves.toContain("expired or was already used");
    await again.getByRole("link", { name: "Ask for a new link" }).waitFor();
  });

  it("has accessible pages", async () => {
    const page = await newPage();
    await page.goto(`${webUrl}/password-reset`);
    await expectNoSeriousViolations(page);
    await page.goto(`${webUrl}/password-reset/hubpr_not-a-real-token`);
    await page.getByLabel("New password").waitFor();
    await expectNoSeriousViolations(page);
  });
});
