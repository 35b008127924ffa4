import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, screenshot, seriousAccessibilityViolations } from "./browser.js";
import { FIXTURES as F } from "./fixtures.js";
import { SEARCH_RESULTS_PER_PAGE } from "./global-setup.js";
import { expectFocused } from "./pages.js";

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

const searchBox = (p: Page) => p.getByRole("combobox", { name: "Search the library" });
const resultTitles = (p: Page) => p.locator(".results__list h2").allTextContents();
const status = (p: Page) => p.locator(".results [role=status]").textContent();
/** The count beside one facet checkbox, e.g. Kind › Resource. */
const facetCount = (p: Page, param: string, value: string) =>
  p.locator(`label[for="facet-${param}-${value}"] .facet-count`).textContent();

/** Marks the window; a full page load would lose the mark. */
const markWindow = (p: Page) => p.evaluate(() => Object.assign(window, { searchMarker: "still here" }));
const windowMark = (p: Page) => p.evaluate(() => (window as { searchMarker?: string }).searchMarker);

async function openSearch(p: Page, path = "/search"): Promise<void> {
  await p.goto(`${webUrl}${path}`);
  // The combobox role appears once the page's JavaScript has taken over.
  await searchBox(p).waitFor();
}

describe("searching with JavaScript", () => {
  it("updates the results as you type, without loading a new page", async () => {
    await openSearch(page);
    await markWindow(page);
    const before = await status(page);
    // A word only the fixture entitlement's second version holds (a unit's knowledge).
    await searchBox(page).pressSequentially("Domesday bo", { delay: 40 });
    await page.waitForURL(/q=Domesday\+bo/);
    await page.locator(".results__list h2", { hasText: F.entitlement.title }).waitFor();
    expect(await status(page)).not.toBe(before);
    // The same document: no navigation replaced the window, and the box kept its focus and text.
    expect(await windowMark(page)).toBe("still here");
    expect(await searchBox(page).inputValue()).toBe("Domesday bo");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-query");
  });

  it("forgives a typo, narrows by a facet with counts, and keeps every step in the address and history", async () => {
    await openSearch(page);
    // "Normanz" is one letter from "Normans" (the fixture resource's tag and text, the entitlement's
    // units), so those rank above anything further away in the sector dataset.
    await searchBox(page).pressSequentially("Normanz", { delay: 40 });
    await page.waitForURL(/q=Normanz/);
    // Typed a letter at a time, so earlier searches ("Norman") may still be on screen: wait for this one's.
    await page.locator(".results [role=status]", { hasText: "for “Normanz”" }).waitFor();
    await page.locator(".results__list").getByText(F.entitlement.title).first().waitFor();
    const typoResults = await resultTitles(page);
    expect(typoResults).toEqual(expect.arrayContaining([F.publicResource.title, F.entitlement.title]));
    const typoStatus = await status(page);
    const countOf = async (value: string) =>
      Number((await facetCount(page, "kind", value))?.match(/[\d,]+/)?.[0]?.replace(",", ""));
    const entitlements = await countOf("CURRICULUM_ENTITLEMENT");
    expect(await countOf("RESOURCE")).toBeGreaterThan(0);
    expect(entitlements).toBeGreaterThanOrEqual(2);
    await expect(page.locator(".results__list mark").first().textContent()).resolves.toMatch(/norman/i);
    await screenshot(page, "search-results");

    // Clicking elsewhere (here the page heading, which the open list never covers) puts any suggestions away.
    await page.getByRole("heading", { level: 1 }).click();
    await expect(searchBox(page).getAttribute("aria-expanded")).resolves.toBe("false");
    await page.locator("#facet-kind-CURRICULUM_ENTITLEMENT").check();
    await page.waitForURL(/kind=CURRICULUM_ENTITLEMENT/);
    const narrowed = `${entitlements} results for “Normanz”`;
    await page.locator(".results [role=status]", { hasText: narrowed }).waitFor();
    expect(new URL(page.url()).searchParams.get("q")).toBe("Normanz");
    const narrowedResults = await resultTitles(page);
    expect(narrowedResults).toContain(F.entitlement.title);
    expect(narrowedResults).not.toContain(F.publicResource.title);
    // Counts follow the filter: no resources are left among the hits.
    await expect(page.locator('label[for="facet-kind-RESOURCE"]').count()).resolves.toBe(0);
    await expect(page.locator("#facet-kind-CURRICULUM_ENTITLEMENT").isChecked()).resolves.toBe(true);

    // The shared address shows the same page to someone else.
    const shared = await browser.newPage();
    await shared.goto(page.url());
    expect(await resultTitles(shared)).toEqual(narrowedResults);
    await shared.close();

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has("kind"));
    await page.getByText(typoStatus!).waitFor();
    expect(await resultTitles(page)).toEqual(typoResults);
    await expect(page.locator("#facet-kind-CURRICULUM_ENTITLEMENT").isChecked()).resolves.toBe(false);
    expect(await searchBox(page).inputValue()).toBe("Normanz");
  });

  it("sorts by title and pages through the results with links", async () => {
    await openSearch(page, "/search?sort=title");
    const first = await resultTitles(page);
    expect(first).toHaveLength(SEARCH_RESULTS_PER_PAGE);
    // Compared by first letter only: the API's finer collation is its own business.
    const initials = first.map((title) => title.toLowerCase()[0]!);
    expect([...initials].sort()).toEqual(initials);
    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL(/after=/);
    await page.getByRole("link", { name: "First page" }).waitFor();
    const second = await resultTitles(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.some((title) => first.includes(title))).toBe(false);
  });

  it("suggests titles in a combobox that works from the keyboard", async () => {
    await openSearch(page);
    const box = searchBox(page);
    await box.focus();
    await page.keyboard.type("brookf");
    const list = page.getByRole("listbox", { name: "Suggestions" });
    await list.waitFor();
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("true");
    const options = list.getByRole("option");
    expect(await options.count()).toBeGreaterThan(0);

    await page.keyboard.press("ArrowDown");
    const firstId = await options.first().getAttribute("id");
    await expect(box.getAttribute("aria-activedescendant")).resolves.toBe(firstId);
    await expect(options.first().getAttribute("aria-selected")).resolves.toBe("true");
    // Focus stays in the box while the arrow keys move through the list.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-query");

    const violations = await seriousAccessibilityViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await page.keyboard.press("Escape");
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("false");
    await expect(list.isHidden()).resolves.toBe(true);

    await page.keyboard.press("ArrowDown");
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("true");
    const chosen = (await options.first().textContent())!.split(" · ")[0]!;
    await page.keyboard.press("Enter");
    await page.locator("h1", { hasText: chosen }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe("/search");
  });

  it("helps on when nothing matches, with a search that does find something", async () => {
    await openSearch(page, "/search?q=Domesday&kind=NETWORK");
    await page.getByRole("heading", { name: "Nothing matches “Domesday”" }).waitFor();
    await screenshot(page, "search-no-results");
    await page.getByRole("link", { name: "“Domesday” without the filters" }).click();
    await page.waitForURL((url) => url.search === "?q=Domesday");
    // The old page's status names "Domesday" too, so wait for the result itself.
    await page.locator(".results__list h2", { hasText: F.entitlement.title }).waitFor();
  });
});

