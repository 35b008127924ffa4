import { randomBytes } from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { screenshot } from "./browser.js";
import { Api, confirmedAccount } from "./fixtures.js";
import { lastMailTo, linkIn } from "./mail.js";
import {
  DEMO_PASSWORD,
  LEAD,
  MEMBER,
  SITE_ADMIN,
  VISITOR,
  WRONG_PASSWORD,
  describedErrorOf,
  endSession,
  expectFocused,
  expectNoSeriousViolations,
  signIn,
  signInAgainAndPress,
  signInWronglyAndPress,
  unique,
  useBrowser,
} from "./pages.js";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const mailOutboxDir = inject("mailOutboxDir");

const newPage = useBrowser();

/** A fresh address for each run's invitee, so runs against one database never collide. */
const freshEmail = (who: string) => `${who}-${randomBytes(4).toString("hex")}@school.example`;

const mailTo = (email: string) => lastMailTo(mailOutboxDir, email);

async function manage(page: Page, slug: string): Promise<void> {
  await page.goto(`${webUrl}/me/networks/${slug}`);
  await page.getByRole("heading", { level: 1, name: /^Manage / }).waitFor();
}

/**
 * Someone who joins NLT English as a contributor for one test, through the API as any client would:
 * a test that removes a member must not remove a demo account other test files sign in as.
 */
async function aNewContributor(name: string): Promise<void> {
  const anonymous = new Api(`${apiUrl}/graphql`);
  const email = freshEmail("joiner");
  const joiner = await confirmedAccount(anonymous, mailOutboxDir, {
    name,
    email,
    password: "joining for one test only",
  });
  const { signIn } = await anonymous.mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email: LEAD.email, password: DEMO_PASSWORD },
    "token",
  );
  await anonymous
    .signedIn(signIn.token)
    .mutate("inviteToNetwork", "InviteToNetworkInput", { email, networkSlug: "nlt-english", role: "CONTRIBUTOR" });
  const token = new URL(linkIn(await mailTo(email), "/invitations/")).pathname.split("/").pop()!;
  await anonymous.signedIn(joiner.token).mutate("acceptInvitation", "InvitationAnswerInput", {
    token: decodeURIComponent(token),
  });
}

const memberRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name });

/**
 * Presses a member's Remove, which only asks: the question takes focus and says who, where, and what
 * they lose. Returns the page's main content, on which the answer is chosen.
 */
async function askToRemove(page: Page, name: string, network: string, role: string): Promise<Locator> {
  await memberRow(page, name)
    .getByRole("link", { name: `Remove ${name} from the network` })
    .click();
  const question = page.getByRole("heading", { level: 1, name: `Remove ${name} from ${network}?` });
  await expectFocused(question);
  const main = page.locator("main");
  await expect(main.textContent()).resolves.toContain(`${name} is a ${role} of ${network}`);
  await expect(main.textContent()).resolves.toContain("no longer see the network’s network-only material");
  return main;
}

