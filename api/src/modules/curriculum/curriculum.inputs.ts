import { Field, ID, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Matches, Min } from "class-validator";
import { Visibility } from "../../policy/index.js";
import { KeyStage, YearGroup } from "../taxonomy/index.js";
import { EntitlementStatus, Term } from "./curriculum.enums.js";
import { IsSlug, IsUrn, Chars, MaxChars } from "../../graphql/input-rules.js";

/** Statements per unit, each list. */
export const MAX_STATEMENTS = 100;
export const STATEMENT_MAX_LENGTH = 1000;
export const MAX_LINKED_RESOURCES = 50;

@InputType({ description: "A new curriculum entitlement: version 1 of a series, as a draft." })
export class CreateCurriculumEntitlementInput {
  @Field(() => String, { description: "The slug of the subject network that will own it." })
  @Chars(1, 120)
  networkSlug!: string;

  @Field(() => String, { description: "The subject's slug, e.g. `history`." })
  @Chars(1, 60)
  subjectSlug!: string;

  @Field(() => KeyStage, { description: "The key stage it covers." })
  @IsEnum(KeyStage)
  keyStage!: KeyStage;

  @Field(() => String, { description: "The title, e.g. 'Key Stage 3 history'." })
  @Chars(3, 200)
  title!: string;

  @Field(() => String, { description: "The series slug every version will share, e.g. `ks3-history`." })
  @Chars(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: "Why the curriculum is shaped as it is, as Markdown (at most 100 KB).",
  })
  @IsOptional()
  @IsString()
  rationale?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Who may see it once agreed; NETWORK unless given." })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}

@InputType({ description: "Changes to a draft entitlement's own details. Fields left out stay as they are." })
export class UpdateCurriculumEntitlementInput {
  @Field(() => ID, { description: "The draft entitlement's ID." })
  @IsString()
  entitlementId!: string;

  @Field(() => String, { nullable: true, description: "The new title." })
  @IsOptional()
  @Chars(3, 200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "The new rationale, as Markdown (at most 100 KB)." })
  @IsOptional()
  @IsString()
  rationale?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Who may see it once agreed." })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}

@InputType({ description: "An entitlement series, by its slug." })
export class EntitlementSeriesInput {
  @Field(() => String, { description: "The series slug, e.g. `ks3-history`." })
  @Chars(1, 120)
  slug!: string;
}

@InputType({ description: "One version of an entitlement series." })
export class EntitlementVersionInput extends EntitlementSeriesInput {
  @Field(() => Int, { description: "The version number." })
  @IsInt()
  @Min(1)
  version!: number;
}

@InputType({ description: "A new unit for a draft entitlement." })
export class AddCurriculumUnitInput {
  @Field(() => ID, { description: "The draft entitlement's ID." })
  @IsString()
  entitlementId!: string;

  @Field(() => Int, { nullable: true, description: "Where to put the unit, from 1; at the end unless given." })
  @IsOptional()
  @IsInt()
  position?: number | null;

  @Field(() => String, { description: "The unit's title." })
  @Chars(2, 200)
  title!: string;

  @Field(() => YearGroup, { description: "The year group, within the entitlement's key stage." })
  @IsEnum(YearGroup)
  yearGroup!: YearGroup;

  @Field(() => Term, { description: "The term." })
  @IsEnum(Term)
  term!: Term;

  @Field(() => String, { nullable: true, description: "What the unit is about." })
  @IsOptional()
  @MaxChars(2000)
  summary?: string | null;

  @Field(() => [String], { nullable: true, description: "Knowledge statements, in order." })
  @IsOptional()
  @ArrayMaxSize(MAX_STATEMENTS)
  @Chars(1, STATEMENT_MAX_LENGTH, { each: true })
  knowledge?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Skills statements, in order." })
  @IsOptional()
  @ArrayMaxSize(MAX_STATEMENTS)
  @Chars(1, STATEMENT_MAX_LENGTH, { each: true })
  skills?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Slugs of resources that teach the unit." })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKED_RESOURCES)
  @IsString({ each: true })
  linkedResourceSlugs?: string[] | null;
}

