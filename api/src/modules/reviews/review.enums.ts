import { registerEnumType } from "type-graphql";

/**
 * The kinds of quality review a hub carries out. Their values are those of
 * an Area of Excellence's `sourceReview`, so a strength proposed from a
 * review names the same kind.
 */
export enum QualityReviewKind {
  QAR = "QAR",
  MLQAR = "MLQAR",
}

registerEnumType(QualityReviewKind, {
  name: "QualityReviewKind",
  description: "The kind of quality review a hub carried out.",
  valuesConfig: {
    QAR: { description: "A Quality Assurance Review of the school's leadership, curriculum and teaching." },
    MLQAR: { description: "A Middle Leaders Quality Assurance Review, led by and for middle leaders." },
  },
});

/** Whether a finding is something that went well or something to develop. */
export enum FindingKind {
  STRENGTH = "STRENGTH",
  AREA_FOR_DEVELOPMENT = "AREA_FOR_DEVELOPMENT",
}

registerEnumType(FindingKind, {
  name: "FindingKind",
  description: "Whether a review's finding is a strength or an area for development.",
  valuesConfig: {
    STRENGTH: { description: "What went well: a strength the review found." },
    AREA_FOR_DEVELOPMENT: { description: "Even better if: something the review found the school could develop." },
  },
});
