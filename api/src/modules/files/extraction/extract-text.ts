import { strFromU8, unzipSync } from "fflate";
import type { FileType } from "../file-type.js";

/** Inflating more than this from one office file stops extraction: a zip bomb gets no further. */
const MAX_INFLATED_BYTES = 100 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of the given elements (e.g. `a:t`), one per line per paragraph. */
function textOfElements(xml: string, element: string, paragraph: string): string {
  const pieces: string[] = [];
  const pattern = new RegExp(`<${element}(?:\\s[^>]*)?>([^<]*)</${element}>|</${paragraph}>`, "g");
  for (const match of xml.matchAll(pattern)) pieces.push(match[1] === undefined ? "\n" : decodeEntities(match[1]));
  return pieces
    .join("")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Entries of a zip whose names pass `wanted`, inflated within the overall limit. */
function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, string> {
  let budget = MAX_INFLATED_BYTES;
  const entries = unzipSync(bytes, {
    filter: (file) => {
      if (!wanted(file.name)) return false;
      budget -= file.originalSize;
      if (budget < 0) throw new Error("The file expands to more than 100 MB; it was not read.");
      return true;
    },
  });
  return Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, strFromU8(data)]));
}

/** `ppt/slides/slide10.xml` after `slide9.xml`. */
const byNumberIn = (a: string, b: string) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]);

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  // pdf.js takes the buffer over (detaches it): give it a copy, so the caller's bytes stay usable.
  const document = await getDocumentProxy(bytes.slice());
  try {
    const { text } = await extractText(document, { mergePages: true });
    return text;
  } finally {
    await document.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import("mammoth")).default;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

function pptxText(bytes: Uint8Array): string {
  const slides = unzipEntries(bytes, (name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  return Object.keys(slides)
    .sort(byNumberIn)
    .map((name) => textOfElements(slides[name]!, "a:t", "a:p"))
    .join("\n\n");
}

function xlsxText(bytes: Uint8Array): string {
  const parts = unzipEntries(
    bytes,
    (name) => name === "xl/sharedStrings.xml" || /^xl\/worksheets\/sheet\d+\.xml$/.test(name),
  );
  const shared = parts["xl/sharedStrings.xml"] ? textOfElements(parts["xl/sharedStrings.xml"], "t", "si") : "";
  const inline = Object.keys(parts)
    .filter((name) => name.startsWith("xl/worksheets/"))
    .sort(byNumberIn)
    .map((name) => textOfElements(parts[name]!, "t", "is"));
  return [shared, ...inline].filter(Boolean).join("\n");
}

function openDocumentText(bytes: Uint8Array): string {
  const content = unzipEntries(bytes, (name) => name === "content.xml")["content.xml"];
  if (!content) throw new Error("The document has no content.xml.");
  const withBreaks = content.replace(/<\/text:(p|h)>|<text:line-break\/>/g, "\n").replace(/<text:tab\/>/g, "\t");
  return decodeEntities(withBreaks.replace(/<[^>]+>/g, ""))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The readable text of a file of a type that has some. Throws when the file cannot be read. */
export async function extractText(type: `${FileType}`, bytes: Uint8Array): Promise<string> {
  switch (type) {
    case "PDF":
      return pdfText(bytes);
    case "DOCX":
      return docxText(bytes);
    case "PPTX":
      return pptxText(bytes);
    case "XLSX":
      return xlsxText(bytes);
    case "ODT":
    case "ODP":
      return openDocumentText(bytes);
    case "TEXT":
    case "CSV":
      return new TextDecoder("utf-8").decode(bytes);
    default:
      throw new Error(`${type} files have no text to read.`);
  }
}
