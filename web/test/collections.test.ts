import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot } from "./browser.js";
import { FIXTURES as F } from "./fixtures.js";

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

describe("collections", () => {
  it("features collections on the home page and lists them", async () => {
    await page.goto(webUrl);
    const featured = page.locator("section[aria-labelledby=collections]");
    // The most recently changed come first: the fixture's, made after the sector dataset's.
    await expect(featured.locator("h3 a").first().textContent()).resolves.toBe(F.collection.title);
    await featured.getByRole("link", { name: /^All \d+ collections?$/ }).click();
    await page.locator("h1", { hasText: "Collections" }).waitFor();
    const listed = await page.locator("main h2 a").allTextContents();
    expect(listed).toContain(F.collection.title);
    expect(listed).not.toContain(F.networkOnlyCollection.title);
    await expect(page.locator("main").textContent()).resolves.toContain(`curated by ${F.hub.name}`);
    await screenshot(page, "collections");
  });

  it("shows a collection's description and the resources the public may see, in the curator's order", async () => {
    const response = await page.goto(`${webUrl}/collections/${F.collection.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").textContent()).resolves.toBe(F.collection.title);
    // The description is Markdown rendered (and sanitised) by the API.
    await expect(page.locator(".body-html strong").textContent()).resolves.toBe("keep-up sessions");
    await expect(page.locator(".collection-items h3 a").allTextContents()).resolves.toEqual([
      F.relatedResource.title,
      F.publicResource.title,
    ]);
    await expect(page.getByRole("heading", { name: /^2 resources/ }).count()).resolves.toBe(1);
    await expect(page.getByRole("link", { name: F.hub.name }).count()).resolves.toBe(1);
    await screenshot(page, "collection");
  });

  it("says on a resource which collections hold it, and answers 404 for a collection the public may not see", async () => {
    await page.goto(`${webUrl}/resources/${F.publicResource.slug}`);
    const inCollections = page.locator("section[aria-labelledby=in-collections]");
    await expect(inCollections.getByRole("link").allTextContents()).resolves.toEqual([F.collection.title]);
    await inCollections.getByRole("link", { name: F.collection.title }).click();
    await page.locator("h1", { hasText: F.collection.title }).waitFor();

    const hidden = await page.goto(`${webUrl}/collections/${F.networkOnlyCollection.slug}`);
    expect(hidden?.status()).toBe(404);
  });
});

describe("shared ambitions", () => {
  it("tags a resource with its ambitions, each leading to what else serves it", async () => {
    await page.goto(`${webUrl}/resources/${F.relatedResource.slug}`);
    await page.getByRole("list", { name: "Shared ambitions" }).getByRole("link", { name: F.ambition.title }).click();
    await page.waitForURL(new RegExp(`/resources\\?ambition=${F.ambition.slug}$`));
    await page.locator("h1", { hasText: F.ambition.title }).waitFor();
    await expect(page.locator("main h2 a").allTextContents()).resolves.toEqual([F.relatedResource.title]);
    await expect(page.getByLabel("Shared ambition").inputValue()).resolves.toBe(F.ambition.slug);
  });

  it("filters Areas of Excellence by ambition, and shows a network's ambitions on its page", async () => {
    await page.goto(`${webUrl}/excellence/${F.aoe.slug}`);
    await page.getByRole("list", { name: "Shared ambitions" }).getByRole("link", { name: F.ambition.title }).click();
    await page.waitForURL(/\/excellence\?ambition=/);
    await page.locator("h1", { hasText: F.ambition.title }).waitFor();
    await expect(page.locator("main h2 a").allTextContents()).resolves.toEqual([F.aoe.title]);

    await page.goto(`${webUrl}/networks/${F.hub.slug}`);
    const ambitions = page.locator("section[aria-labelledby=ambitions]");
    await expect(ambitions.locator("h3").allTextContents()).resolves.toEqual([F.ambition.title]);
    await expect(ambitions.textContent()).resolves.toContain("90% by 2028");
    await ambitions.getByRole("link", { name: "Areas of Excellence" }).click();
    await page.waitForURL(/\/excellence\?ambition=/);
    await page.locator("h1", { hasText: F.ambition.title }).waitFor();
    await expect(page.locator("main h2 a").allTextContents()).resolves.toEqual([F.aoe.title]);
  });

  it("offers the ambition as a filter on the resources listing", async () => {
    await page.goto(`${webUrl}/resources`);
    await page.getByLabel("Shared ambition").selectOption(F.ambition.slug);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/ambition=/);
    await page.locator("h1", { hasText: F.ambition.title }).waitFor();
    await expect(page.locator("main h2 a").allTextContents()).resolves.toEqual([F.relatedResource.title]);
  });
});
