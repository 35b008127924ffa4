import { describe, expect, it } from "vitest";
import { normaliseQuery, storableQuery } from "./search-query.js";

describe("search demand's queries", () => {
  it("fold case, Unicode form and spacing, so one query counts as one", () => {
    expect(normaliseQuery("  Phonics \t KS1\n")).toBe("phonics ks1");
    // "é" typed as e + combining acute, and as one character.
    expect(normaliseQuery("Caf\u0065\u0301 CPD")).toBe(normaliseQuery("caf\u00e9 cpd"));
    expect(normaliseQuery("Caf\u0065\u0301")).toBe("caf\u00e9");
  });

  it("are withheld whole when they hold an email address or a phone number", () => {
    for (const personal of [
      "contact jo.bloggs@school.example",
      "head@stmarys",
      "call 07700 900123 about tutoring",
      "+44 (0)20 7946 0958",
      "0161-496-0000 behaviour",
      "07700900123",
    ]) {
      expect(storableQuery(personal), personal).toBeNull();
    }
  });

  it("keep numbers that are not phone numbers: URNs, years, key stages", () => {
    expect(storableQuery("URN 100234 reading")).toBe("urn 100234 reading");
    expect(storableQuery("KS2 SATs 2025")).toBe("ks2 sats 2025");
    expect(storableQuery("year 7 2024 2025 transition")).toBe("year 7 2024 2025 transition");
  });
});
