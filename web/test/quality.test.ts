import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot } from "./browser.js";
import { FIXTURES as F } from "./fixtures.js";
import { MODERATOR, expectNoSeriousViolations, signIn } from "./pages.js";

const webUrl = inject("webUrl");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** One address of every page type the site has. */
const PAGE_TYPES: Record<string, string> = {
  home: "/",
  resources: "/resources?subject=history",
  resource: `/resources/${F.publicResource.slug}`,
  "resource-history": `/resources/${F.publicResource.slug}/history`,
  excellence: "/excellence",
  "area-of-excellence": `/excellence/${F.aoe.slug}`,
  school: `/schools/${F.primary.urn}`,
  network: `/networks/${F.historyNetwork.slug}`,
  "network-coverage": `/networks/${F.historyNetwork.slug}/curriculum`,
  events: "/events",
  event: `/events/${F.event.slug}`,
  curriculum: "/curriculum",
  entitlement: `/curriculum/${F.entitlement.slug}`,
  "entitlement-diff": `/curriculum/${F.entitlement.slug}/compare?from=1&to=2`,
  search: "/search?q=phonics",
  "search-no-results": "/search?q=Domesday&kind=NETWORK",
  collections: "/collections",
  schools: "/schools",
  "schools-filtered": `/schools?region=LONDON&q=nothing-matches-this`,
  networks: "/networks",
  collection: `/collections/${F.collection.slug}`,
  "sign-in": "/sign-in",
  "invitation-no-longer-valid": "/invitations/hubinv_not-a-real-invitation",
  "not-found": "/no-such-page",
};

describe("accessibility", () => {
  it.each(Object.entries(PAGE_TYPES))("finds no serious or critical axe violations on the %s page", async (_, path) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${webUrl}${path}`);
    await expectNoSeriousViolations(page);
  });

  it.each(["home", "resource", "area-of-excellence", "entitlement"])(
    "fits the %s page into a 320 px wide screen without sideways scrolling",
    async (name) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${webUrl}${PAGE_TYPES[name]}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `${name}-320px`);
      await page.setViewportSize({ width: 1280, height: 900 });
    },
  );
});

/** The member area's pages that need no setup of their own, as the NLT English network's moderator sees them. */
const MEMBER_PAGES: Record<string, string> = {
  dashboard: "/me",
  "curriculum-drafts": "/me/curriculum",
  "agreed-entitlement-to-adopt": "/me/curriculum/ks1-early-reading/1",
  "my-collections": "/me/collections",
  "resource-with-add-to-collection": `/resources/${F.publicResource.slug}`,
};

describe("accessibility of the member area", () => {
  let member: Page;
  beforeAll(async () => {
    member = await (await browser.newContext()).newPage();
    await signIn(member, MODERATOR.email);
  });

  it.each(Object.entries(MEMBER_PAGES))(
    "finds no serious or critical axe violations on the %s page",
    async (_, path) => {
      const response = await member.goto(`${webUrl}${path}`);
      expect(response?.status()).toBe(200);
      await expectNoSeriousViolations(member);
    },
  );
});

describe("keyboard use", () => {
  it("offers a skip link, hidden until the keyboard reaches it first, that moves focus to the content", async () => {
    await page.goto(webUrl);
    const skipLink = page.getByRole("link", { name: /skip to main content/i });
    const hiddenBox = await skipLink.boundingBox();
    expect(hiddenBox!.y + hiddenBox!.height).toBeLessThanOrEqual(0);
    await page.keyboard.press("Tab");
    const shownBox = await skipLink.boundingBox();
    expect(shownBox!.y).toBeGreaterThanOrEqual(0);
    await expect(page.locator(":focus").textContent()).resolves.toMatch(/skip to main content/i);
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
    // The next Tab continues from the content, not from the top of the page.
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.closest("main") !== null)).resolves.toBe(true);
  });

  it("shows a visible focus ring and filters resources with the keyboard alone", async () => {
    await page.goto(`${webUrl}/resources`);
    await page.getByLabel("Subject").focus();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    await page.keyboard.type("History");
    // Tab through the other filters to the button and press it.
    for (let step = 0; step < 7; step += 1) await page.keyboard.press("Tab");
    await expect(page.locator(":focus").textContent()).resolves.toBe("Apply filters");
    await page.keyboard.press("Enter");
    await page.waitForURL(/subject=history/);
    await page.locator("h1", { hasText: "History" }).waitFor();
  });
});

describe("without JavaScript", () => {
  it("browses, filters and pages through the library with plain links and GET forms", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    try {
      await noJs.goto(webUrl);
      await noJs.getByRole("link", { name: "Resources", exact: true }).click();
      await noJs.getByLabel("Key stage").selectOption("KS1");
      await noJs.getByRole("button", { name: "Apply filters" }).click();
      expect(new URL(noJs.url()).searchParams.get("keyStage")).toBe("KS1");
      // The fixture's is the newest KS1 resource; the sector dataset adds its own after it. (The list is
      // waited for: the click returns once the new page starts loading, before it is all there.)
      await noJs.waitForLoadState();
      await noJs.locator("main h2 a").first().waitFor();
      const titles = await noJs.locator("main h2 a").allTextContents();
      expect(titles[0]).toBe(F.relatedResource.title);
      expect(titles).toContain("Year 1 phonics screening check recovery plan");
      await noJs.getByRole("link", { name: F.relatedResource.title }).click();
      // The attribution and the link can still be selected and copied by hand; the copy button needs JavaScript.
      await expect(noJs.getByLabel("Attribution").inputValue()).resolves.toContain(F.relatedResource.title);
      await expect(noJs.getByRole("button", { name: /copy/i }).count()).resolves.toBe(0);
      await expect(
        noJs.getByRole("link", { name: "Permanent link to this resource" }).getAttribute("href"),
      ).resolves.toBe(`${webUrl}/resources/${F.relatedResource.slug}`);
      await noJs.goto(`${webUrl}/curriculum/${F.entitlement.slug}/compare?from=1&to=2`);
      await noJs.getByLabel("To version").selectOption("1");
      await noJs.getByRole("button", { name: "Compare" }).click();
      await noJs.getByText("The two versions have the same units").waitFor();
      await noJs.goto(`${webUrl}/search?q=phonics`);
      await expect(noJs.locator("main").textContent()).resolves.toContain("phonics");
      await screenshot(noJs, "search-without-javascript");
    } finally {
      await context.close();
    }
  });
});
