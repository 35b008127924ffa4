// A fixed time zone keeps the server's rendering and the browser's hydration identical.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  timeZone: "Europe/London",
});

const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "numeric", minute: "2-digit", timeZone: "Europe/London" });

/** Formats an ISO 8601 date-time, or a plain date such as 2026-03-12, as, for example, "3 December 2007". */
export function formatDate(iso: string): string {
  // A plain date is a calendar day, not an instant: read it at noon so no time zone moves it.
  return dateFormat.format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso));
}

const clockFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** The time of day of an ISO 8601 date-time in UK time, on the 24-hour clock, e.g. "09:05" or "14:02". */
export function formatTime(iso: string): string {
  return clockFormat.format(new Date(iso));
}

/** "3 March 2026 at 14:02" (UK time). */
export function formatDateAndTime(iso: string): string {
  return `${formatDate(iso)} at ${formatTime(iso)}`;
}

/** "Tuesday 3 March 2026, 09:30 to 15:00" (UK time), naming the end day only when it differs. */
export function formatEventTime(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const sameDay = dateFormat.format(start) === dateFormat.format(end);
  return `${dateTimeFormat.format(start)} to ${sameDay ? timeFormat.format(end) : dateTimeFormat.format(end)}`;
}
