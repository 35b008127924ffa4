import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { IsEnum, IsOptional, IsString } from "class-validator";
import { GraphQLLocalDate } from "graphql-scalars";
import { Phase, Theme } from "../taxonomy/index.js";
import { School } from "../organisations/index.js";
import { CurriculumEntitlement } from "../curriculum/index.js";

@ObjectType({
  description:
    "One school-improvement theme across a network's schools: how many are strong in it and how many have it to develop, in the period asked for and in the period of equal length just before, so a client can show the change.",
})
export class ThemeInsight {
  @Field(() => Theme, { description: "The theme." })
  theme!: Theme;

  @Field(() => Int, {
    description:
      "Different schools of the network with the theme as a review strength in the period, or a validated Area of Excellence on it that was in force at some time in the period.",
  })
  strengthSchools!: number;

  @Field(() => Int, {
    description:
      "Different schools of the network with the theme as an area for development in a review of the period.",
  })
  developmentSchools!: number;

  @Field(() => Int, { description: "`strengthSchools` for the previous period." })
  previousStrengthSchools!: number;

  @Field(() => Int, { description: "`developmentSchools` for the previous period." })
  previousDevelopmentSchools!: number;
}

@ObjectType({
  description:
    "One agreed curriculum entitlement of the network, and which of the schools it is for teach it: the agreed version, an older one, or none. The schools are the network's own, or its parent trust's when it has one.",
})
export class EntitlementInsight {
  @Field(() => CurriculumEntitlement, { description: "The agreed version of the entitlement." })
  entitlement!: CurriculumEntitlement;

  @Field(() => [School], { description: "Schools teaching the agreed version (or a later one), by name." })
  agreedSchools!: School[];

  @Field(() => [School], { description: "Schools teaching an older version of it, by name." })
  olderVersionSchools!: School[];

  @Field(() => [School], { description: "Schools that have recorded teaching no version of it, by name." })
  notTeachingSchools!: School[];
}

/** The period and phase an insight view counts, shared by the network and national views; never used on its own, so not in the schema. */
@ObjectType({ description: "The period and phase an insight view counts." })
export abstract class InsightPeriodView {
  @Field(() => GraphQLLocalDate, { description: "The first day counted." })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: "The last day counted." })
  to!: string;

  @Field(() => GraphQLLocalDate, {
    description: "The first day of the previous period (as long, ending the day before `from`).",
  })
  previousFrom!: string;

  @Field(() => GraphQLLocalDate, { description: "The last day of the previous period: the day before `from`." })
  previousTo!: string;

  @Field(() => Phase, { nullable: true, description: "The phase counted, when one was asked for." })
  phase!: Phase | null;
}

@ObjectType({
  description:
    "Aggregates of a network's schools for planning: counts only, no review text. For the network's members, moderators and leads, and admins.",
})
export class NetworkInsight extends InsightPeriodView {
  @Field(() => Int, { description: "How many schools the network has." })
  schools!: number;

  @Field(() => Int, {
    description:
      "How many of them had a quality review in the period (with the phase asked for); 0 means the counts below say nothing yet.",
  })
  reviewedSchools!: number;

  @Field(() => [ThemeInsight], {
    description:
      "The themes some school of the network is strong in or has to develop, in either period; in the taxonomy's order.",
  })
  themes!: ThemeInsight[];

  @Field(() => [EntitlementInsight], {
    description: "Each agreed curriculum entitlement the network owns (that the viewer may see), by title.",
  })
  coverage!: EntitlementInsight[];
}

@ArgsType()
export class InsightPeriodArgs {
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The first day to count; a year before `to` when omitted.",
  })
  @IsOptional()
  @IsString()
  from?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The last day to count; today (in England) when omitted.",
  })
  @IsOptional()
  @IsString()
  to?: string | null;

  @Field(() => Phase, {
    nullable: true,
    description:
      "Count only findings about this phase (a finding naming no phase counts as its school's) and Areas of Excellence in it.",
  })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase | null;
}

@ArgsType()
export class NetworkInsightArgs extends InsightPeriodArgs {
  @Field(() => String, { description: "The network's slug: a hub, a trust or any network with member schools." })
  @IsString()
  network!: string;
}
