import { registerEnumType } from "type-graphql";
import { strFromU8, unzipSync } from "fflate";

/** The kinds of file an attachment may be, told apart by their content. */
export enum FileType {
  PDF = "PDF",
  DOCX = "DOCX",
  PPTX = "PPTX",
  XLSX = "XLSX",
  ODT = "ODT",
  ODP = "ODP",
  PNG = "PNG",
  JPEG = "JPEG",
  WEBP = "WEBP",
  MP4 = "MP4",
  TEXT = "TEXT",
  CSV = "CSV",
}

interface FileTypeFacts {
  mimeType: string;
  label: string;
  /** Shown in the browser rather than saved: only formats browsers render without running content. */
  inline: boolean;
}

export const FILE_TYPES: Record<FileType, FileTypeFacts> = {
  PDF: { mimeType: "application/pdf", label: "PDF document", inline: true },
  DOCX: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "Word document",
    inline: false,
  },
  PPTX: {
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "PowerPoint presentation",
    inline: false,
  },
  XLSX: {
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    label: "Excel spreadsheet",
    inline: false,
  },
  ODT: { mimeType: "application/vnd.oasis.opendocument.text", label: "OpenDocument text", inline: false },
  ODP: {
    mimeType: "application/vnd.oasis.opendocument.presentation",
    label: "OpenDocument presentation",
    inline: false,
  },
  PNG: { mimeType: "image/png", label: "PNG image", inline: true },
  JPEG: { mimeType: "image/jpeg", label: "JPEG image", inline: true },
  WEBP: { mimeType: "image/webp", label: "WebP image", inline: true },
  MP4: { mimeType: "video/mp4", label: "MP4 video", inline: false },
  TEXT: { mimeType: "text/plain; charset=utf-8", label: "Plain text", inline: false },
  CSV: { mimeType: "text/csv; charset=utf-8", label: "CSV table", inline: false },
};

registerEnumType(FileType, {
  name: "FileType",
  description: "What an attachment is, as found from its content (never from its name or claimed type).",
  valuesConfig: Object.fromEntries(
    Object.entries(FILE_TYPES).map(([type, facts]) => [type, { description: `${facts.label} (${facts.mimeType}).` }]),
  ),
});

/** Files with no text to read. */
export const WITHOUT_TEXT: ReadonlySet<FileType> = new Set([FileType.PNG, FileType.JPEG, FileType.WEBP, FileType.MP4]);

/** The content is not one of the accepted kinds. */
export class UnsupportedFileTypeError extends Error {
  override readonly name = "UnsupportedFileTypeError";
}

export const ACCEPTED_TYPES_TEXT =
  "PDF, Word (DOCX), PowerPoint (PPTX), Excel (XLSX), OpenDocument text or presentation (ODT, ODP), PNG, JPEG, WebP, MP4, plain text or CSV";

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/** ISO base media brands that are MP4 video (not QuickTime, HEIF images or audio-only M4A). */
const MP4_BRANDS = new Set([
  "isom",
  "iso2",
  "iso3",
  "iso4",
  "iso5",
  "iso6",
  "mp41",
  "mp42",
  "avc1",
  "M4V ",
  "dash",
  "mmp4",
  "MSNV",
]);

/** Entries of an OpenDocument package's `mimetype` that are accepted. */
const OPEN_DOCUMENT: Record<string, FileType> = {
  "application/vnd.oasis.opendocument.text": FileType.ODT,
  "application/vnd.oasis.opendocument.presentation": FileType.ODP,
};

/** Office Open XML packages are told apart by the folder holding their main part. */
const OFFICE_FOLDERS: [string, FileType][] = [
  ["word/", FileType.DOCX],
  ["ppt/", FileType.PPTX],
  ["xl/", FileType.XLSX],
];

/** A zip holding an OpenDocument or Office Open XML package, else refused. */
function zipPackageType(bytes: Uint8Array): FileType {
  const names: string[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    // Lists every entry but inflates only a small `mimetype`: a zip bomb is never expanded here.
    entries = unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return file.name === "mimetype" && file.originalSize <= 200;
      },
    });
  } catch {
    throw new UnsupportedFileTypeError("The file looks like a zip archive but cannot be read: it may be damaged.");
  }
  const mimetype = entries["mimetype"];
  if (mimetype) {
    const type = OPEN_DOCUMENT[strFromU8(mimetype).trim()];
    if (type) return type;
  }
  if (names.includes("[Content_Types].xml")) {
    for (const [folder, type] of OFFICE_FOLDERS) {
      if (names.some((name) => name.startsWith(folder))) return type;
    }
  }
  throw new UnsupportedFileTypeError(
    "Zip archives are accepted only as Word, PowerPoint, Excel or OpenDocument files; this one is none of those.",
  );
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a file is, from its bytes alone: magic numbers for PDF, images and
 * video; for zips, what the package holds; otherwise UTF-8 text without NUL
 * bytes. The file name only chooses between plain text and CSV once the bytes
 * are known to be text. Anything else (an executable, a script renamed .pdf,
 * an archive) is refused with {@link UnsupportedFileTypeError}.
 */
export function detectFileType(bytes: Uint8Array, filename: string): FileType {
  if (startsWith(bytes, ascii("%PDF-"))) return FileType.PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return FileType.PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return FileType.JPEG;
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return FileType.WEBP;
  if (startsWith(bytes, ascii("ftyp"), 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (MP4_BRANDS.has(brand)) return FileType.MP4;
    throw new UnsupportedFileTypeError(`Only MP4 video is accepted; this is a "${brand.trim()}" media file.`);
  }
  if (startsWith(bytes, ascii("PK\u0003\u0004"))) return zipPackageType(bytes);
  if (startsWith(bytes, ascii("MZ"))) {
    throw new UnsupportedFileTypeError("Programs (Windows executables) cannot be attached.");
  }
  if (bytes.length > 0 && isPlainText(bytes)) {
    if (startsWith(bytes, ascii("#!"))) throw new UnsupportedFileTypeError("Scripts cannot be attached.");
    return /\.csv$/i.test(filename) ? FileType.CSV : FileType.TEXT;
  }
  throw new UnsupportedFileTypeError(`This kind of file cannot be attached. Accepted: ${ACCEPTED_TYPES_TEXT}.`);
}
