/** Dates in the data are relative to the day of the load, so "upcoming" events stay upcoming on a fresh start. */

/** Midnight UTC of the day `date` falls on. */
export const startOfDay = (date: Date) =>
  new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

/** `YYYY-MM-DD` of a date (UTC). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function londonOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const hours = /GMT([+-]\d+)/.exec(name ?? "")?.[1];
  return hours ? Number(hours) * 60 : 0;
}

/** The instant it is `HH:MM` in London on the (UTC) day given. */
export function londonTime(day: Date, time: string): Date {
  const [hours, minutes] = time.split(":").map(Number);
  const asIfUtc = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes);
  return new Date(asIfUtc - londonOffsetMinutes(new Date(asIfUtc)) * 60_000);
}