describe("searching from anywhere", () => {
  it("has a labelled search box in every page's header that leads to the results", async () => {
    await page.goto(`${webUrl}/resources/${F.publicResource.slug}`);
    const header = page.getByRole("banner");
    const box = header.getByRole("search", { name: "Search the site" }).getByRole("searchbox", {
      name: "Search the site",
    });
    await box.fill("Domesday");
    await box.press("Enter");
    await page.waitForURL((url) => url.pathname === "/search" && url.searchParams.get("q") === "Domesday");
    await page.locator(".results__list h2", { hasText: F.entitlement.title }).waitFor();
    // The search page's own box (with suggestions and filters) takes over: the header has none there.
    await expect(header.getByRole("search").count()).resolves.toBe(0);
  });
});

describe("filtering from the keyboard", () => {
  it("words the events facet for people and keeps focus on each filter toggled", async () => {
    await openSearch(page, "/search?q=phonics");
    const upcoming = page
      .getByRole("group", { name: "Events" })
      .getByRole("checkbox", { name: /^With upcoming events/ });
    await upcoming.focus();
    await page.keyboard.press("Space");
    await page.waitForURL(/upcoming=true/);
    await page.getByRole("link", { name: /^Events: With upcoming events/ }).waitFor();
    // The filters are drawn anew for the new results: the keyboard stays where it was.
    await expectFocused(upcoming);
    await expect(upcoming.isChecked()).resolves.toBe(true);

    await page.keyboard.press("Space");
    await page.waitForURL((url) => !url.searchParams.has("upcoming"));
    await expectFocused(upcoming);
    await expect(upcoming.isChecked()).resolves.toBe(false);

    const sort = page.getByLabel("Sort by");
    await sort.focus();
    await sort.selectOption("title");
    await page.waitForURL(/sort=title/);
    await expectFocused(sort);
  });
});

