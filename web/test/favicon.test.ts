import { describe, expect, inject, it } from "vitest";
import { FIXTURES as F } from "./fixtures.js";
import { useBrowser } from "./pages.js";

const webUrl = inject("webUrl");
const newPage = useBrowser();

describe("the site's icon", () => {
  it("is linked from every page, so the browser finds it instead of a 404", async () => {
    for (const path of ["/", `/resources/${F.publicResource.slug}`, "/no-such-page"]) {
      const page = await newPage();
      const missing: string[] = [];
      page.on("response", (response) => {
        if (response.status() === 404 && response.url() !== `${webUrl}/no-such-page`) missing.push(response.url());
      });
      await page.goto(`${webUrl}${path}`);
      const icons = await page
        .locator('link[rel="icon"]')
        .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
      expect(icons, path).toEqual([`${webUrl}/favicon.ico`, `${webUrl}/favicon.svg`]);
      for (const icon of icons) expect((await page.request.get(icon)).status(), icon).toBe(200);
      expect(missing, path).toEqual([]);
    }
  });

  it("is an SVG with an .ico fallback, which browsers may keep for a day", async () => {
    const expected = { "/favicon.svg": /^image\/svg\+xml/, "/favicon.ico": /^image\/(x-icon|vnd\.microsoft\.icon)/ };
    for (const [path, type] of Object.entries(expected)) {
      const response = await fetch(`${webUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toMatch(type);
      expect(response.headers.get("cache-control"), path).toBe("public, max-age=86400");
    }
    // Built assets are named by their content, so they are kept for good.
    const home = await (await fetch(webUrl)).text();
    const stylesheet = /href="(\/assets\/[^"]+\.css)"/.exec(home)![1]!;
    expect((await fetch(`${webUrl}${stylesheet}`)).headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
  });
});
