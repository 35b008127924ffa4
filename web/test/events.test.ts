import { describe, expect, inject, it } from "vitest";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { screenshot } from "./browser.js";
import {
  CONTRIBUTOR,
  DEMO_PASSWORD,
  MEMBER,
  MODERATOR,
  describedErrorOf,
  endSession,
  expectFocused,
  expectNoSeriousViolations,
  signedIn,
  signInAgainAndPress,
  signInWronglyAndPress,
  useBrowser,
  unique,
} from "./pages.js";

const webUrl = inject("webUrl");

// Seeded demo accounts (see seeds/data/people.json): the moderator of the NLT English network hosts
// events for it; its member and contributor have no say over those events. Rachel Kim contributes to
// Compass Hub, whose lead, Sofia Marques, validates its schools' Areas of Excellence.
const HOST = MODERATOR.email;
const HUB_CONTRIBUTOR = "rachel.kim@example.org";
const HUB_LEAD = "sofia.marques@example.org";
const HOST_NETWORK = "nlt-english";
const COMPASS_SCHOOL_URN = "142901";

const newPage = useBrowser();

/** "2026-12-24T09:30", some days from now, for a datetime-local box. */
function localTime(daysAhead: number, time: string): string {
  const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${time}`;
}

interface NewEvent {
  slug: string;
  title: string;
  capacity?: number;
  venue?: string;
  /** The description as the host types it (Markdown). */
  description?: string;
  /** Who may see it: the form's choice is everyone unless this picks the host network's members. */
  networkOnly?: boolean;
}

/** Fills the new-event form the way a host does; the caller presses the button. */
async function fillEventForm(page: Page, event: NewEvent): Promise<void> {
  await page.getByLabel("Title", { exact: true }).fill(event.title);
  await page.getByLabel("Address (slug)").fill(event.slug);
  await page.getByLabel("Kind of event").selectOption("TEACH_MEET");
  await page
    .getByLabel("Description")
    .fill(event.description ?? "Five-minute talks from classroom teachers.\n\nTea and cake after.");
  await page.getByLabel("Starts", { exact: true }).fill(localTime(21, "16:00"));
  await page.getByLabel("Ends", { exact: true }).fill(localTime(21, "17:30"));
  await page.getByRole("group", { name: "How people take part" }).getByLabel("In person", { exact: true }).check();
  await page.getByLabel("Venue").fill(event.venue ?? "");
  await page.getByLabel("Places").fill(event.capacity === undefined ? "" : String(event.capacity));
  if (event.networkOnly) {
    await page
      .getByRole("group", { name: "Who may see it" })
      .getByLabel(/^Members of the host network/)
      .check();
  }
}

/** A host adds an event through the member screen and lands on its page. */
async function hostAddsEvent(host: Page, event: NewEvent): Promise<void> {
  await host.goto(`${webUrl}/me/events/new`);
  await fillEventForm(host, { venue: "Library, Northfield Park Primary", ...event });
  await host.getByLabel("Host network", { exact: true }).selectOption(HOST_NETWORK);
  await host.getByRole("button", { name: "Add the event" }).click();
  await host.waitForURL(`${webUrl}/events/${event.slug}`);
}

const yourPlace = (page: Page) => page.getByRole("region", { name: "Your place" });

describe("registering for an event", () => {
  it("fills up, puts the next person on the waiting list, and gives them the place when someone cancels", async () => {
    const event = { slug: unique("browser-test-one-place"), title: "A Teach Meet with one place", capacity: 1 };
    const host = await signedIn(newPage, HOST);
    await hostAddsEvent(host, event);

    // Signed out: a link to sign in that comes back to the event.
    const visitor = await newPage();
    await visitor.goto(`${webUrl}/events/${event.slug}`);
    await yourPlace(visitor).getByRole("link", { name: "Sign in to register" }).click();
    await visitor.getByLabel("Email address").fill(MEMBER.email);
    await visitor.getByLabel("Password").fill(DEMO_PASSWORD);
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await visitor.waitForURL(`${webUrl}/events/${event.slug}`);
    const first = visitor;
    await yourPlace(first).getByRole("button", { name: "Register" }).click();
    await yourPlace(first).getByText("You have a place at this event.").waitFor();
    await expect(first.locator("dd", { hasText: "Full" }).textContent()).resolves.toBe("Full: waiting list open");

    const second = await signedIn(newPage, CONTRIBUTOR.email);
    await second.goto(`${webUrl}/events/${event.slug}`);
    await yourPlace(second).getByText("This event is full").waitFor();
    await expect(yourPlace(second).getByRole("button", { name: "Register" }).count()).resolves.toBe(0);
    await yourPlace(second).getByRole("button", { name: "Join the waiting list" }).click();
    await yourPlace(second)
      .getByRole("status")
      .getByText(/on the waiting list, number 1\./)
      .waitFor();
    await expectNoSeriousViolations(second);
    await second.goto(`${webUrl}/me`);
    await expect(second.getByRole("region", { name: /Events you are registered for/ }).textContent()).resolves.toMatch(
      new RegExp(`${event.title}.*on the waiting list, number 1`),
    );
    await expectNoSeriousViolations(second);

    // Giving up a place asks first, since the place goes straight to the person waiting.
    await yourPlace(first).getByRole("link", { name: "Cancel my registration" }).click();
    await expectFocused(first.getByRole("heading", { level: 1, name: `Cancel your place at ${event.title}?` }));
    await expect(first.locator("main").textContent()).resolves.toContain("goes at once to the first person");
    await expectNoSeriousViolations(first);
    await first.getByRole("button", { name: "Cancel my registration" }).click();
    // The freed place went to the person waiting, so the event is full again.
    await yourPlace(first).getByRole("button", { name: "Join the waiting list" }).waitFor();
    await expect(yourPlace(first).getByRole("status").textContent()).resolves.toBe(
      "This event is full. You can join the waiting list.",
    );

    await second.goto(`${webUrl}/events/${event.slug}`);
    await yourPlace(second).getByText("You have a place at this event.").waitFor();
    await expect(yourPlace(second).getByRole("link", { name: "Cancel my registration" }).count()).resolves.toBe(1);
  });
});

describe("the attendee list", () => {
  it("shows the hosts who has a place and who waits, in order, and refuses anyone else", async () => {
    const event = { slug: unique("browser-test-attendees"), title: "A Teach Meet for two", capacity: 1 };
    const host = await signedIn(newPage, HOST);
    await hostAddsEvent(host, event);
    const member = await signedIn(newPage, MEMBER.email);
    const contributor = await signedIn(newPage, CONTRIBUTOR.email);
    for (const page of [member, contributor]) {
      await page.goto(`${webUrl}/events/${event.slug}`);
      await yourPlace(page).getByRole("button").click();
      await yourPlace(page)
        .getByRole("link", { name: /Cancel my registration|Leave the waiting list/ })
        .waitFor();
    }

    await host.goto(`${webUrl}/events/${event.slug}`);
    await host
      .getByRole("navigation", { name: "Manage this event" })
      .getByRole("link", { name: "See who is coming" })
      .click();
    await host.waitForURL(`${webUrl}/me/events/${event.slug}/attendees`);
    await host.getByRole("heading", { level: 1, name: `Who is coming to ${event.title}` }).waitFor();
    const placed = host.getByRole("table", { name: /People with a place/ });
    const waiting = host.getByRole("table", { name: /People waiting/ });
    await expect(placed.getByRole("rowheader").allTextContents()).resolves.toEqual(["Mina Member"]);
    await expect(waiting.getByRole("rowheader").allTextContents()).resolves.toEqual(["Chris Contributor"]);
    await expect(waiting.getByRole("cell").first().textContent()).resolves.toBe("1");
    await expectNoSeriousViolations(host);
    await screenshot(host, "event-attendees");

    // Not for a registrant who does not host it, nor for the public.
    const refused = await member.goto(`${webUrl}/me/events/${event.slug}/attendees`);
    expect(refused?.status()).toBe(403);
    await member.getByText("Only the event's hosts may see who is coming.").waitFor();
    await expect(member.getByText("Chris Contributor").count()).resolves.toBe(0);
    await expect(member.getByRole("navigation", { name: "Manage this event" }).count()).resolves.toBe(0);
    const anonymous = await newPage();
    await anonymous.goto(`${webUrl}/me/events/${event.slug}/attendees`);
    expect(new URL(anonymous.url()).pathname).toBe("/sign-in");
    const editRefused = await member.goto(`${webUrl}/me/events/${event.slug}/edit`);
    expect(editRefused?.status()).toBe(403);
  });
});

describe("creating and editing events", () => {
  it("shows a mistake beside its field with the rest kept, then saves; edits the same way", async () => {
    const host = await signedIn(newPage, HOST);
    await host.getByRole("link", { name: "Add an event" }).click();
    await host.waitForURL(`${webUrl}/me/events/new`);
    const event = { slug: unique("browser-test-teach-meet"), title: "Spring Teach Meet on reading", capacity: 40 };
    await fillEventForm(host, event);
    await host.getByLabel("Host network", { exact: true }).selectOption(HOST_NETWORK);
    await host.getByRole("button", { name: "Add the event" }).click();

    await expect(describedErrorOf(host, "Venue")).resolves.toMatch(/required for in-person/);
    await expect(host.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(event.title);
    await expect(host.getByLabel("Address (slug)").inputValue()).resolves.toBe(event.slug);
    await expect(host.getByLabel("Places").inputValue()).resolves.toBe("40");
    await expect(host.getByLabel("Starts", { exact: true }).inputValue()).resolves.toBe(localTime(21, "16:00"));
    await expect(host.getByLabel("Kind of event").inputValue()).resolves.toBe("TEACH_MEET");
    await expectNoSeriousViolations(host);
    await screenshot(host, "event-form-with-error");

    await host.getByLabel("Venue").fill("Hall, Northfield Park Primary");
    await host.getByRole("button", { name: "Add the event" }).click();
    await host.waitForURL(`${webUrl}/events/${event.slug}`);
    await host.getByRole("heading", { level: 1, name: event.title }).waitFor();
    // Typed as UK wall-clock time, shown as UK wall-clock time.
    await expect(host.locator("main time").first().textContent()).resolves.toMatch(/16:00 to 17:30/);
    await expect(host.locator("dd", { hasText: "of 40 places left" }).count()).resolves.toBe(1);

    await host.getByRole("link", { name: "Edit this event" }).click();
    await host.waitForURL(`${webUrl}/me/events/${event.slug}/edit`);
    await expect(host.getByLabel("Starts", { exact: true }).inputValue()).resolves.toBe(localTime(21, "16:00"));
    await expectNoSeriousViolations(host);
    await host.getByLabel("Title", { exact: true }).fill("Spring Teach Meet on reading for pleasure");
    await host.getByLabel("Ends", { exact: true }).fill(localTime(21, "15:00"));
    await host.getByRole("button", { name: "Save changes" }).click();
    await expect(describedErrorOf(host, "Ends")).resolves.toMatch(/after/);
    await expect(host.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(
      "Spring Teach Meet on reading for pleasure",
    );
    await host.getByLabel("Ends", { exact: true }).fill(localTime(21, "18:00"));
    await host.getByLabel("Places").fill("");
    await host.getByRole("button", { name: "Save changes" }).click();
    await host.waitForURL(`${webUrl}/events/${event.slug}`);
    await host.getByRole("heading", { level: 1, name: "Spring Teach Meet on reading for pleasure" }).waitFor();
    await expect(host.locator("main time").first().textContent()).resolves.toMatch(/16:00 to 18:00/);
    await expect(host.locator("dd", { hasText: "No limit" }).count()).resolves.toBe(1);
  });
});

describe("an event's calendar file", () => {
  it("downloads a network-only event's .ics for a member of the network, and is 404 for anyone else", async () => {
    const event = {
      slug: unique("browser-test-members-only"),
      title: "Members' moderation meeting",
      networkOnly: true,
    };
    const host = await signedIn(newPage, HOST);
    await hostAddsEvent(host, event);
    const calendarUrl = `${webUrl}/events/${event.slug}/calendar.ics`;

    // MEMBER belongs to the host network, so the page and its calendar link are theirs to use.
    const member = await signedIn(newPage, MEMBER.email);
    await member.goto(`${webUrl}/events/${event.slug}`);
    await member.getByRole("heading", { level: 1, name: event.title }).waitFor();
    const [download] = await Promise.all([
      member.waitForEvent("download"),
      member.getByRole("link", { name: "Add to your calendar (.ics)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${event.slug}.ics`);
    const saved = await download.path();
    const calendar = await readFile(saved, "utf8");
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toContain(`SUMMARY:${event.title}\r\n`);
    // The same address with the member's cookies: the API's answer as it was, kept out of shared caches.
    const asMember = await member.request.get(calendarUrl);
    expect(asMember.status()).toBe(200);
    expect(asMember.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(asMember.headers()["cache-control"]).toBe("private, no-store");

    const anonymous = await fetch(calendarUrl);
    expect(anonymous.status).toBe(404);
    expect(await anonymous.text()).not.toContain(event.title);
  });
});