describe("searching without JavaScript", () => {
  it("searches with the GET form, filters with the checkboxes and pages with links", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    try {
      await noJs.goto(`${webUrl}/search`);
      // Without JavaScript the box is a plain search box: no combobox, no suggestion list.
      await expect(noJs.locator("input[role=combobox]").count()).resolves.toBe(0);
      await expect(noJs.getByRole("listbox").count()).resolves.toBe(0);
      await noJs.getByRole("searchbox", { name: "Search the library" }).fill("reading");
      await noJs.getByRole("button", { name: "Search", exact: true }).click();
      await noJs.waitForURL(/q=reading/);
      const all = await resultTitles(noJs);
      expect(all.length).toBeGreaterThan(1);

      await noJs.locator("#facet-kind-RESOURCE").check();
      await noJs.getByRole("button", { name: "Apply filters" }).click();
      await noJs.waitForURL(/kind=RESOURCE/);
      expect(new URL(noJs.url()).searchParams.get("q")).toBe("reading");
      await expect(noJs.locator("#facet-kind-RESOURCE").isChecked()).resolves.toBe(true);
      const kinds = await noJs.locator(".results__list .card__kind").allTextContents();
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds).not.toContain("Area of Excellence");
      await screenshot(noJs, "search-without-javascript-filtered");

      await noJs.goto(`${webUrl}/search?sort=title`);
      const first = await resultTitles(noJs);
      await noJs.getByRole("link", { name: "Next page" }).click();
      await noJs.waitForURL(/after=/);
      const second = await resultTitles(noJs);
      expect(second.length).toBeGreaterThan(0);
      expect(second.some((title) => first.includes(title))).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe("searching on a phone", () => {
  /** A phone's screen, as an iPhone 14 shows pages. */
  const PHONE = { width: 390, height: 844 };

  /** The first result's title lies wholly inside the first screen, before any scrolling. */
  async function expectFirstResultOnFirstScreen(p: Page): Promise<void> {
    const box = await p.locator(".results__list h2").first().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`shows results first, with the filters behind a "Filters (n)" button (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async () => {
      const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
      const phone = await context.newPage();
      try {
        await phone.goto(`${webUrl}/search?q=reading`);
        await expectFirstResultOnFirstScreen(phone);
        const resourceFilter = phone.locator("#facet-kind-RESOURCE");
        await expect(resourceFilter.isVisible()).resolves.toBe(false);

        await phone.getByText("Filters (0)", { exact: true }).click();
        await resourceFilter.check();
        if (!javaScriptEnabled) await phone.getByRole("button", { name: "Apply filters" }).click();
        await phone.waitForURL(/kind=RESOURCE/);
        if (javaScriptEnabled) {
          // The filters stay open while someone is choosing them, the keyboard where it was.
          await phone.getByText("Filters (1)", { exact: true }).waitFor();
          await expect(resourceFilter.isVisible()).resolves.toBe(true);
        } else {
          // A new page: the results come first again, the button counting the filter chosen.
          await phone.getByText("Filters (1)", { exact: true }).waitFor();
          await expectFirstResultOnFirstScreen(phone);
        }
        if (javaScriptEnabled) await expect(seriousAccessibilityViolations(phone)).resolves.toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