@InputType({ description: "Changes to a unit of a draft entitlement. Fields left out stay as they are." })
export class UpdateCurriculumUnitInput {
  @Field(() => ID, { description: "The unit's ID." })
  @IsString()
  unitId!: string;

  @Field(() => String, { nullable: true, description: "The new title." })
  @IsOptional()
  @Chars(2, 200)
  title?: string | null;

  @Field(() => YearGroup, { nullable: true, description: "The new year group." })
  @IsOptional()
  @IsEnum(YearGroup)
  yearGroup?: YearGroup | null;

  @Field(() => Term, { nullable: true, description: "The new term." })
  @IsOptional()
  @IsEnum(Term)
  term?: Term | null;

  @Field(() => String, { nullable: true, description: "The new summary." })
  @IsOptional()
  @MaxChars(2000)
  summary?: string | null;

  @Field(() => [String], { nullable: true, description: "The knowledge statements, replacing the old list." })
  @IsOptional()
  @ArrayMaxSize(MAX_STATEMENTS)
  @Chars(1, STATEMENT_MAX_LENGTH, { each: true })
  knowledge?: string[] | null;

  @Field(() => [String], { nullable: true, description: "The skills statements, replacing the old list." })
  @IsOptional()
  @ArrayMaxSize(MAX_STATEMENTS)
  @Chars(1, STATEMENT_MAX_LENGTH, { each: true })
  skills?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Slugs of the resources that teach the unit, replacing the old list.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKED_RESOURCES)
  @IsString({ each: true })
  linkedResourceSlugs?: string[] | null;
}

@InputType({ description: "A unit of a draft entitlement, by ID." })
export class CurriculumUnitRefInput {
  @Field(() => ID, { description: "The unit's ID." })
  @IsString()
  unitId!: string;
}

@InputType({ description: "Moves a unit of a draft entitlement to another place in the order." })
export class MoveCurriculumUnitInput extends CurriculumUnitRefInput {
  @Field(() => Int, { description: "The unit's new position, from 1 to the number of units." })
  @IsInt()
  toPosition!: number;
}

@InputType({ description: "Records which version of an entitlement a school teaches." })
export class RecordEntitlementAdoptionInput {
  @Field(() => String, { description: "The school's six-digit URN." })
  @IsUrn()
  schoolUrn!: string;

  @Field(() => String, { description: "The entitlement series slug." })
  @Chars(1, 120)
  slug!: string;

  @Field(() => Int, { description: "The agreed (or superseded) version the school teaches." })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { description: "The day the school began teaching it, as YYYY-MM-DD." })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date as YYYY-MM-DD" })
  adoptedOn!: string;

  @Field(() => String, { nullable: true, description: "How the school adapts the entitlement to its context." })
  @IsOptional()
  @MaxChars(10_000)
  localNotes?: string | null;
}

@InputType({ description: "Narrows a list of entitlement versions." })
export class CurriculumEntitlementFilter {
  @Field(() => String, { nullable: true, description: "Only this subject, by slug." })
  @IsOptional()
  @Chars(1, 60)
  subjectSlug?: string | null;

  @Field(() => KeyStage, { nullable: true, description: "Only this key stage." })
  @IsOptional()
  @IsEnum(KeyStage)
  keyStage?: KeyStage | null;

  @Field(() => String, { nullable: true, description: "Only entitlements owned by this network, by slug." })
  @IsOptional()
  @Chars(1, 120)
  networkSlug?: string | null;

  @Field(() => EntitlementStatus, { nullable: true, description: "Only versions in this state." })
  @IsOptional()
  @IsEnum(EntitlementStatus)
  status?: EntitlementStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True: only entitlements of networks you contribute to, whose drafts you may edit (every network for admins; none for the public).",
  })
  @IsOptional()
  @IsBoolean()
  contributedByMe?: boolean | null;
}
