// An event's times are typed as wall-clock times in its own time zone (a datetime-local box holds
// no zone), while the API stores instants. These two functions convert between the two.

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function partsIn(instant: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  return Object.fromEntries(
    parts.filter((part) => part.type !== "literal").map((part) => [part.type, Number(part.value)]),
  );
}

/** How far ahead of UTC the zone's clocks are at this instant, in milliseconds. */
function offsetAt(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p["year"]!, p["month"]! - 1, p["day"]!, p["hour"]!, p["minute"]!);
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** "2026-03-12T09:30" as the clocks in the zone show this instant, for a datetime-local box. */
export function toZonedInput(iso: string, timeZone: string): string {
  const p = partsIn(new Date(iso), timeZone);
  return `${p["year"]}-${pad(p["month"]!)}-${pad(p["day"]!)}T${pad(p["hour"]!)}:${pad(p["minute"]!)}`;
}

/**
 * The instant (ISO 8601, UTC) at which the zone's clocks show "2026-03-12T09:30", or null when
 * the text is not such a time. A time skipped when the clocks go forward lands an hour later.
 */
export function fromZonedInput(local: string, timeZone: string): string | null {
  const match = LOCAL_DATE_TIME.exec(local.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offset at a first guess, then at the corrected instant: twice covers a change of clocks between them.
  let instant = wall - offsetAt(new Date(wall), timeZone);
  instant = wall - offsetAt(new Date(instant), timeZone);
  return new Date(instant).toISOString();
}
