import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { Phase, Theme } from "../taxonomy/index.js";
import { School } from "../organisations/index.js";
import { AreaOfExcellence, ExcellenceEvent } from "../excellence/index.js";
import { Resource } from "../resources/index.js";

import { MATCH_LIMITS } from "./match-limits.js";

export { MATCH_LIMITS } from "./match-limits.js";

/** How near a strong school is to the network that needs its practice. */
export enum MatchTier {
  NETWORK = "NETWORK",
  PARTNER = "PARTNER",
  NATIONAL = "NATIONAL",
}

registerEnumType(MatchTier, {
  name: "MatchTier",
  description: "How near a strong school is to the network looking for help, nearest first.",
  valuesConfig: {
    NETWORK: { description: "One of the network's own schools." },
    PARTNER: { description: "A school of a network paired with it (see `pairNetworks`), and not its own." },
    NATIONAL: { description: "Any other school." },
  },
});

@ObjectType({ description: "A school strong in a theme the network needs, with what it offers on it." })
export class MatchedSchool {
  @Field(() => School, { description: "The school." })
  school!: School;

  @Field(() => [AreaOfExcellence], {
    description: `Its validated Areas of Excellence on the theme in force in the period, by title (at most ${MATCH_LIMITS.areasPerSchool}). Contact details follow the Area of Excellence's own rule.`,
  })
  areasOfExcellence!: AreaOfExcellence[];

  @Field(() => Boolean, {
    description:
      "Whether a review of the period that you may read found the theme a strength of the school. Reviews you may not read never place a school here.",
  })
  reviewStrength!: boolean;

  @Field(() => [ExcellenceEvent], {
    description: `Its upcoming events (hosted by it, or showing one of its Areas of Excellence) that you may see, soonest first (at most ${MATCH_LIMITS.eventsPerSchool}).`,
  })
  upcomingEvents!: ExcellenceEvent[];
}

@ObjectType({ description: "The schools of one tier strong in a theme." })
export class MatchTierSchools {
  @Field(() => MatchTier, { description: "Which tier." })
  tier!: MatchTier;

  @Field(() => [MatchedSchool], {
    description: `The tier's strong schools: those with more Areas of Excellence on the theme first, then more review strengths, then by name (at most ${MATCH_LIMITS.schoolsPerTier}).`,
  })
  schools!: MatchedSchool[];

  @Field(() => Int, { description: "How many strong schools the tier has in all, listed or not." })
  totalSchools!: number;
}

@ObjectType({ description: "One of the network's areas for development, and where it can learn." })
export class ThemeMatches {
  @Field(() => Theme, { description: "The theme." })
  theme!: Theme;

  @Field(() => Int, {
    description: "How many of the network's schools have it as an area for development in a review of the period.",
  })
  developmentSchools!: number;

  @Field(() => [MatchTierSchools], {
    description:
      "The strong schools, in tiers: the network's own, then partner networks', then national. A tier with no strong school is left out.",
  })
  tiers!: MatchTierSchools[];

  @Field(() => [Resource], {
    description: `The library's resources on the theme that you may see, most recently published first (at most ${MATCH_LIMITS.resourcesPerTheme}).`,
  })
  resources!: Resource[];
}

@ObjectType({
  description:
    "Matches for action planning: for each theme the network's schools have to develop, the schools strong in it, nearest first, with their Areas of Excellence, contacts, events and resources.",
})
export class NetworkMatches {
  @Field(() => GraphQLLocalDate, { description: "The first day counted." })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: "The last day counted." })
  to!: string;

  @Field(() => Phase, { nullable: true, description: "The phase counted, when one was asked for." })
  phase!: Phase | null;

  @Field(() => [ThemeMatches], {
    description: "Each theme at least one of the network's schools has to develop, in the taxonomy's order.",
  })
  themes!: ThemeMatches[];
}
