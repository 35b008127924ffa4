import type { EntityManager } from "@mikro-orm/postgresql";
import { FindingKind, KeyStage, Phase, QualityReview, QualityReviewKind, ReviewService, School } from "@hub/api";
import { SeedDataError, inFile } from "./errors.js";
import { Json } from "./files.js";
import { addMonths, isoDay } from "./dates.js";
import type { Actors } from "./resources.js";
import type { Tally } from "./tally.js";

const REVIEW_KEYS: Record<string, string> = {
  schoolUrn: "school",
  hubSlug: "hub",
  reviewDate: "monthsAgo",
  findings: "findings",
};

export interface ReviewSeed {
  /** Where the review is in the file, for errors: `reviews[3]`. */
  at: string;
  hub: string;
  school: string;
  kind: QualityReviewKind;
  monthsAgo: number;
  findings: {
    kind: FindingKind;
    themeSlugs: string[];
    phase?: Phase;
    keyStage?: KeyStage;
    subjectSlug?: string;
    text: string;
  }[];
}

const FILE = "reviews.json";

/** Reads `reviews.json`: reviews of the hubs' schools, dated in months before the day of the load. */
export function readReviews(dataDir?: string): ReviewSeed[] {
  const file = Json.read(FILE, dataDir);
  return file
    .field("reviews")
    .items()
    .map((item) => {
      const monthsAgo = item.int("monthsAgo") ?? 0;
      if (monthsAgo < 1) item.fail("must be a whole number of months, at least 1", "monthsAgo");
      return {
        at: item.path,
        hub: item.str("hub"),
        school: item.str("school"),
        kind: item.oneOf("kind", QualityReviewKind),
        monthsAgo,
        findings: item
          .field("findings")
          .items()
          .map((finding) => ({
            kind: finding.oneOf("kind", FindingKind),
            themeSlugs: finding.strings("themes"),
            phase: finding.has("phase") ? finding.oneOf("phase", Phase) : undefined,
            keyStage: finding.has("keyStage") ? finding.oneOf("keyStage", KeyStage) : undefined,
            subjectSlug: finding.optStr("subject"),
            text: finding.str("text"),
          })),
      };
    });
}

/**
 * Enters each review as its hub's moderator (or lead, or the admin) through
 * the review service, so the same checks apply as in the member area. A
 * school that already has any review is left as it is: dates count back from
 * the day of the load, so a second load on another day must not add a twin.
 */
export async function loadReviews(
  em: EntityManager,
  seeds: ReviewSeed[],
  actors: Actors,
  today: Date,
  tally: Tally,
): Promise<void> {
  const reviewed = new Set<string>();
  for (const school of await em.fork().find(School, { urn: { $in: [...new Set(seeds.map((seed) => seed.school))] } })) {
    if (await em.fork().count(QualityReview, { school })) reviewed.add(school.urn);
  }
  for (const seed of seeds) {
    if (reviewed.has(seed.school)) {
      tally.skipped("quality reviews");
      continue;
    }
    const where = `seeds/data/${FILE} ${seed.at}`;
    if (seed.findings.length === 0) throw new SeedDataError(where, "findings", "a review needs at least one finding");
    await inFile(where, REVIEW_KEYS, () =>
      new ReviewService(em.fork()).create(actors.moderatorOf(seed.hub), {
        schoolUrn: seed.school,
        hubSlug: seed.hub,
        kind: seed.kind,
        reviewDate: isoDay(addMonths(today, -seed.monthsAgo)),
        findings: seed.findings,
      }),
    );
    tally.created("quality reviews");
  }
}
