import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot } from "./browser.js";

const webUrl = inject("webUrl");
/** A guide from the sector dataset (`seeds/data/resources/marketplace-teach-meet.md`). */
const TEACH_MEET_GUIDE = "How to run a marketplace-style Teach Meet";
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe("the open library in a browser", () => {
  it("lists the sector dataset's resources a page at a time", async () => {
    const response = await page.goto(webUrl);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/Library/);
    const titles = await page.locator("main h2 a").allTextContents();
    expect(titles).toHaveLength(20);
    await expect(page.getByRole("link", { name: "Next page" }).isVisible()).resolves.toBe(true);
    await screenshot(page, "library");
  });

  it("offers a skip link, hidden until the keyboard reaches it first, that moves focus to the content", async () => {
    await page.goto(webUrl);
    const skipLink = page.getByRole("link", { name: /skip to main content/i });
    const hiddenBox = await skipLink.boundingBox();
    expect(hiddenBox!.y + hiddenBox!.height).toBeLessThanOrEqual(0);
    await page.keyboard.press("Tab");
    const shownBox = await skipLink.boundingBox();
    expect(shownBox!.y).toBeGreaterThanOrEqual(0);
    const focused = page.locator(":focus");
    await expect(focused.textContent()).resolves.toMatch(/skip to main content/i);
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
  });

  it("opens a resource page from the list, following the pages to find it", async () => {
    await page.goto(webUrl);
    const link = page.getByRole("link", { name: TEACH_MEET_GUIDE });
    for (let pages = 1; !(await link.isVisible()) && pages < 10; pages += 1) {
      await page.getByRole("link", { name: "Next page" }).click();
      await page.waitForURL(/after=/);
    }
    await link.click();
    await page.waitForURL(/\/resources\/marketplace-teach-meet$/);
    // Client-side navigation: the address changes a moment before the new page renders.
    await page.locator("h1", { hasText: TEACH_MEET_GUIDE }).waitFor({ timeout: 10_000 });
    await expect(page.locator("main").textContent()).resolves.toContain("presenters stand at tables");
    await screenshot(page, "resource");
  });

  it("answers an unknown address with a helpful 404 page inside the site layout", async () => {
    const response = await page.goto(`${webUrl}/resources/no-such-resource`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toMatch(/couldn.t find/i);
    await expect(
      page
        .getByRole("link", { name: /library/i })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, "not-found");
  });
});
