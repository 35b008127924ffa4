import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { Theme } from "../taxonomy/index.js";
import { School } from "../organisations/index.js";
import { QualityReviewKind } from "../reviews/index.js";
import { InsightPeriodView } from "./network-insight.types.js";

/** How a theme's place in a network's reviews moved against the previous period of equal length. */
export enum ThemeChange {
  NEW = "NEW",
  GONE = "GONE",
  UP = "UP",
  DOWN = "DOWN",
  SAME = "SAME",
}

registerEnumType(ThemeChange, {
  name: "ThemeChange",
  description: "How a theme's count in a network's reviews moved against the previous period of equal length.",
  valuesConfig: {
    NEW: { description: "Found in the period and not in the previous one." },
    GONE: { description: "Found in the previous period and not in this one." },
    UP: { description: "Found at more schools than before (or at as many, in more findings)." },
    DOWN: { description: "Found at fewer schools than before (or at as many, in fewer findings)." },
    SAME: { description: "Found at as many schools, in as many findings, as before." },
  },
});

@ObjectType({
  description:
    "One finding of a review quoted in a review summary, with the school and the day of its review. Quoted only to people who may read that review.",
})
export class ReviewQuote {
  @Field(() => String, { description: "What the review said." })
  text!: string;

  @Field(() => School, { description: "The school reviewed." })
  school!: School;

  @Field(() => GraphQLLocalDate, { description: "The day of the review." })
  reviewDate!: string;

  @Field(() => QualityReviewKind, { description: "The kind of review." })
  reviewKind!: QualityReviewKind;
}

@ObjectType({
  description:
    "One theme as a network's reviews found it, as strengths or as areas for development: how many schools and findings, then and now, and a few findings quoted.",
})
export class ReviewSummaryTheme {
  @Field(() => Theme, { description: "The theme." })
  theme!: Theme;

  @Field(() => Int, { description: "Different schools with a finding of this kind on the theme in the period." })
  schools!: number;

  @Field(() => Int, { description: "Findings of this kind on the theme in the period." })
  findings!: number;

  @Field(() => Int, { description: "`schools` in the previous period." })
  previousSchools!: number;

  @Field(() => Int, { description: "`findings` in the previous period." })
  previousFindings!: number;

  @Field(() => ThemeChange, { description: "How the theme moved against the previous period." })
  change!: ThemeChange;

  @Field(() => [ReviewQuote], {
    description:
      "Up to three of the period's findings on the theme, most recent review first (then by finding), from the reviews the viewer may read: their school's staff, the reviewing hub's moderators and leads, and admins. Empty for everyone else, who see the counts only.",
  })
  quotes!: ReviewQuote[];
}

@ObjectType({
  description:
    "A network's quality reviews summed up for a period: the themes found strong and to develop, most frequent first, how each moved since the previous period, and representative findings quoted for those who may read them. Compiled from the reviews' own data.",
})
export class NetworkReviewSummary extends InsightPeriodView {
  @Field(() => Int, {
    description: "Reviews of the network's schools in the period (with a finding of the phase asked).",
  })
  reviews!: number;

  @Field(() => Int, { description: "`reviews` in the previous period." })
  previousReviews!: number;

  @Field(() => [ReviewSummaryTheme], {
    description:
      "Themes found as strengths in either period: most schools first, then most findings, then in the taxonomy's order (so themes gone since the previous period come last).",
  })
  strengths!: ReviewSummaryTheme[];

  @Field(() => [ReviewSummaryTheme], { description: "Themes found as areas for development, in the same order." })
  developments!: ReviewSummaryTheme[];
}
