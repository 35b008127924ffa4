import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { ADMIN, Api, FIXTURES as F } from "./fixtures.js";
import { DEMO_PASSWORD, MEMBER, expectNoSeriousViolations, unique, useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const api = new Api(`${inject("apiUrl")}/graphql`);
const newPage = useBrowser();

async function signedInApi(email: string, password: string): Promise<Api> {
  const { signIn } = await api.mutate<{ signIn: { token: string } }>(
    "signIn",
    "SignInInput",
    { email, password },
    "token",
  );
  return api.signedIn(signIn.token);
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** The card for one event among those a page lists. */
const cardOf = (page: Page, title: string) =>
  page.locator("article.card").filter({ has: page.getByRole("heading", { name: title }) });

/** What the event's card says on a page, read by a new visitor (no cached copy). */
async function cardText(path: string, title: string): Promise<string> {
  const page = await newPage();
  await page.goto(`${webUrl}${path}`);
  return cardOf(page, title).innerText();
}

describe("a full event in the lists of upcoming events", () => {
  it("says it is full and whether its waiting list is open, on its Area of Excellence's page and its school's", async () => {
    const admin = await signedInApi(ADMIN.email, ADMIN.password);
    const event = { slug: unique("browser-test-full"), title: "Keep-up phonics: a morning in Year 1" };
    await admin.mutate("createEvent", "CreateEventInput", {
      ...event,
      description: "Watch two keep-up sessions and talk with the teachers who run them.",
      kind: "AOE_EVENT",
      mode: "IN_PERSON",
      venue: "Brookfield Primary School, Year 1 classroom",
      areaOfExcellenceSlug: F.aoe.slug,
      hostSchoolUrn: F.primary.urn,
      startsAt: inDays(12),
      endsAt: inDays(12.1),
      capacity: 1,
      registrationOpen: true,
    });
    const aoePage = `/excellence/${F.aoe.slug}`;
    expect(await cardText(aoePage, event.title)).toContain("1 of 1 places left");

    const member = await signedInApi(MEMBER.email, DEMO_PASSWORD);
    await member.mutate("registerForEvent", "EventRefInput", { slug: event.slug });
    for (const path of [aoePage, `/schools/${F.primary.urn}`]) {
      const text = await cardText(path, event.title);
      expect(text).toContain("Full: waiting list open");
      expect(text).not.toContain("places left");
    }
    const page = await newPage();
    await page.goto(`${webUrl}${aoePage}`);
    await cardOf(page, event.title).getByText("Full: waiting list open").waitFor();
    await expectNoSeriousViolations(page);

    await admin.mutate("updateEvent", "UpdateEventInput", { slug: event.slug, registrationOpen: false });
    expect(await cardText(aoePage, event.title)).toContain("Full: registration closed");
    // The event's own page says the same.
    const eventPage = await newPage();
    await eventPage.goto(`${webUrl}/events/${event.slug}`);
    await eventPage
      .getByRole("complementary", { name: "About this event" })
      .getByText("Full: registration closed")
      .waitFor();
  });
});
