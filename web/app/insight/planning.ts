import type { NetworkMatchesQuery, PlanItemFieldsFragment } from "@hub/schema";

/** What the matches and plan sections show: the matches, and the plan when the viewer may see it. */
export interface ActionPlanning {
  readonly matches: NetworkMatchesQuery["networkMatches"];
  /** Null for viewers the plan is not for (it belongs to the network's moderators and leads). */
  readonly plan: readonly PlanItemFieldsFragment[] | null;
}

export type MatchTierName = ActionPlanning["matches"]["themes"][number]["tiers"][number]["tier"];

export const TIER_HEADINGS: Readonly<Record<MatchTierName, string>> = {
  NETWORK: "In the network",
  PARTNER: "In partner networks",
  NATIONAL: "Nationally",
};
