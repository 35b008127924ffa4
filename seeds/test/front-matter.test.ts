import { describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readResources } from "../src/dataset/resources.js";

const GOOD = `---
slug: a-good-guide
title: A good guide
summary: Short and clear.
type: GUIDE
subjects: english
phases: PRIMARY
keyStages: KS1
themes: cpd
licence: CC_BY_4_0
visibility: PUBLIC
status: PUBLISHED
network: nlt-english
authors: amara.okafor@example.org
links: EEF | https://example.org/eef; Another | https://example.org/x
publishedAt: 2025-10-14
---
# Body

Text.
`;

/** Reads one resource file written into a scratch data folder. */
function read(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "seed-data-"));
  mkdirSync(join(dir, "resources"));
  writeFileSync(join(dir, "resources", "guide.md"), text);
  return () => readResources(dir);
}

describe("resource files", () => {
  it("parses the front matter and keeps the Markdown body", () => {
    const [seed] = read(GOOD)();
    expect(seed!.input).toMatchObject({
      slug: "a-good-guide",
      subjectSlugs: ["english"],
      keyStages: ["KS1"],
      links: [
        { title: "EEF", url: "https://example.org/eef" },
        { title: "Another", url: "https://example.org/x" },
      ],
    });
    expect(seed!.input.body).toBe("# Body\n\nText.\n");
    expect(seed!.publishedAt?.toISOString().slice(0, 10)).toBe("2025-10-14");
  });

  it.each([
    ["an unknown enum value", GOOD.replace("type: GUIDE", "type: LEAFLET"), /guide\.md: type: "LEAFLET" is not one of/],
    ["a missing required key", GOOD.replace("title: A good guide\n", ""), /guide\.md: title: is required/],
    ["a misspelt key", GOOD.replace("themes:", "theme:"), /guide\.md: theme: is not a key/],
    [
      "a closed licence made public",
      GOOD.replace("CC_BY_4_0", "ALL_RIGHTS_RESERVED"),
      /guide\.md: licence: .*cannot be PUBLIC/,
    ],
    ["a bad date", GOOD.replace("2025-10-14", "2025-13-01"), /guide\.md: publishedAt: .*YYYY-MM-DD/],
    ["a draft with a publication date", GOOD.replace("status: PUBLISHED", "status: DRAFT"), /guide\.md: publishedAt:/],
    [
      "a related file that does not exist",
      GOOD.replace("authors:", "related: nowhere\nauthors:"),
      /guide\.md: related: .*nowhere/,
    ],
    ["no closing line", GOOD.replace(/\n---\n# Body/, "\n# Body"), /guide\.md: front matter: has no closing line/],
  ])("refuses %s, naming the file and the field", (_name, text, message) => {
    expect(read(text)).toThrow(message);
  });
});
