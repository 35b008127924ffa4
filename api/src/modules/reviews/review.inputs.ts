import { Field, ID, InputType } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { KeyStage, Phase } from "../taxonomy/index.js";
import { IsSlug, IsUrn, OmittableButNotNull } from "../../graphql/input-rules.js";
import { FINDING_TEXT_MAX_LENGTH } from "./review-finding.entity.js";
import { FindingKind, QualityReviewKind } from "./review.enums.js";
import { MAX_FINDING_THEMES, MAX_FINDINGS } from "./review-limits.js";
import { TOO_MANY_THEMES } from "./review.rules.js";

/** A CSV import's size limit: a hub's year of reviews is a few hundred rows. */
export const IMPORT_MAX_CHARACTERS = 2_000_000;

@InputType({ description: "One finding of a review: a strength or an area for development." })
export class ReviewFindingInput {
  @Field(() => FindingKind, {
    description: "A strength ('what went well') or an area for development ('even better if').",
  })
  @IsEnum(FindingKind)
  kind!: FindingKind;

  @Field(() => [String], {
    description: `Slugs of the themes it is about (at least one, at most ${MAX_FINDING_THEMES}); the \`themes\` query lists them.`,
  })
  @ArrayMinSize(1, { message: "must name at least one theme" })
  @ArrayMaxSize(MAX_FINDING_THEMES, { message: TOO_MANY_THEMES })
  @IsString({ each: true })
  themeSlugs!: string[];

  @Field(() => Phase, { nullable: true, description: "The phase it is about, when it is about one." })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase | null;

  @Field(() => KeyStage, { nullable: true, description: "The key stage it is about, when it is about one." })
  @IsOptional()
  @IsEnum(KeyStage)
  keyStage?: KeyStage | null;

  @Field(() => String, {
    nullable: true,
    description: "The slug of the subject it is about; the `subjects` query lists them.",
  })
  @IsOptional()
  @IsString()
  subjectSlug?: string | null;

  @Field(() => String, { description: `What the review said, briefly (3 to ${FINDING_TEXT_MAX_LENGTH} characters).` })
  @IsString()
  @Length(3, FINDING_TEXT_MAX_LENGTH)
  text!: string;
}

@InputType({ description: "A new quality review of a school by one of its hubs, with its findings." })
export class CreateQualityReviewInput {
  @Field(() => String, { description: "The URN of the school reviewed; it must be one of the hub's schools." })
  @IsUrn()
  schoolUrn!: string;

  @Field(() => String, { description: "The slug of the hub (or teaching school hub) that carried out the review." })
  @IsSlug()
  hubSlug!: string;

  @Field(() => QualityReviewKind, { description: "The kind of review." })
  @IsEnum(QualityReviewKind)
  kind!: QualityReviewKind;

  @Field(() => GraphQLLocalDate, { description: "The day it took place; not in the future." })
  @IsString()
  reviewDate!: string;