describe("a lead manages the network's members", () => {
  it("invites by email; the invitee signs up from the link, accepts, and the lead changes their role and removes them", async () => {
    const lead = await newPage();
    await signIn(lead, LEAD.email);
    await lead
      .getByRole("listitem")
      .filter({ hasText: "NLT English" })
      .getByRole("link", { name: "Manage members" })
      .click();
    await lead.waitForURL(`${webUrl}/me/networks/nlt-english`);
    await lead.getByRole("heading", { level: 1, name: "Manage NLT English network" }).waitFor();
    await expectNoSeriousViolations(lead);

    const email = freshEmail("new-teacher");
    await lead.getByLabel("Email address").fill(email);
    await lead.getByLabel("Role", { exact: true }).selectOption("CONTRIBUTOR");
    await lead.getByRole("button", { name: "Send invitation" }).click();
    await lead.getByRole("status").filter({ hasText: "Invitation sent" }).waitFor();
    await expect(lead.getByRole("region", { name: /Invitations waiting/ }).textContent()).resolves.toContain(email);

    // The invitee follows the link from the email, with no account yet.
    const link = linkIn(await mailTo(email), "/invitations/");
    expect(link.startsWith(`${webUrl}/invitations/`)).toBe(true);
    const invitee = await newPage();
    await invitee.goto(link);
    await invitee.getByRole("heading", { level: 1, name: "Join NLT English network" }).waitFor();
    await expect(invitee.locator("main").textContent()).resolves.toContain("as a contributor");
    await expectNoSeriousViolations(invitee);
    await invitee.getByRole("link", { name: "Create an account" }).click();
    await expect(invitee.getByLabel("Email address").inputValue()).resolves.toBe(email);
    await invitee.getByLabel("Your name").fill("Nadia Newcomer");
    await invitee.getByLabel("Password", { exact: true }).fill("a reading corner in every classroom");
    await invitee.getByRole("button", { name: "Create account" }).click();
    await invitee.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
    // The account is created from the link mailed to the address, which leads back to the invitation.
    await invitee.goto(linkIn(await mailTo(email), "/sign-up/confirm/"));
    await expectNoSeriousViolations(invitee);
    await invitee.getByRole("button", { name: "Confirm and sign in" }).click();
    await invitee.waitForURL(link);
    await invitee.getByRole("button", { name: "Accept and join" }).click();
    await invitee.waitForURL(`${webUrl}/me?invitation=accepted`);
    await expect(invitee.getByRole("region", { name: "Your networks" }).textContent()).resolves.toContain(
      "NLT English",
    );
    // The link has been used: it now says so, with status 410.
    expect((await (await newPage()).goto(link))?.status()).toBe(410);

    await manage(lead, "nlt-english");
    const row = memberRow(lead, "Nadia Newcomer");
    await expect(row.getByLabel("Role of Nadia Newcomer").inputValue()).resolves.toBe("CONTRIBUTOR");
    await row.getByLabel("Role of Nadia Newcomer").selectOption("MODERATOR");
    await row.getByRole("button", { name: "Change role of Nadia Newcomer" }).click();
    await lead.getByRole("status").filter({ hasText: "Role changed" }).waitFor();
    await expect(memberRow(lead, "Nadia Newcomer").getByLabel("Role of Nadia Newcomer").inputValue()).resolves.toBe(
      "MODERATOR",
    );
    await screenshot(lead, "network-management");

    const confirmation = await askToRemove(lead, "Nadia Newcomer", "NLT English network", "moderator");
    await expect(confirmation.textContent()).resolves.toContain("review, publish or curate its material");
    await expectNoSeriousViolations(lead);
    await confirmation.getByRole("button", { name: "Remove Nadia Newcomer" }).click();
    await lead.getByRole("status").filter({ hasText: "Member removed" }).waitFor();
    await expect(memberRow(lead, "Nadia Newcomer").count()).resolves.toBe(0);
  });

  it("keeps a member when the lead answers Keep them, with focus back on their Remove button", async () => {
    const lead = await newPage();
    await signIn(lead, LEAD.email);
    await manage(lead, "nlt-english");
    const confirmation = await askToRemove(lead, MEMBER.name, "NLT English network", "member");
    await confirmation.getByRole("link", { name: `Keep them (${MEMBER.name} stays in the network)` }).click();
    await lead.getByRole("heading", { level: 1, name: "Manage NLT English network" }).waitFor();
    await expectFocused(memberRow(lead, MEMBER.name).getByRole("link", { name: /^Remove/ }));
    await manage(lead, "nlt-english");
    await expect(memberRow(lead, MEMBER.name).getByLabel(`Role of ${MEMBER.name}`).inputValue()).resolves.toBe(
      "MEMBER",
    );
  });

  it("refuses the management page to a member who is not a lead, with a 403 page that says why", async () => {
    const member = await newPage();
    await signIn(member, MEMBER.email);
    const response = await member.goto(`${webUrl}/me/networks/nlt-english`);
    expect(response?.status()).toBe(403);
    await expect(member.locator("main").textContent()).resolves.toContain("Only the leads of NLT English network");
    await expectNoSeriousViolations(member);
    expect((await member.goto(`${webUrl}/me/networks/no-such-network`))?.status()).toBe(404);
  });
});

