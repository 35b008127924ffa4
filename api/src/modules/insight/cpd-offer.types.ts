import { Field, Int, ObjectType } from "type-graphql";
import { CpdStage, Theme } from "../taxonomy/index.js";
import { InsightPeriodView } from "./network-insight.types.js";

@ObjectType({ description: "How much of a network's offer on one theme serves one stage of professional development." })
export class CpdStageOffer {
  @Field(() => CpdStage, { description: "The stage." })
  stage!: CpdStage;

  @Field(() => Int, { description: "Resources of the offer on the theme that serve the stage." })
  resources!: number;

  @Field(() => Int, { description: "Events of the offer on the theme that serve the stage." })
  events!: number;
}

@ObjectType({
  description:
    "One theme the network's schools have to develop, against the network's offer on it: its resources and events, in all and per stage of professional development.",
})
export class CpdThemeOffer {
  @Field(() => Theme, { description: "The theme." })
  theme!: Theme;

  @Field(() => Int, {
    description:
      "Different schools of the network with the theme as an area for development in a review of the period.",
  })
  developmentSchools!: number;

  @Field(() => Int, { description: "Resources of the offer on the theme, whatever stage they serve (or none)." })
  resources!: number;

  @Field(() => Int, { description: "Events of the offer on the theme, whatever stage they serve (or none)." })
  events!: number;

  @Field(() => [CpdStageOffer], {
    description:
      "Every stage of professional development, in the golden thread's order, with what serves it (often 0).",
  })
  stages!: CpdStageOffer[];
}

@ObjectType({
  description: `The network's professional development offer against the themes its schools have to develop, stage by stage, so a hub sees where its offer is thin. The offer is what the viewer may see of: resources published by the end of the period and owned by the network, shared with it or coming from one of its schools; and events held in the period or after it that show an Area of Excellence (events reach themes through it) and are hosted by the network, by one of its schools or show one of its schools' Areas of Excellence. With a phase, only resources for that phase (or naming none) and events whose Area of Excellence is in it. Drafts, material in review and archived resources are never counted.`,
})
export class NetworkCpdOffer extends InsightPeriodView {
  @Field(() => Int, { description: "Resources in the network's offer, on any theme or none." })
  offeredResources!: number;

  @Field(() => Int, { description: "Events in the network's offer (those showing an Area of Excellence)." })
  offeredEvents!: number;

  @Field(() => [CpdThemeOffer], {
    description: "Each theme some school of the network has to develop in the period, in the taxonomy's order.",
  })
  themes!: CpdThemeOffer[];
}
