/**
 * Meilisearch filter expressions from values a client sent. Every value is
 * quoted and escaped, so a value can never end its string and add its own
 * conditions (`x" OR visibility = "PRIVATE` stays one odd value that
 * matches nothing).
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** `field IN ["a", "b"]`: any of the values. */
export const anyOf = (field: string, values: readonly string[]) => `${field} IN [${values.map(quote).join(", ")}]`;

export const equals = (field: string, value: string | boolean) =>
  `${field} = ${typeof value === "boolean" ? String(value) : quote(value)}`;

export const all = (clauses: string[]) => clauses.map((clause) => `(${clause})`).join(" AND ");
export const either = (clauses: string[]) => clauses.map((clause) => `(${clause})`).join(" OR ");