describe("a site admin adds networks and schools", () => {
  it("adds a network after fixing a bad slug, invites its first lead, who cannot then step down as its only lead", async () => {
    const admin = await newPage();
    await signIn(admin, SITE_ADMIN.email);
    await admin.getByRole("link", { name: "add a network" }).click();
    await expectNoSeriousViolations(admin);
    const slug = `maths-network-${randomBytes(3).toString("hex")}`;
    await admin.getByLabel("Kind of network").selectOption("SUBJECT_NETWORK");
    await admin.getByLabel("Name").fill("Northfield maths network");
    await admin.getByLabel("Address (slug)").fill("Maths Network!");
    await admin.getByLabel("Description").fill("Heads of maths sharing how they teach fluency and reasoning.");
    await admin.getByLabel("Subject (optional)").fill("Mathematics");
    await admin.getByLabel("Region (optional)").selectOption("NORTH_WEST");
    await admin.getByRole("button", { name: "Add network" }).click();

    await expect(describedErrorOf(admin, "Address (slug)")).resolves.toMatch(/lower-case letters and digits/);
    await expect(admin.getByLabel("Name").inputValue()).resolves.toBe("Northfield maths network");
    await expect(admin.getByLabel("Region (optional)").inputValue()).resolves.toBe("NORTH_WEST");
    await expectNoSeriousViolations(admin);
    await admin.getByLabel("Address (slug)").fill(slug);
    await admin.getByRole("button", { name: "Add network" }).click();
    await admin.waitForURL(`${webUrl}/me/networks/${slug}?done=created`);
    await expect(admin.getByRole("heading", { level: 2, name: /Members/ }).textContent()).resolves.toBe("Members (0)");

    // Its first lead accepts from the dashboard.
    await admin.getByLabel("Email address").fill(LEAD.email);
    await admin.getByLabel("Role", { exact: true }).selectOption("LEAD");
    await admin.getByRole("button", { name: "Send invitation" }).click();
    await admin.getByRole("status").filter({ hasText: "Invitation sent" }).waitFor();
    const lead = await newPage();
    await signIn(lead, LEAD.email);
    await lead
      .getByRole("form", { name: "Answer the invitation to Northfield maths network" })
      .getByRole("button", { name: /^Accept/ })
      .click();
    await lead.waitForURL(`${webUrl}/me?invitation=accepted`);

    // The API keeps a lead: the only one cannot make themselves a plain member.
    await manage(lead, slug);
    const row = memberRow(lead, "Leah Lead");
    await row.getByLabel("Role of Leah Lead").selectOption("MEMBER");
    await row.getByRole("button", { name: "Change role of Leah Lead" }).click();
    await expect(describedErrorOf(lead, "Role of Leah Lead")).resolves.toMatch(/at least one lead/);
    await manage(lead, slug);
    await expect(memberRow(lead, "Leah Lead").getByLabel("Role of Leah Lead").inputValue()).resolves.toBe("LEAD");
  });

  it("adds a school after fixing a URN that is not six digits", async () => {
    const admin = await newPage();
    await signIn(admin, SITE_ADMIN.email);
    await admin.goto(`${webUrl}/me/admin/schools/new`);
    await expectNoSeriousViolations(admin);
    const urn = String(800000 + Math.floor(Math.random() * 99999));
    await admin.getByLabel("URN").fill("12345");
    await admin.getByLabel("Name").fill("Harbourside Primary School");
    await admin.getByLabel("Address (slug)").fill(`harbourside-primary-${urn}`);
    await admin.getByLabel("Phase").selectOption("PRIMARY");
    await admin.getByLabel("Region").selectOption("SOUTH_WEST");
    await admin.getByLabel("Local authority").fill("Cornwall");
    await admin.getByLabel("Postcode (optional)").fill("TR1 2AB");
    await admin.getByRole("button", { name: "Add school" }).click();
    await expect(describedErrorOf(admin, "URN")).resolves.toMatch(/six digits/);
    await expect(admin.getByLabel("Local authority").inputValue()).resolves.toBe("Cornwall");
    await admin.getByLabel("URN").fill(urn);
    await admin.getByRole("button", { name: "Add school" }).click();
    await admin.waitForURL(`${webUrl}/schools/${urn}`);
    await admin.getByRole("heading", { level: 1, name: "Harbourside Primary School" }).waitFor();
  });

  it("keeps a network typed while the session ended, refuses a wrong password, and adds it after signing in again", async () => {
    const admin = await newPage();
    await signIn(admin, SITE_ADMIN.email);
    await admin.goto(`${webUrl}/me/admin/networks/new`);
    const slug = `renewed-network-${randomBytes(3).toString("hex")}`;
    await admin.getByLabel("Kind of network").selectOption("SUBJECT_NETWORK");
    await admin.getByLabel("Name").fill("Westmoor science network");
    await admin.getByLabel("Address (slug)").fill(slug);
    await admin.getByLabel("Description").fill("Heads of science sharing practical work that fits a single lesson.");
    await admin.getByLabel("Region (optional)").selectOption("NORTH_EAST");
    await admin.getByLabel(/Moderators may publish/).check();
    await endSession(admin);
    await admin.getByRole("button", { name: "Add network" }).click();
    const renewal = admin.getByRole("group", { name: /session has ended/ });
    await renewal.waitFor();
    await admin
      .getByRole("alert")
      .filter({ hasText: /session has ended/ })
      .waitFor();
    await expectNoSeriousViolations(admin);

    await signInWronglyAndPress(admin, SITE_ADMIN.email, "Add network");
    await expect(admin.getByLabel("Name").inputValue()).resolves.toBe("Westmoor science network");
    await expect(admin.getByLabel("Region (optional)").inputValue()).resolves.toBe("NORTH_EAST");
    await expect(admin.getByLabel(/Moderators may publish/).isChecked()).resolves.toBe(true);
    await signInAgainAndPress(admin, SITE_ADMIN.email, "Add network");
    await admin.waitForURL(`${webUrl}/me/networks/${slug}?done=created`);
    await admin.getByRole("heading", { level: 1, name: "Manage Westmoor science network" }).waitFor();
  });

  it("keeps a school typed while the session ended, without JavaScript, refuses a wrong password, and adds it after signing in again", async () => {
    const admin = await newPage({ javaScriptEnabled: false });
    await signIn(admin, SITE_ADMIN.email);
    await admin.goto(`${webUrl}/me/admin/schools/new`);
    const urn = String(700000 + Math.floor(Math.random() * 99999));
    await admin.getByLabel("URN").fill(urn);
    await admin.getByLabel("Name").fill("Moorside Primary School");
    await admin.getByLabel("Address (slug)").fill(`moorside-primary-${urn}`);
    await admin.getByLabel("Phase").selectOption("PRIMARY");
    await admin.getByLabel("Region").selectOption("NORTH_EAST");
    await admin.getByLabel("Local authority").fill("Northumberland");
    await endSession(admin);
    const posted = admin.waitForResponse((response) => response.request().method() === "POST");
    await admin.getByRole("button", { name: "Add school" }).click();
    expect((await posted).status()).toBe(401);
    await admin.getByRole("group", { name: /session has ended/ }).waitFor();
    await signInWronglyAndPress(admin, SITE_ADMIN.email, "Add school");
    // The page came back from the server with everything typed except the password.
    await expect(admin.content()).resolves.not.toContain(WRONG_PASSWORD);
    await expect(admin.getByLabel("Local authority").inputValue()).resolves.toBe("Northumberland");
    await expect(admin.getByLabel("Region").inputValue()).resolves.toBe("NORTH_EAST");
    await signInAgainAndPress(admin, SITE_ADMIN.email, "Add school");
    await admin.waitForURL(`${webUrl}/schools/${urn}`);
    await admin.getByRole("heading", { level: 1, name: "Moorside Primary School" }).waitFor();
  });

  it("keeps the admin pages from everyone else", async () => {
    const lead = await newPage();
    await signIn(lead, LEAD.email);
    for (const path of ["/me/admin/networks/new", "/me/admin/schools/new"]) {
      expect((await lead.goto(`${webUrl}${path}`))?.status()).toBe(403);
      await expect(lead.locator("main").textContent()).resolves.toContain("Only the site's administrators");
    }
  });
});

