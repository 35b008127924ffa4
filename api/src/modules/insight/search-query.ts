/**
 * What of a query search demand may keep. A query is folded the way people
 * mean it (case, Unicode form, spacing), so "Phonics  KS1" and "phonics ks1"
 * count together. A query holding an email address or a phone number is
 * withheld whole rather than stripped of that token: whoever types a person's
 * address or number is almost always looking for that person, and the words
 * beside it ("mrs patel year 4") identify them as surely as the number does.
 */

/** Anything with an @ between non-space characters: stricter patterns would let `name@school` through. */
const EMAIL = /[^\s@]+@[^\s@]+/u;

/**
 * Ten to thirteen digits, optionally after a +, with single spaces, dots,
 * hyphens or brackets between them: UK numbers in every usual spelling
 * ("07700 900123", "+44 (0)20 7946 0958", "0161-496-0000"). URNs (six
 * digits) and years stay; a run of three years reads as a number and is
 * withheld, the safe side to err on.
 */
const PHONE = /(?:\+|\b)\d(?:[\s.()-]?\d){9,12}\b/u;

/** The query as it is counted: NFC, lower case, runs of white space as one space, trimmed. */
export function normaliseQuery(query: string): string {
  return query.normalize("NFC").toLocaleLowerCase("en-GB").replace(/\s+/gu, " ").trim();
}

/** Whether a normalised query names a person's email address or phone number, and so is never stored. */
export function isPersonal(query: string): boolean {
  return EMAIL.test(query) || PHONE.test(query);
}

/** The query to store: normalised, or null when it is withheld. */
export function storableQuery(query: string): string | null {
  const normalised = normaliseQuery(query);
  return isPersonal(normalised) ? null : normalised;
}
