import { Field, InputType, Int } from "type-graphql";
import { IsInt, IsOptional, IsString, Max, Min } from "class-validator";
import { IsSlug, OmittableButNotNull, Chars, MaxChars } from "../../graphql/input-rules.js";
import { AMBITION_DESCRIPTION_MAX_LENGTH } from "./shared-ambition.entity.js";

export const EARLIEST_TARGET_YEAR = 2000;
export const LATEST_TARGET_YEAR = 2100;

@InputType({ description: "A new shared ambition for a network." })
export class CreateAmbitionInput {
  @Field(() => String, { description: "Slug of the network that sets the ambition; you must moderate or lead it." })
  @Chars(1, 120)
  networkSlug!: string;

  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `phonics-2028`. It never changes." })
  @Chars(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => String, { description: "The ambition in a few words." })
  @Chars(3, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: "What it means and how it is measured (plain text)." })
  @IsOptional()
  @IsString()
  @MaxChars(AMBITION_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @Field(() => Int, { description: "The year by which to reach it." })
  @IsInt()
  @Min(EARLIEST_TARGET_YEAR)
  @Max(LATEST_TARGET_YEAR)
  targetYear!: number;

  @Field(() => Int, { nullable: true, description: "The share of pupils it aims for, 1 to 100; left out for none." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  targetPercentage?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Where to put it among the network's ambitions, from 1; at the end when left out.",
  })
  @IsOptional()
  @IsInt()
  position?: number | null;
}

@InputType({ description: "Changes to a shared ambition; fields left out stay as they are. Its slug never changes." })
export class UpdateAmbitionInput {
  @Field(() => String, { description: "The ambition's slug." })
  @Chars(1, 120)
  slug!: string;

  @Field(() => String, { nullable: true, description: "A new title." })
  @OmittableButNotNull()
  @Chars(3, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: "A new description; null or empty removes it." })
  @IsOptional()
  @IsString()
  @MaxChars(AMBITION_DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @Field(() => Int, { nullable: true, description: "A new target year." })
  @OmittableButNotNull()
  @IsInt()
  @Min(EARLIEST_TARGET_YEAR)
  @Max(LATEST_TARGET_YEAR)
  targetYear?: number;

  @Field(() => Int, { nullable: true, description: "A new target percentage, 1 to 100; null removes it." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  targetPercentage?: number | null;

  @Field(() => Int, { nullable: true, description: "A new place among the network's ambitions, from 1." })
  @OmittableButNotNull()
  @IsInt()
  position?: number;
}
