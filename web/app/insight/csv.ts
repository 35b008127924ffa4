/**
 * CSV for the insight tables' downloads. Cells are quoted when they hold a comma, quote or line
 * break, and a cell a spreadsheet would read as a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with an apostrophe, so a school or query name cannot run code. A
 * signed whole number (a change such as "+2") is left as it is: a spreadsheet reads it as the number.
 */
export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-]\d+$/;

const guarded = (text: string) => (FORMULA_START.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text);

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : guarded(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as CSV text, lines ended with CRLF as RFC 4180 asks. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
