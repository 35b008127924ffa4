import { badInput } from "../../graphql/errors.js";
import { charCount } from "../../graphql/input-rules.js";

export const TAG_MAX_LENGTH = 40;
export const MAX_TAGS = 20;

/**
 * The stored form of a free tag: NFC, no leading '#', single inner spaces,
 * lower case, so "#Teach  Meet" and "teach meet" are one tag. Throws
 * BAD_USER_INPUT on `field` when nothing is left or the tag is too long.
 */
export function normaliseTag(raw: string, field = "tags"): string {
  const tag = raw.normalize("NFC").trim().replace(/^#+/, "").trim().replace(/\s+/g, " ").toLocaleLowerCase("en-GB");
  if (tag === "") {
    throw badInput(field, `${field} must not contain an empty tag`);
  }
  if (charCount(tag) > TAG_MAX_LENGTH) {
    throw badInput(field, `${field} must be at most ${TAG_MAX_LENGTH} characters each; "${tag}" is longer`);
  }
  return tag;
}

/** Normalises each tag and drops repeats, keeping first-seen order; at most {@link MAX_TAGS} distinct tags. */
export function normaliseTags(raw: string[], field: string): string[] {
  const tags = [...new Set(raw.map((tag) => normaliseTag(tag, field)))];
  if (tags.length > MAX_TAGS) {
    throw badInput(field, `${field} must have at most ${MAX_TAGS} tags; ${tags.length} were given`);
  }
  return tags;
}