describe("without JavaScript", () => {
  it("invites, declines from the dashboard, and withdraws with plain form posts", async () => {
    const lead = await newPage({ javaScriptEnabled: false });
    await signIn(lead, LEAD.email);
    await manage(lead, "nlt-english");
    await lead.getByLabel("Email address").fill(VISITOR.email);
    await lead.getByRole("button", { name: "Send invitation" }).click();
    await lead.getByRole("status").filter({ hasText: "Invitation sent" }).waitFor();
    await lead.getByLabel("Email address").fill(MEMBER.email);
    await lead.getByRole("button", { name: "Send invitation" }).click();
    // Already a member: said beside the address, with the address kept.
    await expect(describedErrorOf(lead, "Their email address")).resolves.toMatch(/already a member/);
    await expect(lead.getByLabel("Email address").inputValue()).resolves.toBe(MEMBER.email);

    const visitor = await newPage({ javaScriptEnabled: false });
    await signIn(visitor, VISITOR.email);
    const answer = visitor.getByRole("form", { name: "Answer the invitation to NLT English network" });
    await answer.getByRole("button", { name: /^Decline/ }).click();
    await visitor.waitForURL(`${webUrl}/me?invitation=declined`);
    await expect(visitor.getByRole("region", { name: "Invitations waiting" }).textContent()).resolves.toContain(
      "No invitations are waiting",
    );

    await manage(lead, "nlt-english");
    await expect(lead.getByRole("region", { name: /Invitations waiting/ }).textContent()).resolves.not.toContain(
      VISITOR.email,
    );
    const another = freshEmail("someone");
    await lead.getByLabel("Email address").fill(another);
    await lead.getByRole("button", { name: "Send invitation" }).click();
    await lead.getByRole("link", { name: `Withdraw the invitation to ${another}` }).click();
    await expectFocused(lead.getByRole("heading", { level: 1, name: `Withdraw the invitation to ${another}?` }));
    await lead.getByRole("button", { name: `Withdraw the invitation to ${another}` }).click();
    await lead.getByRole("status").filter({ hasText: "Invitation withdrawn" }).waitFor();
    const link = linkIn(await mailTo(another), "/invitations/");
    const stranger = await newPage({ javaScriptEnabled: false });
    expect((await stranger.goto(link))?.status()).toBe(410);
    await stranger.getByRole("heading", { name: "This invitation no longer works" }).waitFor();
  });

  it("asks before removing a member: Keep them changes nothing, and Remove takes them out with a post", async () => {
    const name = `Jo ${unique("Joiner")}`;
    await aNewContributor(name);
    const lead = await newPage({ javaScriptEnabled: false });
    await signIn(lead, LEAD.email);
    await manage(lead, "nlt-english");
    let confirmation = await askToRemove(lead, name, "NLT English network", "contributor");
    await expect(lead.title()).resolves.toBe(`Remove ${name} from NLT English network? – School Network Hub`);
    await confirmation.getByRole("link", { name: /^Keep them/ }).click();
    await expectFocused(memberRow(lead, name).getByRole("link", { name: /^Remove/ }));

    confirmation = await askToRemove(lead, name, "NLT English network", "contributor");
    const posted = lead.waitForRequest((request) => request.method() === "POST");
    await confirmation.getByRole("button", { name: `Remove ${name}` }).click();
    expect((await posted).postDataJSON()).toMatchObject({ intent: "remove" });
    await lead.getByRole("status").filter({ hasText: "Member removed" }).waitFor();
    await expect(memberRow(lead, name).count()).resolves.toBe(0);
  });

  it("keeps an invitation typed while the session ended, and sends it after signing in again", async () => {
    const lead = await newPage({ javaScriptEnabled: false });
    await signIn(lead, LEAD.email);
    await manage(lead, "nlt-english");
    const email = freshEmail("renewed-invitee");
    await lead.getByLabel("Email address").fill(email);
    await lead.getByLabel("Role", { exact: true }).selectOption("MODERATOR");
    await endSession(lead);
    const posted = lead.waitForResponse((response) => response.request().method() === "POST");
    await lead.getByRole("button", { name: "Send invitation" }).click();
    expect((await posted).status()).toBe(401);
    await lead.getByRole("group", { name: /session has ended/ }).waitFor();
    const invite = lead.getByRole("form", { name: "Invite someone" });
    await expect(invite.getByLabel("Their email address").inputValue()).resolves.toBe(email);
    await expect(invite.getByLabel("Role", { exact: true }).inputValue()).resolves.toBe("MODERATOR");
    await signInAgainAndPress(lead, LEAD.email, "Send invitation");
    await lead.getByRole("status").filter({ hasText: "Invitation sent" }).waitFor();
    await expect(lead.getByRole("region", { name: /Invitations waiting/ }).textContent()).resolves.toContain(
      `${email} as moderator`,
    );
  });
});

