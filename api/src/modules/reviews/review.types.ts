import { Field, ID, Int, ObjectType } from "type-graphql";
import { connectionTypes } from "../../graphql/relay.js";
import { AreaOfExcellence } from "../excellence/index.js";
import { QualityReview } from "./quality-review.entity.js";
import { ReviewFinding } from "./review-finding.entity.js";

export const { ConnectionType: QualityReviewConnection } = connectionTypes(QualityReview, "quality reviews");

@ObjectType({ description: "The result of a mutation that changes a quality review or its findings." })
export class QualityReviewPayload {
  @Field(() => QualityReview, { description: "The review as it is now." })
  qualityReview!: QualityReview;

  @Field(() => ReviewFinding, {
    nullable: true,
    description: "The finding added or changed, for `addReviewFinding` and `updateReviewFinding`; null otherwise.",
  })
  finding?: ReviewFinding | null;
}

@ObjectType({ description: "The result of `deleteQualityReview`." })
export class DeleteQualityReviewPayload {
  @Field(() => ID, { description: "The ID of the review deleted, with all its findings." })
  deletedId!: string;
}

@ObjectType({ description: "The result of `proposeAreaOfExcellenceFromFinding`." })
export class ProposeFromFindingPayload {
  @Field(() => AreaOfExcellence, { description: "The Area of Excellence proposed (private until a hub validates it)." })
  areaOfExcellence!: AreaOfExcellence;

  @Field(() => ReviewFinding, { description: "The strength it was proposed from, now linked to it." })
  finding!: ReviewFinding;
}

@ObjectType({ description: "One thing wrong with a CSV import, at a line and column." })
export class ReviewImportProblem {
  @Field(() => Int, { description: "The line of the file, counting the header as line 1." })
  line!: number;

  @Field(() => String, {
    description: "The column's header name, e.g. `review_date`; empty when the whole line is at fault.",
  })
  column!: string;

  @Field(() => String, { description: "What is wrong, in words a person can act on." })
  message!: string;
}

@ObjectType({ description: "What a CSV import found, and whether it imported anything." })
export class QualityReviewImportResult {
  @Field(() => Boolean, { description: "Whether this was only a check." })
  dryRun!: boolean;

  @Field(() => Boolean, {
    description: "Whether the rows were imported: only when not a dry run and no row has a problem.",
  })
  imported!: boolean;

  @Field(() => Int, { description: "How many reviews the rows make (imported, or that would be)." })
  reviewCount!: number;

  @Field(() => Int, { description: "How many findings the rows hold (imported, or that would be)." })
  findingCount!: number;

  @Field(() => [ReviewImportProblem], {
    description: "Every problem found, by line then column; empty when all is well.",
  })
  problems!: ReviewImportProblem[];
}
