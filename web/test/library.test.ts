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

describe("browsing the open library", () => {
  it("opens on a home page with a search box, the newest resources, Areas of Excellence and ways in", async () => {
    const response = await page.goto(webUrl);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["cache-control"]).toMatch(/^public, max-age=60/);
    await expect(page.getByRole("searchbox", { name: "Search the library" }).isVisible()).resolves.toBe(true);
    const newest = await page.locator("section[aria-labelledby=newest] h3 a").allTextContents();
    expect(newest).toContain(F.publicResource.title);
    expect(newest).not.toContain(F.networkOnlyResource.title);
    await expect(page.locator("section[aria-labelledby=excellence]").textContent()).resolves.toContain(F.event.title);
    await screenshot(page, "home");

    await page.getByRole("link", { name: "History", exact: true }).click();
    await page.waitForURL(/\/resources\?subject=history$/);
    await page.locator("h1", { hasText: "History" }).waitFor();
    // The sector dataset has history resources too; the fixture's is the newest, the network-only one never shows.
    const titles = await page.locator("main h2 a").allTextContents();
    expect(titles[0]).toBe(F.publicResource.title);
    expect(titles).toContain("Key Stage 3 history curriculum map (Years 7 to 9)");
    expect(titles).not.toContain(F.networkOnlyResource.title);
  });

  it("filters the resources listing with a GET form whose state lives in the address", async () => {
    await page.goto(`${webUrl}/resources`);
    await expect(page.locator("main h2 a").allTextContents()).resolves.toContain(F.publicResource.title);
    await page.getByLabel("Licence").selectOption("OGL_UK_3_0");
    await page.getByLabel("Key stage").selectOption("KS3");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/licence=OGL_UK_3_0/);
    await page.locator("h1", { hasText: "OGL v3.0" }).waitFor();
    expect(new URL(page.url()).searchParams.get("keyStage")).toBe("KS3");
    await expect(page.locator("main h2 a").allTextContents()).resolves.toEqual([F.publicResource.title]);
    await screenshot(page, "resources-filtered");

    await page.getByLabel("Subject").selectOption("music");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByText("No resources match these filters.").waitFor();
  });

  it("shows a resource with its body, facts, licence and a ready-to-copy attribution", async () => {
    const response = await page.goto(`${webUrl}/resources/${F.publicResource.slug}`);
    expect(response?.status()).toBe(200);
    const main = page.locator("main");
    await expect(main.locator("h1").textContent()).resolves.toBe(F.publicResource.title);
    // The Markdown body arrives as sanitised HTML: headings render, the script does not.
    await expect(main.locator(".body-html h2").first().textContent()).resolves.toBe("Choosing the question");
    await expect(main.locator(".body-html script").count()).resolves.toBe(0);
    const text = (await main.textContent()) ?? "";
    for (const fact of [F.historyNetwork.name, F.secondary.name, "Hannah Okafor", "Key Stage 3", "Curriculum design"]) {
      expect(text).toContain(fact);
    }
    await expect(page.getByRole("link", { name: "Open Government Licence v3.0" }).getAttribute("href")).resolves.toBe(
      "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    );
    const attribution = await page.getByLabel("Attribution").inputValue();
    expect(attribution).toBe(
      `“${F.publicResource.title}” by Hannah Okafor, shared by ${F.historyNetwork.name}, ${webUrl}/resources/${F.publicResource.slug}, licensed under Open Government Licence v3.0 (https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).`,
    );
    await expect(page.getByRole("link", { name: "The national curriculum for history" }).count()).resolves.toBe(1);
    await expect(page.locator("section[aria-labelledby=related]").textContent()).resolves.toContain(
      F.relatedResource.title,
    );
    // The curriculum units that teach with it link to their entitlement.
    await expect(page.locator("section[aria-labelledby=linked-units]").textContent()).resolves.toContain(
      "The Norman Conquest",
    );
    await screenshot(page, "resource");

    await page.getByRole("link", { name: "history", exact: true }).click();
    await page.locator("h1", { hasText: "History of" }).waitFor();
    await expect(page.locator("main").textContent()).resolves.toContain("Published");

    // A resource an Area of Excellence lists names that Area of Excellence and links to it.
    await page.goto(`${webUrl}/resources/${F.relatedResource.slug}`);
    await page.locator("section[aria-labelledby=linked-excellence]").getByRole("link", { name: F.aoe.title }).click();
    await page.locator("h1", { hasText: F.aoe.title }).waitFor();
  });

  it("describes the resource for machines: JSON-LD LearningResource, OpenGraph and a canonical address", async () => {
    await page.goto(`${webUrl}/resources/${F.publicResource.slug}`);
    const canonical = `${webUrl}/resources/${F.publicResource.slug}`;
    await expect(page.locator("link[rel=canonical]").getAttribute("href")).resolves.toBe(canonical);
    await expect(page.locator("meta[property='og:title']").getAttribute("content")).resolves.toBe(
      F.publicResource.title,
    );
    await expect(page.locator("meta[name='twitter:card']").getAttribute("content")).resolves.toBe("summary");
    const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "LearningResource",
      url: canonical,
      learningResourceType: "Lesson sequence",
      license: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      author: [{ "@type": "Person", name: "Hannah Okafor" }],
      publisher: { "@type": "Organization", name: F.historyNetwork.name },
    });
    expect(jsonLd.educationalLevel).toContain("Key Stage 3");
    expect(jsonLd.teaches).toContain("History");
    expect(jsonLd.educationalAlignment).toContainEqual(
      expect.objectContaining({ alignmentType: "educationalSubject", targetName: "History" }),
    );
    expect(Date.parse(jsonLd.datePublished)).not.toBeNaN();
  });

  it("moves an old resource address on to the current one with a permanent redirect", async () => {
    const response = await fetch(`${webUrl}/resources/${F.renamedFrom}`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe(`/resources/${F.relatedResource.slug}`);
    await page.goto(`${webUrl}/resources/${F.renamedFrom}`);
    expect(page.url()).toBe(`${webUrl}/resources/${F.relatedResource.slug}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(F.relatedResource.title);
  });

  it("follows an Area of Excellence to its school, and downloads an event as iCalendar", async () => {
    await page.goto(`${webUrl}/excellence?phase=PRIMARY`);
    // The sector dataset has Areas of Excellence with the same title at other schools.
    await page.locator(`main a[href="/excellence/${F.aoe.slug}"]`).click();
    await page.locator("h1", { hasText: F.aoe.title }).waitFor();
    const text = (await page.locator("main").textContent()) ?? "";
    for (const fact of [
      "Quality Assurance Review (QAR)",
      "12 March 2026",
      "Tom Reyes",
      "Leading",
      F.relatedResource.title,
    ]) {
      expect(text).toContain(fact);
    }
    // Contact details are for signed-in people; the public sees the name and a way to sign in.
    expect(text).not.toContain("tom.reyes@brookfield.example");
    expect(text).toContain("Sign in to see contact details");
    await screenshot(page, "area-of-excellence");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: `Add “${F.event.title}” to your calendar (.ics)` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${F.event.slug}.ics`);
    const calendar = await (await fetch(`${webUrl}/events/${F.event.slug}/calendar.ics`)).text();
    expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(calendar).toContain(`SUMMARY:${F.event.title}`);

    await page.getByRole("link", { name: F.primary.name }).first().click();
    await page.locator("h1", { hasText: F.primary.name }).waitFor();
    const school = (await page.locator("main").textContent()) ?? "";
    expect(school).toContain(F.aoe.title);
    expect(school).toContain(F.event.title);
    expect(school).toContain(F.hub.name);
    const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}");
    expect(jsonLd["@type"]).toEqual(["School", "EducationalOrganization"]);
    expect(jsonLd.identifier.value).toBe(F.primary.urn);
    await screenshot(page, "school");
  });

  it("lists upcoming public events, each with Event data for search engines", async () => {
    await page.goto(`${webUrl}/events`);
    const titles = await page.locator("main h2 a").allTextContents();
    expect(titles).toContain(F.event.title);
    expect(titles).not.toContain(F.networkOnlyEvent.title);
    await page.getByRole("link", { name: F.event.title }).click();
    await page.locator("h1", { hasText: F.event.title }).waitFor();
    const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({ "@type": "Event", name: F.event.title, organizer: { name: F.primary.name } });
    await screenshot(page, "event");
  });

  it("shows a network's resources, and which school teaches which version of its curriculum", async () => {
    await page.goto(`${webUrl}/networks/${F.historyNetwork.slug}`);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain(F.publicResource.title);
    expect(text).not.toContain(F.networkOnlyResource.title);
    expect(text).toContain(F.entitlement.title);
    await screenshot(page, "network");
    await page.getByRole("link", { name: "Which schools teach which version" }).click();
    await page.locator("h1", { hasText: "Curriculum coverage" }).waitFor();
    const row = page.locator("tr", { hasText: F.secondary.name });
    await expect(row.textContent()).resolves.toContain("Version 1");
    await expect(row.textContent()).resolves.toContain("Teaches an earlier version");
    await screenshot(page, "curriculum-coverage");
  });

  it("browses an entitlement by year and term, its history, and a readable diff between versions", async () => {
    await page.goto(`${webUrl}/curriculum?keyStage=KS3`);
    await page.getByRole("link", { name: F.entitlement.title }).click();
    await page.locator("h1", { hasText: F.entitlement.title }).waitFor();
    await expect(page.locator("h2", { hasText: "Year 7" }).count()).resolves.toBe(1);
    await expect(page.locator("h3", { hasText: "Autumn term" }).count()).resolves.toBeGreaterThan(0);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("The Domesday Book");
    expect(text).toContain("The Industrial Revolution");
    expect(text).toContain(F.publicResource.title);
    await screenshot(page, "curriculum-entitlement");

    await page.getByRole("link", { name: "Version 1", exact: true }).click();
    await page.getByText("This is version 1, superseded.").waitFor();
    await expect(page.locator("main").textContent()).resolves.not.toContain("The Domesday Book");

    await page.goto(`${webUrl}/curriculum/${F.entitlement.slug}`);
    await page.getByRole("link", { name: "What changed since version 1" }).click();
    await page.locator("h1", { hasText: "what changed from version 1 to version 2" }).waitFor();
    await expect(page.locator("section[aria-labelledby=added]").textContent()).resolves.toContain(
      "The Industrial Revolution",
    );
    const changed = page.locator("section[aria-labelledby=changed]");
    await expect(changed.textContent()).resolves.toContain("The Norman Conquest");
    await expect(changed.locator(".diff-added").textContent()).resolves.toContain("The Domesday Book");
    await screenshot(page, "curriculum-diff");
  });

  it("answers an unknown address with a helpful 404 page inside the site layout", async () => {
    const response = await page.goto(`${webUrl}/resources/no-such-resource`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1").textContent()).resolves.toMatch(/couldn.t find/i);
    await expect(page.getByRole("main").getByRole("searchbox").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Areas of Excellence" }).first().isVisible()).resolves.toBe(true);
    await screenshot(page, "not-found");
  });
});
