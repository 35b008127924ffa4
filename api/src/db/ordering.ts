import { badInput } from "../graphql/errors.js";

/**
 * Puts `item` at `position` (counted from 1) in an ordered list and numbers
 * every row again from 1. An item not yet in the list is inserted (positions
 * 1 to length + 1); one already in it is moved (1 to length). A position out
 * of range is BAD_USER_INPUT on `field`, before anything changes.
 */
export function placeAt<T extends { position: number }>(items: T[], item: T, position: number, field: string): void {
  const present = items.includes(item);
  const last = present ? items.length : items.length + 1;
  if (!Number.isInteger(position) || position < 1 || position > last) {
    throw badInput(field, `${field} must be from 1 to ${last}.`);
  }
  if (present) items.splice(items.indexOf(item), 1);
  items.splice(position - 1, 0, item);
  renumber(items);
}

/** Numbers an ordered list from 1, e.g. after a row was taken out. */
export function renumber<T extends { position: number }>(items: T[]): void {
  items.forEach((row, index) => (row.position = index + 1));
}
