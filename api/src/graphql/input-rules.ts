import { Matches, ValidateIf } from "class-validator";

/** Slugs: lower-case letters and digits joined by single hyphens, e.g. `phonics-2028`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The class-validator rule for a slug field, with the message clients see. */
export const IsSlug = () =>
  Matches(SLUG_PATTERN, { message: "must be lower-case letters and digits joined by single hyphens" });

/** A school's URN: the six-digit Unique Reference Number from Get Information About Schools. */
const URN_PATTERN = /^\d{6}$/;

/** The class-validator rule for a URN field (`each` for a list of them), with the message clients see. */
export const IsUrn = (options: { each?: boolean } = {}) =>
  Matches(URN_PATTERN, {
    each: options.each,
    message: options.each ? "each must be exactly six digits" : "must be exactly six digits",
  });

/** The field may be left out of an update, but not set to null (it has no "empty" value). */
export const OmittableButNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** In a `u` pattern a pair matches as one code point, so this finds only unpaired halves. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** False for text holding a lone UTF-16 surrogate: not a character, and not storable in PostgreSQL. */
export const isWellFormedText = (text: string) => !LONE_SURROGATE.test(text);
