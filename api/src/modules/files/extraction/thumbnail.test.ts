import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { corruptPdf, pdfWith, picture } from "../../../../test/file-fixtures.js";
import { makeThumbnail, THUMBNAIL_SIZE } from "./thumbnail.js";

/** How dark the darkest pixel is (0 black, 255 white): a drawn page has ink on it. */
async function darkest(bytes: Uint8Array): Promise<number> {
  const { channels } = await sharp(bytes).stats();
  return Math.min(...channels.slice(0, 3).map((channel) => channel.min));
}

describe("makeThumbnail", () => {
  it("draws a PDF's first page, text included, as a WebP no wider than the box", async () => {
    const thumbnail = await makeThumbnail("PDF", pdfWith("Thumbnail of the first page"));
    const { format, width, height } = await sharp(thumbnail).metadata();
    expect(format).toBe("webp");
    // The page is 400 × 144 points: scaled to the box's width, its shape kept.
    expect(width).toBe(THUMBNAIL_SIZE);
    expect(height).toBe(Math.round((144 / 400) * THUMBNAIL_SIZE));
    expect(await darkest(thumbnail)).toBeLessThan(100);
  });

  it.each(["png", "jpeg", "webp"] as const)("shrinks a %s picture into the box, keeping its shape", async (format) => {
    const thumbnail = await makeThumbnail(
      format === "jpeg" ? "JPEG" : format === "png" ? "PNG" : "WEBP",
      await picture(format, 900, 300),
    );
    expect(await sharp(thumbnail).metadata()).toMatchObject({ format: "webp", width: THUMBNAIL_SIZE, height: 107 });
  });

  it("never enlarges a small picture", async () => {
    const thumbnail = await makeThumbnail("PNG", await picture("png", 40, 20));
    expect(await sharp(thumbnail).metadata()).toMatchObject({ width: 40, height: 20 });
  });

  it("fails on a damaged PDF and on types without a picture", async () => {
    await expect(makeThumbnail("PDF", corruptPdf())).rejects.toThrow();
    await expect(makeThumbnail("DOCX", new Uint8Array(4))).rejects.toThrow(/no thumbnail/);
  });
});
