import { markdownToPlainText } from "../resources/index.js";

/**
 * iCalendar (RFC 5545) export of one event: a VCALENDAR holding one VEVENT,
 * times in UTC, text escaped, CRLF line endings and lines folded at 75 octets.
 */

export interface IcsEvent {
  uuid: string;
  slug: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  venue: string | null;
  onlineUrl: string | null;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** `20261123T093000Z`: a UTC date-time, as DTSTART, DTEND and DTSTAMP want it. */
export function icsDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8");
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

export function eventToIcs(event: IcsEvent, publicWebUrl: string, now: Date = new Date()): string {
  const pageUrl = `${publicWebUrl.replace(/\/+$/, "")}/events/${event.slug}`;
  const host = new URL(publicWebUrl).hostname || "localhost";
  // Calendars show descriptions as plain text: the Markdown's words, without its marks.
  const description = markdownToPlainText(event.description);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//School Network Hub//Events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${event.uuid}@${host}`,
    `DTSTAMP:${icsDateTime(now)}`,
    `LAST-MODIFIED:${icsDateTime(event.updatedAt)}`,
    `DTSTART:${icsDateTime(event.startsAt)}`,
    `DTEND:${icsDateTime(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.onlineUrl ? `${description}\n\nJoin online: ${event.onlineUrl}` : description)}`,
    ...(event.venue ? [`LOCATION:${escapeText(event.venue)}`] : []),
    `URL:${event.onlineUrl ?? pageUrl}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
