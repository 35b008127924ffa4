import { ArgsType, Field, Int, ObjectType } from "type-graphql";
import { IsDate, IsOptional, Max, Min } from "class-validator";
import { GraphQLDateTimeISO } from "graphql-scalars";

/** A query shows in any list only once this many different sessions searched it. */
export const SESSION_THRESHOLD = 3;
export const DEMAND_LIST_MAX = 100;

@ObjectType({
  description: `One query as search demand counts it, over the period and the view asked for. Only queries that ${SESSION_THRESHOLD} or more different sessions searched are listed.`,
})
export class DemandedQuery {
  @Field(() => String, { description: "The query as searched, normalised: lower case, spaces folded, trimmed." })
  query!: string;

  @Field(() => Int, { description: "How many times it was searched." })
  searches!: number;

  @Field(() => Int, {
    description: `How many different sessions searched it (at least ${SESSION_THRESHOLD}); a session searching it on several days counts once a day.`,
  })
  sessions!: number;

  @Field(() => Int, { description: "How many of its searches found nothing." })
  zeroResultSearches!: number;

  @Field(() => Int, { description: "How many of its searches had a result opened." })
  openedSearches!: number;
}

@ObjectType({
  description:
    "What people searched for: a network's members, or (the public view) anonymous visitors. Aggregates only: nothing names a searcher, and a query is listed only once enough different sessions searched it.",
})
export class SearchDemand {
  @Field(() => GraphQLDateTimeISO, { description: "The first day counted (UTC, from midnight)." })
  from!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "The last day counted (UTC, to midnight after it)." })
  to!: Date;

  @Field(() => Int, {
    description: `Different sessions a query needs before any list shows it (${SESSION_THRESHOLD}).`,
  })
  sessionThreshold!: number;

  @Field(() => Int, {
    description:
      "Every search counted, those whose query was withheld (an email address or phone number in it) and those below the threshold among them.",
  })
  searches!: number;

  @Field(() => Int, { description: "How many of those searches found nothing." })
  zeroResultSearches!: number;

  @Field(() => Int, { description: "How many of those searches had a result opened." })
  openedSearches!: number;

  @Field(() => [DemandedQuery], { description: "The most searched queries, most searches first." })
  topQueries!: DemandedQuery[];

  @Field(() => [DemandedQuery], {
    description: "Queries that found nothing at least once, most such searches first: what the library lacks.",
  })
  zeroResultQueries!: DemandedQuery[];

  @Field(() => [DemandedQuery], {
    description:
      "Queries that found something but whose results nobody opened, most searches first: what the library answers badly.",
  })
  unopenedQueries!: DemandedQuery[];
}

@ArgsType()
export class DemandPeriodArgs {
  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "The first day to count (its UTC date); 90 days before `to` when omitted.",
  })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "The last day to count (its UTC date); today when omitted.",
  })
  @IsOptional()
  @IsDate()
  to?: Date | null;

  @Field(() => Int, {
    defaultValue: 20,
    description: `How many queries each list holds, from 1 to ${DEMAND_LIST_MAX}.`,
  })
  @Min(1, { message: "must be at least 1" })
  @Max(DEMAND_LIST_MAX, { message: `must be at most ${DEMAND_LIST_MAX}` })
  first!: number;
}

@ArgsType()
export class NetworkDemandArgs extends DemandPeriodArgs {
  @Field(() => String, { description: "The network's slug." })
  network!: string;
}
