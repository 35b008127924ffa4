import { HIGHLIGHT_END, HIGHLIGHT_START } from "./document.js";

export interface TextRange {
  start: number;
  length: number;
}

export interface HighlightedText {
  text: string;
  highlights: TextRange[];
  html: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/**
 * Meilisearch's formatted text, marked with private-use characters that
 * indexed text never contains, as plain text with the ranges that matched,
 * and as HTML in which everything is escaped except our own `<mark>`.
 * Meilisearch's own output is not HTML-safe: a title may contain markup.
 */
export function parseHighlights(formatted: string): HighlightedText {
  let text = "";
  let html = "";
  const highlights: TextRange[] = [];
  let open: number | undefined;
  for (const part of formatted.split(new RegExp(`([${HIGHLIGHT_START}${HIGHLIGHT_END}])`))) {
    if (part === HIGHLIGHT_START) {
      open ??= text.length;
      html += "<mark>";
    } else if (part === HIGHLIGHT_END) {
      if (open !== undefined && text.length > open) highlights.push({ start: open, length: text.length - open });
      open = undefined;
      html += "</mark>";
    } else {
      text += part;
      html += escapeHtml(part);
    }
  }
  if (open !== undefined) {
    if (text.length > open) highlights.push({ start: open, length: text.length - open });
    html += "</mark>";
  }
  return { text, highlights, html: html.replace(/<mark><\/mark>/g, "") };
}
