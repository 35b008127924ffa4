import { describe, expect, it } from "vitest";
import { strToU8 } from "fflate";
import {
  corruptPdf,
  csvWith,
  docxWith,
  mp4,
  odpWith,
  odtWith,
  picture,
  pdfWith,
  plainZip,
  png,
  pptxWith,
  shellScript,
  windowsExecutable,
  xlsxWith,
} from "../../../test/file-fixtures.js";
import { detectFileType, FileType, UnsupportedFileTypeError } from "./file-type.js";
import { extractText } from "./extraction/extract-text.js";

describe("detectFileType", () => {
  it.each([
    ["a PDF", pdfWith("x"), "notes.bin", FileType.PDF],
    ["a Word file", docxWith("x"), "file.pdf", FileType.DOCX],
    ["a PowerPoint file", pptxWith("x"), "file", FileType.PPTX],
    ["an Excel file", xlsxWith("x"), "file.docx", FileType.XLSX],
    ["an OpenDocument text", odtWith("x"), "file.txt", FileType.ODT],
    ["an OpenDocument presentation", odpWith("x"), "file.odt", FileType.ODP],
    ["an MP4 video", mp4(), "clip.mov", FileType.MP4],
    ["a CSV table", csvWith("x"), "table.csv", FileType.CSV],
    ["a PNG", png(), "photo.jpg", FileType.PNG],
    ["UTF-8 text", strToU8("Phonics — Year 1 ✓"), "readme.md", FileType.TEXT],
    ["UTF-8 text named .csv", strToU8("name,score\nAda,3\n"), "scores.csv", FileType.CSV],
  ])("recognises %s by its content, whatever its name", (_name, bytes, filename, expected) => {
    expect(detectFileType(bytes, filename)).toBe(expected);
  });

  it.each([
    ["png", FileType.PNG],
    ["jpeg", FileType.JPEG],
    ["webp", FileType.WEBP],
  ] as const)("recognises a %s picture drawn by sharp, whatever its name", async (format, expected) => {
    expect(detectFileType(await picture(format), "picture.pdf")).toBe(expected);
  });

  it.each([
    ["a renamed Windows program", windowsExecutable(), "report.pdf", /Programs/],
    ["a shell script renamed .pdf", shellScript(), "report.pdf", /Scripts/],
    ["a zip that is no document", plainZip(), "slides.pptx", /Zip archives/],
    ["binary that is not UTF-8", Uint8Array.from([0xc3, 0x28, 0x00, 0xff]), "data.csv", /cannot be attached/],
  ])("refuses %s", (_name, bytes, filename, message) => {
    expect(() => detectFileType(bytes, filename)).toThrow(UnsupportedFileTypeError);
    expect(() => detectFileType(bytes, filename)).toThrow(message);
  });
});

describe("extractText", () => {
  it.each([
    ["PDF", pdfWith("Quokka reading routine")],
    ["DOCX", docxWith("Quokka reading routine")],
    ["PPTX", pptxWith("Quokka reading routine")],
    ["XLSX", xlsxWith("Quokka reading routine")],
    ["ODT", odtWith("Quokka reading routine")],
    ["ODP", odpWith("Quokka reading routine")],
    ["CSV", csvWith("Quokka reading routine")],
  ] as const)("reads the words of a %s", async (type, bytes) => {
    expect(await extractText(type, bytes)).toContain("Quokka reading routine");
  });

  it("fails on a damaged PDF", async () => {
    await expect(extractText("PDF", corruptPdf())).rejects.toThrow();
  });
});
