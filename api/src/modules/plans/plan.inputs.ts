import { Field, ID, InputType } from "type-graphql";
import { IsOptional, IsString } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Chars, IsSlug, IsUrn, MaxChars, OmittableButNotNull } from "../../graphql/input-rules.js";
import { PLAN_NOTE_MAX_LENGTH, PLAN_OWNER_MAX_LENGTH } from "./plan-item.entity.js";

/** Owner and due date, shared by `createPlanItem` and `updatePlanItem` (null clears them there); never used on its own, so not in the schema. */
@InputType({ description: "Owner and due date fields shared by plan item inputs." })
abstract class PlanItemScheduleInput {
  @Field(() => String, { nullable: true, description: `Who owns it (at most ${PLAN_OWNER_MAX_LENGTH} characters).` })
  @IsOptional()
  @IsString()
  @MaxChars(PLAN_OWNER_MAX_LENGTH)
  owner?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "When it is due: no more than a year before today (in England).",
  })
  @IsOptional()
  @IsString()
  dueOn?: string | null;
}

@InputType({ description: "A new item of a network's action plan, often made from a match." })
export class CreatePlanItemInput extends PlanItemScheduleInput {
  @Field(() => String, { description: "The slug of the network whose plan it joins." })
  @IsSlug()
  networkSlug!: string;

  @Field(() => String, { description: "The slug of the theme it addresses; the `themes` query lists them." })
  @IsSlug()
  themeSlug!: string;

  @Field(() => String, { nullable: true, description: "The URN of the school to learn from, when there is one." })
  @IsOptional()
  @IsUrn()
  schoolUrn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The slug of a validated Area of Excellence to learn from; its school is the one matched (`schoolUrn`, when given, must be it).",
  })
  @IsOptional()
  @IsSlug()
  areaOfExcellenceSlug?: string | null;

  @Field(() => String, { description: `What is to be done (1 to ${PLAN_NOTE_MAX_LENGTH} characters).` })
  @IsString()
  @Chars(1, PLAN_NOTE_MAX_LENGTH)
  note!: string;
}

@InputType({ description: "Changes to a plan item. Fields left out stay as they are; null clears owner or due date." })
export class UpdatePlanItemInput extends PlanItemScheduleInput {
  @Field(() => ID, { description: "The plan item's ID." })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: `What is to be done (1 to ${PLAN_NOTE_MAX_LENGTH} characters).` })
  @OmittableButNotNull()
  @IsString()
  @Chars(1, PLAN_NOTE_MAX_LENGTH)
  note?: string;
}

@InputType({ description: "Names one plan item." })
export class PlanItemRefInput {
  @Field(() => ID, { description: "The plan item's ID." })
  @IsString()
  id!: string;
}
