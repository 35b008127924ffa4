import { describe, expect, inject, it } from "vitest";
import { Api, FIXTURES as F, confirmedAccount } from "./fixtures.js";
import { mailsTo } from "./mail.js";
import { describedErrorOf, expectNoSeriousViolations, signIn, unique, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const mailOutboxDir = inject("mailOutboxDir");
const newPage = useBrowser();

/** The Area of Excellence's contact, as the fixtures create them. */
const CONTACT = { name: "Tom Reyes", email: "tom.reyes@brookfield.example" };
const PASSWORD = "asking for an introduction";
const aoePage = `${webUrl}/excellence/${F.aoe.slug}`;

/** A person of this test's own, with a job title and a school, so their requests count against no one else's limit. */
async function requester(): Promise<{ name: string; email: string }> {
  const person = { name: "Priya Asker", email: `${unique("asker")}@school.example`, jobTitle: "English lead" };
  const anonymous = new Api(`${apiUrl}/graphql`);
  const { token } = await confirmedAccount(anonymous, mailOutboxDir, { ...person, password: PASSWORD });
  await anonymous.signedIn(token).mutate("updateProfile", "UpdateProfileInput", { schoolUrn: F.secondary.urn });
  return person;
}

const form = (page: Awaited<ReturnType<typeof newPage>>) => page.locator("#request-introduction");

describe("requesting an introduction on an Area of Excellence", () => {
  it("asks a signed-out visitor to sign in first", async () => {
    const page = await newPage();
    await page.goto(aoePage);
    await form(page).getByRole("link", { name: "Sign in" }).waitFor();
    await expect(form(page).getByLabel("Your message").count()).resolves.toBe(0);
  });

  it("emails the contact once with who is asking, and refuses a second request (JavaScript off)", async () => {
    const person = await requester();
    // axe runs as a script: the form as a person with JavaScript sees it.
    const checked = await newPage();
    await signIn(checked, person.email, PASSWORD);
    await checked.goto(aoePage);
    await form(checked).getByLabel("Your message").waitFor();
    await expectNoSeriousViolations(checked);

    const page = await newPage({ javaScriptEnabled: false });
    await signIn(page, person.email, PASSWORD);
    await page.goto(aoePage);
    const before = (await mailsTo(mailOutboxDir, CONTACT.email)).length;

    await form(page).getByLabel("Your message").fill("Hello?");
    await form(page).getByRole("button", { name: "Send the request" }).click();
    expect(await describedErrorOf(page, "Your message", form(page))).toContain("at least 20 characters");
    // What was typed comes back, so it can be corrected rather than written again.
    await expect(form(page).getByLabel("Your message").inputValue()).resolves.toBe("Hello?");
    await expect(mailsTo(mailOutboxDir, CONTACT.email)).resolves.toHaveLength(before);

    const message = "Could two of our Year 1 teachers watch a phonics lesson and a keep-up session this term?";
    await form(page).getByLabel("Your message").fill(message);
    await form(page).getByRole("button", { name: "Send the request" }).click();
    await expect(form(page).getByRole("status").textContent()).resolves.toContain(`on its way to ${CONTACT.name}`);

    const mails = await mailsTo(mailOutboxDir, CONTACT.email);
    expect(mails).toHaveLength(before + 1);
    const mail = mails[0]!;
    // The contact can reply straight to the person asking, and reads who they are and what they want.
    expect(mail).toContain(`Reply-To: ${person.email}\n`);
    expect(mail).toContain(`${person.name}, English lead at ${F.secondary.name}`);
    expect(mail).toContain(message);
    expect(mail).toContain(`${webUrl}/excellence/${F.aoe.slug}`);
    // Reloading the confirmation sends nothing again: the post was answered with a redirect.
    await page.reload();
    await expect(mailsTo(mailOutboxDir, CONTACT.email)).resolves.toHaveLength(before + 1);

    await page.goto(aoePage);
    await form(page).getByLabel("Your message").fill(message);
    await form(page).getByRole("button", { name: "Send the request" }).click();
    await expect(form(page).getByRole("alert").textContent()).resolves.toContain("already asked for an introduction");
    await expect(mailsTo(mailOutboxDir, CONTACT.email)).resolves.toHaveLength(before + 1);
  });
});
