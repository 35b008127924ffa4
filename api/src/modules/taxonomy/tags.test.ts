import { describe, expect, it } from "vitest";
import { MAX_TAGS, TAG_MAX_LENGTH, normaliseTag, normaliseTags } from "./tags.js";

describe("normaliseTag", () => {
  it.each([
    ["  Phonics ", "phonics"],
    ["#Teach  Meet", "teach meet"],
    ["##  Learn\tand\nLead ", "learn and lead"],
    ["KS2 SATs", "ks2 sats"],
    ["Café", "café"],
    ["Cafe\u0301", "café"],
  ])("turns %j into %j", (raw, expected) => {
    expect(normaliseTag(raw)).toBe(expected);
  });

  it("keeps a tag of exactly the maximum length", () => {
    const tag = "a".repeat(TAG_MAX_LENGTH);
    expect(normaliseTag(`  ${tag.toUpperCase()}  `)).toBe(tag);
  });

  it.each(["", "   ", "#", " ## "])("refuses %j as empty, naming the caller's field", (raw) => {
    expect(() => normaliseTag(raw, "input.tags")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", field: "input.tags" }),
    );
  });

  it("refuses a tag longer than the maximum after normalising", () => {
    expect(() => normaliseTag("x".repeat(TAG_MAX_LENGTH + 1), "tags")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", field: "tags" }),
    );
    expect(normaliseTag(`#  ${"x".repeat(TAG_MAX_LENGTH)}  `)).toHaveLength(TAG_MAX_LENGTH);
  });
});

describe("normaliseTags", () => {
  it("drops repeats after normalising and keeps first-seen order", () => {
    expect(normaliseTags(["Oracy", "#phonics", " oracy", "Teach Meet", "PHONICS"], "tags")).toEqual([
      "oracy",
      "phonics",
      "teach meet",
    ]);
  });

  it("accepts no tags", () => {
    expect(normaliseTags([], "tags")).toEqual([]);
  });

  it(`allows ${MAX_TAGS} distinct tags, counting repeats once`, () => {
    const tags = Array.from({ length: MAX_TAGS }, (_, index) => `tag ${index}`);
    expect(normaliseTags([...tags, "TAG 0", "#tag 1"], "tags")).toHaveLength(MAX_TAGS);
  });

  it("refuses more distinct tags than allowed, naming the field", () => {
    const tags = Array.from({ length: MAX_TAGS + 1 }, (_, index) => `tag ${index}`);
    expect(() => normaliseTags(tags, "input.tags")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", field: "input.tags" }),
    );
  });

  it("refuses the whole list when one tag is empty", () => {
    expect(() => normaliseTags(["oracy", " # "], "tags")).toThrow(
      expect.objectContaining({ code: "BAD_USER_INPUT", field: "tags" }),
    );
  });
});
