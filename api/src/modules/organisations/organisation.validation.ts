/** Upper case, with one space before the inward code: `nw12db` becomes `NW1 2DB`. */
export function normalisePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, "").toUpperCase();
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** User text as a LIKE pattern matching it literally (its wildcards escaped). */
export function likeExactly(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A LIKE pattern for text containing the user's text literally. */
export function likeContaining(text: string): string {
  return `%${likeExactly(text)}%`;
}