describe("signing up", () => {
  it("answers the same for an address that has an account as for a new one, and mails the owner", async () => {
    const answers: string[] = [];
    for (const email of [MEMBER.email, freshEmail("brand-new")]) {
      const page = await newPage();
      await page.goto(`${webUrl}/sign-up`);
      await page.getByLabel("Your name").fill("Someone Curious");
      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password", { exact: true }).fill("guessing who has an account");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
      answers.push((await page.locator("main").textContent())!.replace(email, "ADDRESS"));
    }
    expect(answers[0]).toBe(answers[1]);
    await expect(mailTo(MEMBER.email)).resolves.toContain("already has an account, so nothing was created");
  });
});

describe("cross-site forms", () => {
  it("refuses a post with another site's Origin with a 403 page that says nothing was changed", async () => {
    const lead = await newPage();
    await signIn(lead, LEAD.email);
    await manage(lead, "nlt-english");
    const csrf = await lead.locator('input[name="csrf"]').first().inputValue();
    const forged = await lead.request.post(`${webUrl}/me/networks/nlt-english`, {
      form: { csrf, intent: "invite", email: freshEmail("forged"), role: "LEAD" },
      headers: { Origin: "https://evil.example" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    const page = await newPage();
    await page.setContent(await forged.text());
    await page.getByRole("heading", { level: 1, name: "We did not accept that form" }).waitFor();
    await expect(page.locator("main").textContent()).resolves.toContain("nothing was changed");
    await expectNoSeriousViolations(page);
    await manage(lead, "nlt-english");
    await expect(lead.getByRole("region", { name: /Invitations waiting/ }).textContent()).resolves.not.toContain(
      "forged-",
    );
  });
});
