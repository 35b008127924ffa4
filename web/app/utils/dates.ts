// A fixed time zone keeps the server's rendering and the browser's hydration identical.
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** Formats an ISO 8601 date-time as, for example, "3 December 2007". */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}