  @Field(() => [ReviewFindingInput], {
    nullable: true,
    description: `Its findings (at most ${MAX_FINDINGS}); more can be added later with \`addReviewFinding\`.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_FINDINGS, { message: `may hold at most ${MAX_FINDINGS} findings` })
  findings?: ReviewFindingInput[] | null;
}

@InputType({ description: "Changes to a review's kind or date. Fields left out stay as they are." })
export class UpdateQualityReviewInput {
  @Field(() => ID, { description: "The review's ID." })
  @IsString()
  id!: string;

  @Field(() => QualityReviewKind, { nullable: true, description: "A new kind." })
  @OmittableButNotNull()
  @IsEnum(QualityReviewKind)
  kind?: QualityReviewKind;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "A new date; not in the future." })
  @OmittableButNotNull()
  @IsString()
  reviewDate?: string;
}

@InputType({ description: "Names one quality review." })
export class QualityReviewRefInput {
  @Field(() => ID, { description: "The review's ID." })
  @IsString()
  id!: string;
}

@InputType({ description: "A finding added to an existing review." })
export class AddReviewFindingInput extends ReviewFindingInput {
  @Field(() => ID, { description: "The review's ID." })
  @IsString()
  reviewId!: string;
}

@InputType({
  description: "Changes to a finding. Fields left out stay as they are; null clears phase, key stage or subject.",
})
export class UpdateReviewFindingInput {
  @Field(() => ID, { description: "The finding's ID." })
  @IsString()
  id!: string;

  @Field(() => FindingKind, { nullable: true, description: "A new kind." })
  @OmittableButNotNull()
  @IsEnum(FindingKind)
  kind?: FindingKind;

  @Field(() => [String], {
    nullable: true,
    description: `Replaces the themes (slugs; at least one, at most ${MAX_FINDING_THEMES}).`,
  })
  @OmittableButNotNull()
  @ArrayMinSize(1, { message: "must name at least one theme" })
  @ArrayMaxSize(MAX_FINDING_THEMES, { message: TOO_MANY_THEMES })
  @IsString({ each: true })
  themeSlugs?: string[];

  @Field(() => Phase, { nullable: true, description: "A new phase; null clears it." })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase | null;

  @Field(() => KeyStage, { nullable: true, description: "A new key stage; null clears it." })
  @IsOptional()
  @IsEnum(KeyStage)
  keyStage?: KeyStage | null;

  @Field(() => String, { nullable: true, description: "A new subject slug; null clears it." })
  @IsOptional()
  @IsString()
  subjectSlug?: string | null;

  @Field(() => String, { nullable: true, description: "New text." })
  @OmittableButNotNull()
  @IsString()
  @Length(3, FINDING_TEXT_MAX_LENGTH)
  text?: string;
}

@InputType({ description: "Names one finding of a review." })
export class ReviewFindingRefInput {
  @Field(() => ID, { description: "The finding's ID." })
  @IsString()
  id!: string;
}

@InputType({
  description:
    "A strength of a review put forward as an Area of Excellence. Its school, themes, review kind and date come from the review.",
})
export class ProposeAreaOfExcellenceFromFindingInput {
  @Field(() => ID, { description: "The ID of the finding (a strength)." })
  @IsString()
  findingId!: string;

  @Field(() => String, { description: "What the school is strong at, e.g. 'Early reading and phonics'." })
  @Length(3, 200)
  title!: string;

  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `camden-primary-early-reading`." })
  @Length(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => String, { description: "One or two sentences on the strength (10 to 300 characters)." })
  @Length(10, 300)
  summary!: string;

  @Field(() => String, {
    description: "The evidence, in Markdown; a line naming the review it came from is added at its end.",
  })
  @IsString()
  @Length(1, 90_000)
  evidence!: string;

  @Field(() => Phase, {
    nullable: true,
    description: "The phase of the strength; the finding's phase, or else the school's, when left out.",
  })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase | null;

  @Field(() => String, { nullable: true, description: "The review's overall estimate, if it gave one." })
  @IsOptional()
  @MaxLength(120)
  overallEstimate?: string | null;

  @Field(() => ID, { nullable: true, description: "The contact's user ID; you, when left out." })
  @IsOptional()
  @IsString()
  contactId?: string | null;
}

@InputType({ description: "A CSV of review findings for one hub, checked (dry run) or imported." })
export class ImportQualityReviewsInput {
  @Field(() => String, { description: "The slug of the hub (or teaching school hub) that carried out the reviews." })
  @IsSlug()
  hubSlug!: string;

  @Field(() => String, {
    description:
      "The CSV text, UTF-8, one finding a row, with the header `school_urn,review_kind,review_date,finding_kind,themes,phase,key_stage,subject,text`.",
  })
  @IsString()
  @MaxLength(IMPORT_MAX_CHARACTERS)
  csv!: string;

  @Field(() => Boolean, {
    defaultValue: true,
    description: "true (the default): only check the rows and report; false: import them, if every row is good.",
  })
  @IsBoolean()
  dryRun!: boolean;
}
