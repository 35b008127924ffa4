import type { FileType } from "../file-type.js";

/** Thumbnails fit in a box this many pixels wide and high, enough for a card at twice its CSS size. */
export const THUMBNAIL_SIZE = 320;
/** A thumbnail larger than this is not kept (a WebP of this size is usually a few kilobytes). */
export const THUMBNAIL_MAX_BYTES = 256 * 1024;
/** Images with more pixels than this (about 8000 × 5000) are not decoded: a decompression bomb stops here. */
const MAX_INPUT_PIXELS = 40_000_000;
/** The first page is drawn this wide before it is shrunk, so text stays legible after resampling. */
const PDF_RENDER_WIDTH = THUMBNAIL_SIZE * 2;

/** The types that get a thumbnail. */
export const THUMBNAIL_TYPES: ReadonlySet<`${FileType}`> = new Set(["PDF", "PNG", "JPEG", "WEBP"]);

/**
 * pdf.js calls `ArrayBuffer.prototype.transferToFixedLength` (ES2024) when it
 * draws fonts; Node 20 lacks it. A copy gives the same result to pdf.js,
 * which does not use the source buffer again. Only ever installed in the
 * worker thread that renders.
 */
function provideTransferToFixedLength(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (prototype.transferToFixedLength) return;
  Object.defineProperty(prototype, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

/** The first page of a PDF as a PNG. */
async function firstPageOfPdf(bytes: Uint8Array): Promise<Uint8Array> {
  provideTransferToFixedLength();
  const { renderPageAsImage } = await import("unpdf");
  // pdf.js takes the buffer over (detaches it): give it a copy, so the caller's bytes stay usable.
  const png = await renderPageAsImage(bytes.slice(), 1, {
    canvasImport: () => import("@napi-rs/canvas"),
    width: PDF_RENDER_WIDTH,
  });
  return new Uint8Array(png);
}

/**
 * A WebP thumbnail (at most {@link THUMBNAIL_SIZE} pixels each way, on white,
 * never enlarged) of a PDF's first page or of an image; throws when the file
 * cannot be drawn.
 */
export async function makeThumbnail(type: `${FileType}`, bytes: Uint8Array): Promise<Uint8Array> {
  if (!THUMBNAIL_TYPES.has(type)) throw new Error(`${type} files have no thumbnail.`);
  const sharp = (await import("sharp")).default;
  const source = type === "PDF" ? await firstPageOfPdf(bytes) : bytes;
  const webp = await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, animated: false })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .webp({ quality: 75 })
    .toBuffer();
  if (webp.length > THUMBNAIL_MAX_BYTES) throw new Error("The thumbnail came out too large to keep.");
  return new Uint8Array(webp);
}
