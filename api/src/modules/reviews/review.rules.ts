/**
 * The checks a review's values must pass, written once for both doors in:
 * the mutations (which throw BAD_USER_INPUT on the field) and the CSV import
 * (which lists the same message against a line and column).
 */
import { HUB_KINDS, type NetworkKind } from "../organisations/index.js";
import { MAX_FINDING_THEMES, MAX_FINDINGS } from "./review-limits.js";

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today's date in England, YYYY-MM-DD: a review held this morning in London is not "in the future" at 00:30 UTC. */
export function todayInEngland(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

/** What is wrong with a review date, or null when it is a real day no later than today. */
export function reviewDateProblem(value: string, today: string = todayInEngland()): string | null {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!LOCAL_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    return "must be a date written YYYY-MM-DD";
  }
  return value > today ? `is in the future (${value}); a review is recorded once it has taken place` : null;
}

/** What is wrong with the reviewing network, or null when it is a hub. */
export function hubProblem(network: { kind: NetworkKind; name: string }): string | null {
  return HUB_KINDS.includes(network.kind) ? null : `names ${network.name}, which is not a hub or teaching school hub`;
}

/** The message for a school that is not among the reviewing hub's schools. */
export const schoolOutsideHub = (urn: string, hubName: string) =>
  `names school ${urn}, which is not one of ${hubName}'s schools`;

/** The message for a second review of one school, of one kind, on one day. */
export const reviewAlreadyRecorded = (kind: string, date: string) =>
  `is a day on which this school's ${kind} of ${date} is already recorded; add findings to that review instead`;

/** The message for a finding tagged with more themes than one may have. */
export const TOO_MANY_THEMES = `may name at most ${MAX_FINDING_THEMES} themes`;

/** The message for a finding that would take a review past the findings one may hold. */
export const reviewFull = (kind: string, date: string) =>
  `would be finding ${MAX_FINDINGS + 1} of the school's ${kind} of ${date}; a review holds at most ${MAX_FINDINGS}`;
