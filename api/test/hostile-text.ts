/**
 * Text that trips length checks: a teacher, a book and a rainbow flag. Eight characters as
 * PostgreSQL counts them (code points, its joiners and variation selector included), thirteen
 * UTF-16 units, and seven by validator.js's `isLength`, which skips variation selectors.
 */
export const EMOJI = "👩‍🏫📚🏳️‍🌈";

/** Text of exactly `count` characters as a varchar column counts them: emoji, padded with "x". */
export function textOfChars(count: number): string {
  const emoji = Math.floor(count / [...EMOJI].length);
  return EMOJI.repeat(emoji) + "x".repeat(count - emoji * [...EMOJI].length);
}
