import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Network, School } from "../organisations/index.js";
import { Theme } from "../taxonomy/index.js";
import { AreaOfExcellence } from "../excellence/index.js";
import { User } from "../accounts/index.js";
import { NetworkInsightArgs } from "../insight/index.js";
import { PlanItem } from "./plan-item.entity.js";
import { CreatePlanItemInput, PlanItemRefInput, UpdatePlanItemInput } from "./plan.inputs.js";
import { PlanItemPayload, RemovePlanItemPayload } from "./plan.types.js";
import { MAX_PLAN_ITEMS, PlanService } from "./plan.service.js";
import { MatchesService } from "./matches.service.js";
import { NetworkMatches } from "./matches.types.js";

@Resolver(() => PlanItem)
export class PlanItemResolver {
  @FieldResolver(() => Network, { description: "The network whose plan it is." })
  network(@Root() item: PlanItem): Promise<Network> {
    return item.network.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Theme, { description: "The theme (an area for development) it addresses." })
  theme(@Root() item: PlanItem): Promise<Theme> {
    return item.theme.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => School, { nullable: true, description: "The school to learn from, when one was matched." })
  async school(@Root() item: PlanItem): Promise<School | null> {
    return item.school ? item.school.loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => AreaOfExcellence, {
    nullable: true,
    description: "The matched school's Area of Excellence to learn from, when one was chosen.",
  })
  async areaOfExcellence(@Root() item: PlanItem): Promise<AreaOfExcellence | null> {
    return item.areaOfExcellence ? item.areaOfExcellence.loadOrFail({ dataloader: true }) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: "Who added it (null once their account is gone)." })
  async createdBy(@Root() item: PlanItem): Promise<User | null> {
    return item.createdBy ? item.createdBy.loadOrFail({ dataloader: true }) : null;
  }

  @Query(() => [PlanItem], {
    description: `A network's action plan, soonest due first (undated last), then oldest first; at most ${MAX_PLAN_ITEMS} items. For the network's moderators and leads, and admins.`,
  })
  networkPlan(
    @Arg("network", () => String, { description: "The network's slug." }) network: string,
    @Ctx() { em, viewer }: Context,
  ): Promise<PlanItem[]> {
    return new PlanService(em).ofNetwork(viewer, network);
  }

  @Query(() => NetworkMatches, {
    description:
      "Matches for action planning: for each of a network's areas for development in the period, the schools strong in it (the network's own, then partner networks', then national), with what you may see of their Areas of Excellence, contacts, upcoming events and resources. For the network's members, moderators and leads, and admins.",
  })
  networkMatches(
    @Args(() => NetworkInsightArgs) { network, ...period }: NetworkInsightArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<NetworkMatches> {
    return new MatchesService(em, viewer).ofNetwork(network, period);
  }

  @Mutation(() => PlanItemPayload, {
    description:
      "Adds an item to a network's action plan, often from a match (the network's moderators and leads; admins).",
  })
  async createPlanItem(
    @Arg("input", () => CreatePlanItemInput, { validate: false }) input: CreatePlanItemInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<PlanItemPayload> {
    return { planItem: await new PlanService(em).create(viewer, input) };
  }

  @Mutation(() => PlanItemPayload, {
    description: "Changes a plan item's note, owner or due date (the network's moderators and leads; admins).",
  })
  async updatePlanItem(
    @Arg("input", () => UpdatePlanItemInput, { validate: false }) input: UpdatePlanItemInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<PlanItemPayload> {
    return { planItem: await new PlanService(em).update(viewer, input) };
  }

  @Mutation(() => RemovePlanItemPayload, {
    description: "Removes an item from a network's action plan (the network's moderators and leads; admins).",
  })
  async removePlanItem(
    @Arg("input", () => PlanItemRefInput, { validate: false }) input: PlanItemRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<RemovePlanItemPayload> {
    return { removedId: await new PlanService(em).remove(viewer, input) };
  }
}