describe("an event's description", () => {
  it("shows the host's Markdown formatted on the page and as plain text in the calendar file", async () => {
    const event = {
      slug: unique("browser-test-markdown"),
      title: "Reading for pleasure Teach Meet",
      description:
        "## Programme\n\n**Arrive** by 15:45 for tea.\n\n- Book clubs that last\n- Reading aloud in Key Stage 2\n\nRead [the notes](https://example.org/notes) first.",
    };
    const host = await signedIn(newPage, HOST);
    await hostAddsEvent(host, event);

    const page = await newPage();
    await page.goto(`${webUrl}/events/${event.slug}`);
    const article = page.getByRole("article");
    await article.getByRole("heading", { level: 2, name: "Programme" }).waitFor();
    expect(await article.locator("strong").innerText()).toBe("Arrive");
    expect(await article.getByRole("listitem").allInnerTexts()).toEqual([
      "Book clubs that last",
      "Reading aloud in Key Stage 2",
    ]);
    expect(await article.getByRole("link", { name: "the notes" }).getAttribute("href")).toBe(
      "https://example.org/notes",
    );
    expect(await article.innerText()).not.toMatch(/\*\*|## /);
    await screenshot(page, "event-markdown");

    const calendar = await (await fetch(`${webUrl}/events/${event.slug}/calendar.ics`)).text();
    const unfolded = calendar.replace(/\r\n /g, "");
    const description = unfolded.split("\r\n").find((line) => line.startsWith("DESCRIPTION:"));
    expect(description).toBe(
      "DESCRIPTION:Programme\\n\\nArrive by 15:45 for tea.\\n\\n- Book clubs that last\\n- Reading aloud in Key Stage 2\\n\\nRead the notes (https://example.org/notes) first.",
    );
  });
});

describe("Areas of Excellence", () => {
  it("a contributor proposes one, a hub lead validates it, it is public, and the lead adds an event from its page", async () => {
    const slug = unique("browser-test-aoe");
    const title = "Peer coaching for early career teachers";
    const proposer = await signedIn(newPage, HUB_CONTRIBUTOR);
    await proposer.getByRole("link", { name: "Propose an Area of Excellence" }).click();
    await proposer.waitForURL(`${webUrl}/me/excellence/new`);
    await proposer.getByRole("heading", { level: 1, name: "Propose an Area of Excellence" }).waitFor();
    await expectNoSeriousViolations(proposer);
    await proposer.getByLabel("School (URN)").fill(COMPASS_SCHOOL_URN);
    await proposer.getByLabel("What the school is strong at").fill(title);
    await proposer.getByLabel("Address (slug)").fill(slug);
    await proposer.getByLabel("Phase").selectOption("PRIMARY");
    await proposer.getByLabel("Summary").fill("Every early career teacher is coached weekly by a trained colleague.");
    await proposer.getByLabel("Evidence (Markdown)").fill("The review saw coaching in every classroom it visited.");
    await proposer.getByLabel("Date of the review").fill("2026-03-12");
    // No theme chosen: the API names the field, and what was typed stays.
    await proposer.getByRole("button", { name: "Propose it" }).click();
    await proposer.locator('fieldset[aria-invalid="true"]', { hasText: "School-improvement themes" }).waitFor();
    await expect(proposer.getByLabel("Address (slug)").inputValue()).resolves.toBe(slug);
    await proposer
      .getByRole("group", { name: /School-improvement themes/ })
      .getByRole("checkbox")
      .first()
      .check();
    await proposer.getByRole("button", { name: "Propose it" }).click();
    await proposer.waitForURL(`${webUrl}/excellence/${slug}?proposed=1`);
    await proposer.getByText("your proposal is saved").waitFor();

    const anonymous = await newPage();
    expect((await anonymous.goto(`${webUrl}/excellence/${slug}`))?.status()).toBe(404);
    await proposer.goto(`${webUrl}/me`);
    await expect(proposer.getByRole("region", { name: /Your Areas of Excellence/ }).textContent()).resolves.toMatch(
      /proposed, waiting for a hub moderator/,
    );

    const lead = await signedIn(newPage, HUB_LEAD);
    await lead.getByRole("link", { name: "Areas of Excellence to review" }).click();
    await lead.waitForURL(`${webUrl}/me/excellence/review`);
    await lead.getByRole("heading", { level: 1, name: "Areas of Excellence to review" }).waitFor();
    await expectNoSeriousViolations(lead);
    await lead
      .getByRole("form", { name: `Validate: ${title}` })
      .getByRole("button", { name: "Validate" })
      .click();
    await lead.waitForURL(/validated=/);
    await lead.getByText("Validated: it is now public.").waitFor();

    // A new browser: the first one may keep the 404 for the minute public pages are cached.
    const publicReader = await newPage();
    const response = await publicReader.goto(`${webUrl}/excellence/${slug}`);
    expect(response?.status()).toBe(200);
    await publicReader.getByRole("heading", { level: 1, name: title }).waitFor();
    await expect(publicReader.getByRole("link", { name: /Add an event/ }).count()).resolves.toBe(0);
    await expect(publicReader.getByRole("note").count()).resolves.toBe(0);

    // From the Area of Excellence's page, its hub's lead adds an event that shows it.
    await lead.goto(`${webUrl}/excellence/${slug}`);
    await lead.getByRole("link", { name: "Add an event for this Area of Excellence" }).click();
    await expect(lead.getByLabel("Host school (URN)").inputValue()).resolves.toBe(COMPASS_SCHOOL_URN);
    const event = { slug: unique("browser-test-coaching-visit"), title: "See peer coaching at Peckham Rye" };
    await fillEventForm(lead, { ...event, venue: "Peckham Rye Primary School" });
    await lead.getByRole("button", { name: "Add the event" }).click();
    await lead.waitForURL(`${webUrl}/events/${event.slug}`);
    await lead.getByRole("link", { name: title }).click();
    await lead.waitForURL(`${webUrl}/excellence/${slug}`);
    await lead
      .getByRole("region", { name: "Upcoming events" })
      .getByRole("link", { name: event.title, exact: true })
      .waitFor();
  });
});

describe("without JavaScript", () => {
  it("adds an event (mistake first), registers, cancels and reads where one stands, all as plain form posts", async () => {
    const host = await signedIn(newPage, HOST, { javaScriptEnabled: false });
    await host.goto(`${webUrl}/me/events/new`);
    const event = { slug: unique("browser-test-no-js"), title: "A Teach Meet without scripts", capacity: 5 };
    await fillEventForm(host, event);
    await host.getByLabel("Host network", { exact: true }).selectOption(HOST_NETWORK);
    await host.getByRole("button", { name: "Add the event" }).click();
    await expect(describedErrorOf(host, "Venue")).resolves.toMatch(/required/);
    await expect(host.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(event.title);
    await host.getByLabel("Venue").fill("Staff room");
    await host.getByRole("button", { name: "Add the event" }).click();
    await host.waitForURL(`${webUrl}/events/${event.slug}`);

    const member = await signedIn(newPage, MEMBER.email, { javaScriptEnabled: false });
    await member.goto(`${webUrl}/events/${event.slug}`);
    await yourPlace(member).getByRole("button", { name: "Register" }).click();
    await yourPlace(member).getByText("You have a place at this event.").waitFor();
    await expect(member.locator("dd", { hasText: "of 5 places left" }).textContent()).resolves.toContain(
      "4 of 5 places left",
    );
    // Asked to confirm, "Keep my place" changes nothing; confirming gives the place up.
    await yourPlace(member).getByRole("link", { name: "Cancel my registration" }).click();
    await member.getByRole("link", { name: `Keep my place at ${event.title}` }).click();
    await yourPlace(member).getByText("You have a place at this event.").waitFor();
    await expect(member.locator("dd", { hasText: "of 5 places left" }).textContent()).resolves.toContain(
      "4 of 5 places left",
    );
    await yourPlace(member).getByRole("link", { name: "Cancel my registration" }).click();
    await member.getByRole("heading", { level: 1, name: `Cancel your place at ${event.title}?` }).waitFor();
    await member.getByRole("button", { name: "Cancel my registration" }).click();
    await yourPlace(member).getByRole("button", { name: "Register" }).waitFor();
    await expect(member.locator("dd", { hasText: "of 5 places left" }).textContent()).resolves.toContain(
      "5 of 5 places left",
    );
  });

  it("keeps an event typed while the session ended, and adds it after signing in again", async () => {
    const host = await signedIn(newPage, HOST, { javaScriptEnabled: false });
    await host.goto(`${webUrl}/me/events/new`);
    const event = { slug: unique("browser-test-renewed"), title: "A Teach Meet saved after signing in again" };
    await fillEventForm(host, { ...event, venue: "Hall" });
    await host.getByLabel("Host network", { exact: true }).selectOption(HOST_NETWORK);
    await endSession(host);
    await host.getByRole("button", { name: "Add the event" }).click();
    await host.getByRole("group", { name: /session has ended/ }).waitFor();
    await expect(host.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe(event.title);
    await expect(host.getByLabel("Venue").inputValue()).resolves.toBe("Hall");
    // Signing in again with a box at fault: the session is renewed all the same, so the mended form saves.
    const starts = host.getByLabel("Starts", { exact: true });
    const startsAt = await starts.inputValue();
    await starts.fill("");
    await signInAgainAndPress(host, HOST, "Add the event");
    await expect(describedErrorOf(host, "Starts")).resolves.toMatch(/starts/);
    await expect(host.getByRole("group", { name: /session has ended/ }).count()).resolves.toBe(0);
    await host.getByLabel("Starts", { exact: true }).fill(startsAt);
    await host.getByRole("button", { name: "Add the event" }).click();
    await host.waitForURL(`${webUrl}/events/${event.slug}`);
    await host.getByRole("heading", { level: 1, name: event.title }).waitFor();
  });
});

describe("a session that ends while proposing an Area of Excellence", () => {
  it("keeps the proposal as typed, refuses a wrong password, and proposes it after signing in again", async () => {
    const slug = unique("browser-test-aoe-renewed");
    const proposer = await signedIn(newPage, HUB_CONTRIBUTOR);
    await proposer.goto(`${webUrl}/me/excellence/new`);
    await proposer.getByLabel("School (URN)").fill(COMPASS_SCHOOL_URN);
    await proposer.getByLabel("What the school is strong at").fill("Retrieval practice in science");
    await proposer.getByLabel("Address (slug)").fill(slug);
    await proposer.getByLabel("Summary").fill("Low-stakes quizzing starts every science lesson.");
    await proposer.getByLabel("Evidence (Markdown)").fill("The review saw quizzing in every lesson it visited.");
    await proposer.getByLabel("Date of the review").fill("2026-05-20");
    await proposer
      .getByRole("group", { name: /School-improvement themes/ })
      .getByRole("checkbox")
      .first()
      .check();
    await endSession(proposer);
    await proposer.getByRole("button", { name: "Propose it" }).click();
    const renewal = proposer.getByRole("group", { name: /session has ended/ });
    await renewal.waitFor();
    await expectNoSeriousViolations(proposer);
    await signInWronglyAndPress(proposer, HUB_CONTRIBUTOR, "Propose it");
    await expect(proposer.getByLabel("Address (slug)").inputValue()).resolves.toBe(slug);
    await signInAgainAndPress(proposer, HUB_CONTRIBUTOR, "Propose it");
    await proposer.waitForURL(`${webUrl}/excellence/${slug}?proposed=1`);
  });
});
