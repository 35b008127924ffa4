import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import {
  CONTRIBUTOR,
  MEMBER,
  MODERATOR,
  VISITOR,
  draftAndSubmit,
  reloadUntilShown,
  signIn,
  useBrowser,
} from "./pages.js";

// The whole path the hub exists for, in one browser each: a contributor writes and submits, a moderator
// approves, and the public finds the result by searching, soon after. A network-only resource goes the
// same way and must stay out of sight of anyone outside its network.

const webUrl = inject("webUrl");
const newPage = useBrowser();

/**
 * How soon after approval the public must find a resource. The indexer is woken as the approval
 * commits and usually takes well under a second; the margin is for a machine busy with other work.
 */
const SEARCHABLE_WITHIN_MS = 10_000;

/** The titles on the first page of `/search?q=...`, as whoever `page` belongs to sees them. */
async function searchTitles(page: Page, query: string): Promise<string[]> {
  await page.goto(`${webUrl}/search?${new URLSearchParams({ q: query })}`);
  return page.locator(".results__list h2").allTextContents();
}

/** Searches again and again until `title` is among the hits; the time it took, or a failure at the deadline. */
async function searchUntilFound(page: Page, query: string, title: string, deadlineMs: number): Promise<number> {
  const started = Date.now();
  await searchTitles(page, query);
  await reloadUntilShown(page, page.locator(".results__list h2", { hasText: title }), deadlineMs);
  return Date.now() - started;
}

async function approve(moderator: Page, title: string): Promise<void> {
  await moderator.goto(`${webUrl}/me/review`);
  await moderator
    .getByRole("form", { name: `Approve ${title}` })
    .getByRole("button", { name: "Approve and publish" })
    .click();
  await moderator.waitForURL(/published=/);
}

describe("from draft to the public library", () => {
  it("a contributor's resource, approved by a moderator, is found by the public's search within seconds", async () => {
    const resource = {
      slug: "fishbowl-debates-year-6",
      title: "Fishbowl debates for persuasive speaking in Year 6",
      summary: "An inner circle argues while the outer circle notes the moves that persuade, then the circles swap.",
      body: "## Setting up the fishbowl\n\nSix chairs in the middle, the rest of the class around them.",
    };
    const author = await newPage();
    await signIn(author, CONTRIBUTOR.email);
    await draftAndSubmit(author, resource);

    const publicPage = await newPage();
    // Submitted is not published: nobody outside finds it yet.
    expect(await searchTitles(publicPage, "fishbowl")).not.toContain(resource.title);
    expect((await publicPage.goto(`${webUrl}/resources/${resource.slug}`))?.status()).toBe(404);

    const moderator = await newPage();
    await signIn(moderator, MODERATOR.email);
    await approve(moderator, resource.title);

    const tookMs = await searchUntilFound(publicPage, "fishbowl", resource.title, SEARCHABLE_WITHIN_MS);
    expect(tookMs).toBeLessThanOrEqual(SEARCHABLE_WITHIN_MS);
    await publicPage.locator(".results__list a", { hasText: resource.title }).first().click();
    await publicPage.waitForURL(`${webUrl}/resources/${resource.slug}`);
    await publicPage.getByRole("heading", { level: 1, name: resource.title }).waitFor();
  });

  it("a network-only resource reaches its network's members and never the public", async () => {
    const resource = {
      slug: "lantern-reading-network-notes",
      title: "Lantern reading groups: notes for our network",
      summary: "How our schools run small lantern-lit reading groups in the winter term, shared with members only.",
      body: "Members only: the timetable and the book list we agreed.",
      networkOnly: true,
    };
    const author = await newPage();
    await signIn(author, CONTRIBUTOR.email);
    await draftAndSubmit(author, resource);
    const moderator = await newPage();
    await signIn(moderator, MODERATOR.email);
    await approve(moderator, resource.title);

    // A member of the owning network finds it, which shows it is in the search index...
    const member = await newPage();
    await signIn(member, MEMBER.email);
    await searchUntilFound(member, "lantern", resource.title, SEARCHABLE_WITHIN_MS);
    expect((await member.goto(`${webUrl}/resources/${resource.slug}`))?.status()).toBe(200);

    // ...and still the public, and a signed-in visitor from no network, neither find it nor reach its page.
    const anonymous = await newPage();
    const outsider = await newPage();
    await signIn(outsider, VISITOR.email);
    for (const page of [anonymous, outsider]) {
      expect(await searchTitles(page, "lantern")).not.toContain(resource.title);
      await expect(page.locator("main").textContent()).resolves.not.toContain("Lantern reading groups");
      expect((await page.goto(`${webUrl}/resources/${resource.slug}`))?.status()).toBe(404);
      await expect(page.locator("main").textContent()).resolves.not.toContain("book list we agreed");
    }
  });
});
