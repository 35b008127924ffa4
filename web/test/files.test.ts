import { beforeAll, describe, expect, inject, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pdfWith, windowsExecutable } from "../../api/test/file-fixtures.js";
import { screenshot } from "./browser.js";
import {
  MODERATOR,
  signedIn,
  useBrowser,
  describedErrorOf,
  expectFocused,
  expectNoSeriousViolations,
  reloadUntilShown,
} from "./pages.js";
import { FILE_MAX_BYTES } from "./global-setup.js";

const webUrl = inject("webUrl");

// A moderator of the NLT English network from the sector dataset: writes, then publishes, a resource.
const slug = "browser-test-attached-plan";
const title = "A reading plan with its handout attached";

const folder = mkdtempSync(join(tmpdir(), "hub-upload-"));
const newPage = useBrowser();

/** Writes bytes to a file under the given name, as a person would have it on their computer. */
function onDisk(name: string, bytes: Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

describe("attaching files in the editor", () => {
  beforeAll(async () => {
    const page = await signedIn(newPage, MODERATOR.email);
    await page.goto(`${webUrl}/me/resources/new`);
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Address (slug)").fill(slug);
    await page.getByLabel("Summary").fill("How our Year 2 classes plan a week of reading, with the plan to print.");
    await page.getByRole("button", { name: "Save and submit for review" }).click();
    await page.waitForURL(/\/me\?submitted=/);
    await page.goto(`${webUrl}/me/review`);
    await page
      .getByRole("form", { name: `Approve ${title}` })
      .getByRole("button", { name: "Approve and publish" })
      .click();
    await page.waitForURL(/published=/);
  });

  it("refuses a renamed program and a file over the limit beside the file input, without JavaScript", async () => {
    const page = await signedIn(newPage, MODERATOR.email, { javaScriptEnabled: false });
    await page.goto(`${webUrl}/me/resources/${slug}/edit`);
    await page.getByLabel("File title").fill("Weekly plan");
    await page.getByLabel("File", { exact: true }).setInputFiles(onDisk("plan.pdf", windowsExecutable()));
    await page.getByRole("button", { name: "Attach the file" }).click();
    await expect(describedErrorOf(page, "File")).resolves.toMatch(/Programs .* cannot be attached/);
    // The title typed is kept for the next try.
    await expect(page.getByLabel("File title").inputValue()).resolves.toBe("Weekly plan");

    await page
      .getByLabel("File", { exact: true })
      .setInputFiles(onDisk("huge.txt", new Uint8Array(FILE_MAX_BYTES + 1).fill(0x61)));
    await page.getByRole("button", { name: "Attach the file" }).click();
    await expect(describedErrorOf(page, "File")).resolves.toMatch(/largest file accepted is 1\.0 MB/);
  });

  it("attaches, renames and orders files, then anyone downloads them from the public page", async () => {
    // Over a kilobyte of text: big enough that the web server would compress it if it compressed downloads.
    const READING_LOG = `Date, book, pages read\n${"Monday, Holes, 12\n".repeat(80)}`;
    const page = await signedIn(newPage, MODERATOR.email);
    await page.goto(`${webUrl}/me/resources/${slug}/edit`);
    const pdf = pdfWith("Monday: shared reading. Tuesday: guided reading.");
    await page.getByLabel("File title").fill("Weekly plan");
    await page.getByLabel("File", { exact: true }).setInputFiles(onDisk("weekly plan.pdf", pdf));
    await page.getByRole("button", { name: "Attach the file" }).click();
    await page.waitForURL(/files=attached/);
    // The attach form is drawn afresh for the new page: wait for it, or what is typed goes into the old one.
    await page.getByRole("form", { name: "File 1: Weekly plan" }).waitFor();
    await page.getByLabel("File title").fill("Reading log");
    await page
      .getByLabel("File", { exact: true })
      .setInputFiles(onDisk("reading-log.txt", new TextEncoder().encode(READING_LOG)));
    await page.getByRole("button", { name: "Attach the file" }).click();

    const second = page.getByRole("form", { name: "File 2: Reading log" });
    await second.getByLabel("Title", { exact: true }).fill("Home reading log");
    await second.getByRole("button", { name: "Save title" }).click();
    await page.waitForURL(/files=renamed/);
    await page.getByRole("form", { name: "File 2: Home reading log" }).getByRole("button", { name: "Move up" }).click();
    await page.waitForURL(/files=moved/);
    await page.getByRole("form", { name: "File 1: Home reading log" }).waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, "editor-files");

    const visitor = await newPage();
    await visitor.goto(`${webUrl}/resources/${slug}`);
    const files = visitor.getByRole("region", { name: "Files" });
    await expect(files.getByRole("link").allTextContents()).resolves.toEqual(["Home reading log", "Weekly plan"]);
    // The PDF's first page is pictured (once the worker has drawn it), loaded lazily, with words for screen readers.
    const thumbnail = files.getByRole("img", { name: "First page of “Weekly plan”" });
    await reloadUntilShown(visitor, thumbnail);
    await expect(thumbnail.getAttribute("loading")).resolves.toBe("lazy");
    await thumbnail.scrollIntoViewIfNeeded();
    await expect
      .poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 10_000 })
      .toBe(320);
    // And its text can be read on the page.
    await visitor.getByText("Text of Weekly plan").click();
    await expect(
      visitor.locator("details", { hasText: "Text of Weekly plan" }).locator(".attachment-text").textContent(),
    ).resolves.toContain("shared reading");

    // Search results picture the resource by its PDF's first page too.
    await visitor.goto(`${webUrl}/search?q=${encodeURIComponent("reading plan handout attached")}`);
    const card = visitor.locator("article.card", { hasText: title });
    await reloadUntilShown(visitor, card);
    await expect(card.getByRole("img").getAttribute("alt")).resolves.toBe("First page of “Weekly plan”");
    await visitor.goto(`${webUrl}/resources/${slug}`);
    await expectNoSeriousViolations(visitor);

    const [download] = await Promise.all([
      visitor.waitForEvent("download"),
      visitor.getByRole("link", { name: "Weekly plan" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("weekly plan.pdf");
    const saved = await download.path();
    expect(new Uint8Array(readFileSync(saved))).toEqual(pdf);

    // A resumed download of the text file gets exactly the bytes asked for, uncompressed, through the website.
    const logUrl = await files.getByRole("link", { name: "Home reading log" }).getAttribute("href");
    // The range is larger than the compression threshold (1 KB), so a compressing server would encode it.
    const part = await fetch(`${webUrl}${logUrl}`, { headers: { Range: "bytes=6-1205", "Accept-Encoding": "gzip" } });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 6-1205/${READING_LOG.length}`);
    expect(part.headers.get("content-encoding")).toBeNull();
    await expect(part.text()).resolves.toBe(READING_LOG.slice(6, 1206));
  });

  it("asks beside the file before removing it, keeping what was typed in the resource's form", async () => {
    const visitor = await newPage();
    await visitor.goto(`${webUrl}/resources/${slug}`);
    const logUrl = await visitor.getByRole("link", { name: "Home reading log" }).getAttribute("href");

    const page = await signedIn(newPage, MODERATOR.email);
    await page.goto(`${webUrl}/me/resources/${slug}/edit`);
    const typed = "A summary typed but not saved yet, which asking about a file must not lose.";
    await page.getByLabel("Summary").fill(typed);
    const remove = page.getByRole("link", { name: "Remove Home reading log" });
    await remove.click();
    const question = page.getByRole("heading", { level: 3, name: "Remove “Home reading log”?" });
    await expectFocused(question);
    await expect(page.locator(".attachment-confirm").textContent()).resolves.toContain("reading-log.txt is deleted");
    await expectNoSeriousViolations(page);
    await screenshot(page, "editor-file-removal");
    await page.getByRole("link", { name: "Keep it" }).click();
    await expectFocused(remove);
    await expect(page.getByLabel("Summary").inputValue()).resolves.toBe(typed);
    expect((await fetch(`${webUrl}${logUrl}`)).status).toBe(200);

    await remove.click();
    await page.getByRole("button", { name: "Remove “Home reading log”" }).click();
    await page.getByRole("status").filter({ hasText: "The file is removed." }).waitFor();
    await expect(page.getByRole("form", { name: /^File \d/ }).count()).resolves.toBe(1);
    expect((await fetch(`${webUrl}${logUrl}`)).status).toBe(404);
    await visitor.reload();
    await expect(visitor.getByRole("region", { name: "Files" }).getByRole("link").allTextContents()).resolves.toEqual([
      "Weekly plan",
    ]);
  });

  it("asks before removing a file without JavaScript too", async () => {
    const page = await signedIn(newPage, MODERATOR.email, { javaScriptEnabled: false });
    await page.goto(`${webUrl}/me/resources/${slug}/edit`);
    await page.getByRole("link", { name: "Remove Weekly plan" }).click();
    // The question takes focus as the page loads (autofocus), so a screen reader starts there.
    await expectFocused(page.getByRole("heading", { level: 3, name: "Remove “Weekly plan”?" }));
    await page.getByRole("link", { name: "Keep it" }).click();
    // The click only starts the page load (no JavaScript): counting before it ends reads the old page.
    await page.getByRole("form", { name: "File 1: Weekly plan" }).waitFor();
    await expect(page.getByRole("form", { name: "File 1: Weekly plan" }).count()).resolves.toBe(1);
    await expect(page.locator(".attachment-confirm").count()).resolves.toBe(0);
  });
});
