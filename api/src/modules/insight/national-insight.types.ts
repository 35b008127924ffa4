import { Field, Int, ObjectType } from "type-graphql";
import { SUPPRESSION_THRESHOLD } from "../../policy/index.js";
import { Theme } from "../taxonomy/index.js";
import { Network } from "../organisations/index.js";
import { InsightPeriodView } from "./network-insight.types.js";

const SUPPRESSED = `null when drawn from fewer than ${SUPPRESSION_THRESHOLD} schools and not shown to the viewer (see \`suppressed\`)`;

@ObjectType({
  description: `One theme's counts of schools in the national view, each ${SUPPRESSED}.`,
})
export class SuppressedThemeInsight {
  @Field(() => Theme, { description: "The theme." })
  theme!: Theme;

  @Field(() => Int, { nullable: true, description: `Schools strong in the theme in the period; ${SUPPRESSED}.` })
  strengthSchools!: number | null;

  @Field(() => Int, { nullable: true, description: `Schools with it to develop in the period; ${SUPPRESSED}.` })
  developmentSchools!: number | null;

  @Field(() => Int, { nullable: true, description: `\`strengthSchools\` for the previous period; ${SUPPRESSED}.` })
  previousStrengthSchools!: number | null;

  @Field(() => Int, { nullable: true, description: `\`developmentSchools\` for the previous period; ${SUPPRESSED}.` })
  previousDevelopmentSchools!: number | null;

  @Field(() => Boolean, {
    description: `Whether any count of the row is withheld ("fewer than ${SUPPRESSION_THRESHOLD}").`,
  })
  suppressed!: boolean;
}

@ObjectType({
  description: `One theme's counts in one hub, in the national view; counts from 1 or 2 schools are withheld unless the viewer belongs to the hub. A flat row (not a list inside each hub) so a client asks for every hub's themes in one short query and a CSV is these rows.`,
})
export class HubThemeInsight extends SuppressedThemeInsight {
  @Field(() => Network, { description: "The hub (or teaching school hub)." })
  hub!: Network;
}

@ObjectType({
  description: `Theme counts across every hub's schools, for national partnership leads and admins; any count drawn from fewer than ${SUPPRESSION_THRESHOLD} schools is withheld outside the hub it belongs to.`,
})
export class NationalInsight extends InsightPeriodView {
  @Field(() => Int, {
    description: `The fewest schools a count shown to everyone is drawn from (${SUPPRESSION_THRESHOLD}).`,
  })
  suppressionThreshold!: number;

  @Field(() => [SuppressedThemeInsight], {
    description: "Each theme across the schools of all hubs (a school in two hubs counts once).",
  })
  themes!: SuppressedThemeInsight[];

  @Field(() => [HubThemeInsight], {
    description:
      "The same per hub: by hub name, then in the taxonomy's order; a hub with nothing to count has no rows.",
  })
  hubThemes!: HubThemeInsight[];
}
