import { Matches, ValidateBy, ValidateIf, isEmail, type ValidationArguments } from "class-validator";

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

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
/** In a `u` pattern a pair matches as one code point, so this finds only unpaired halves. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** False for text holding a lone UTF-16 surrogate: not a character, and not storable in PostgreSQL. */
export const isWellFormedText = (text: string) => !LONE_SURROGATE.test(text);

/**
 * The length of text as PostgreSQL counts it for `varchar(n)`: in characters (Unicode code
 * points), so an emoji outside the Basic Multilingual Plane is one, not two UTF-16 units.
 */
export const charCount = (text: string) => text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);

/** What is wrong with one value's length, or undefined when it fits. */
function lengthProblem(value: unknown, min: number, max: number): string | undefined {
  if (typeof value !== "string") return "must be text";
  const length = charCount(value);
  if (length > max) return `must be at most ${max} characters (it has ${length})`;
  if (min === 0) return undefined;
  const kept = charCount(value.trim());
  if (kept === 0) return "must not be blank";
  if (kept < min) return `must be at least ${min} characters`;
  return undefined;
}

/**
 * The one length rule for text inputs: at most `max` characters, counted as the column that stores
 * the text counts them (see `charCount`), and, when `min` is above 0, at least `min` characters
 * besides surrounding white space, which services trim off: a name of spaces alone is refused
 * rather than stored as "". With `each`, every item of a list is measured.
 */
export const Chars = (min: number, max: number, options: { each?: boolean } = {}) =>
  ValidateBy(
    {
      name: "chars",
      constraints: [min, max],
      validator: {
        validate: (value: unknown) => lengthProblem(value, min, max) === undefined,
        defaultMessage: ({ value }: ValidationArguments) => {
          if (!options.each || !Array.isArray(value)) return lengthProblem(value, min, max) ?? "is invalid";
          const index = value.findIndex((item) => lengthProblem(item, min, max) !== undefined);
          return `item ${index} ${lengthProblem(value[index], min, max)}`;
        },
      },
    },
    { each: options.each },
  );

/** `Chars` with no lower bound: for text that may be empty, or whose emptiness another rule decides. */
export const MaxChars = (max: number, options: { each?: boolean } = {}) => Chars(0, max, options);

/**
 * An email address, checked without throwing: validator.js measures addresses with
 * `encodeURI`, which throws "URI malformed" on a lone surrogate instead of saying no.
 */
export const IsEmailAddress = () =>
  ValidateBy({
    name: "isEmailAddress",
    validator: {
      validate: (value: unknown) => typeof value === "string" && isWellFormedText(value) && isEmail(value),
      defaultMessage: () => "must be a valid email address",
    },
  });
