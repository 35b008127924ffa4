import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot } from "./browser.js";

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

describe("the open library in a browser", () => {
  it("lists the sample resources on the library page", async () => {
    const response = await page.goto(webUrl);
    expect(response?.status()).toBe(200);
    await expect(page.title()).resolves.toMatch(/Library/);
    const titles = await page.locator("main h2 a").allTextContents();
    expect(titles).toContain("The marketplace Teach Meet playbook");
    expect(titles.length).toBeGreaterThanOrEqual(8);
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

  it("opens a resource page from the list", async () => {
    await page.goto(webUrl);
    await page.getByRole("link", { name: "The marketplace Teach Meet playbook" }).click();
    await page.waitForURL(/\/resources\/marketplace-teach-meet-playbook$/);
    // Client-side navigation: the address changes a moment before the new page renders.
    await page.locator("h1", { hasText: "The marketplace Teach Meet playbook" }).waitFor({ timeout: 10_000 });
    await expect(page.locator("main").textContent()).resolves.toContain("two dozen presenters");
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
