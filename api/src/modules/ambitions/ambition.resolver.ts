import { Arg, Ctx, FieldResolver, Mutation, ObjectType, Field, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Network } from "../organisations/index.js";
import { Taxonomy } from "../taxonomy/index.js";
import { SharedAmbition } from "./shared-ambition.entity.js";
import { CreateAmbitionInput, UpdateAmbitionInput } from "./ambition.inputs.js";
import { AmbitionService } from "./ambition.service.js";

@ObjectType({ description: "The result of `createAmbition` or `updateAmbition`." })
export class AmbitionPayload {
  @Field(() => SharedAmbition, { description: "The ambition as it is now." })
  ambition!: SharedAmbition;
}

@Resolver(() => SharedAmbition)
export class SharedAmbitionResolver {
  @Query(() => SharedAmbition, {
    nullable: true,
    description: "A shared ambition by its slug, or null when there is none.",
  })
  ambition(@Arg("slug", () => String) slug: string, @Ctx() { em }: Context): Promise<SharedAmbition | null> {
    return new AmbitionService(em).bySlug(slug);
  }

  @Query(() => [SharedAmbition], {
    description: "Shared ambitions in each network's order: one network's, or every network's grouped by network name.",
  })
  ambitions(
    @Arg("networkSlug", () => String, {
      nullable: true,
      description: "Only the ambitions of the network with this slug.",
    })
    networkSlug: string | null,
    @Ctx() { em }: Context,
  ): Promise<SharedAmbition[]> {
    return new AmbitionService(em).list(networkSlug);
  }

  @FieldResolver(() => Network, { description: "The network that set the ambition." })
  network(@Root() ambition: SharedAmbition): Promise<Network> {
    return ambition.network.loadOrFail({ dataloader: true });
  }

  @Mutation(() => AmbitionPayload, {
    description: "Sets a new shared ambition for a network (its moderators and leads, and admins).",
  })
  async createAmbition(
    @Arg("input", () => CreateAmbitionInput, { validate: false }) input: CreateAmbitionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AmbitionPayload> {
    return { ambition: await new AmbitionService(em).create(viewer, input) };
  }

  @Mutation(() => AmbitionPayload, {
    description: "Changes or reorders a shared ambition (the network's moderators and leads, and admins).",
  })
  async updateAmbition(
    @Arg("input", () => UpdateAmbitionInput, { validate: false }) input: UpdateAmbitionInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AmbitionPayload> {
    return { ambition: await new AmbitionService(em).update(viewer, input) };
  }
}

@Resolver(() => Network)
export class NetworkAmbitionsResolver {
  @FieldResolver(() => [SharedAmbition], { description: "The goals the network has set for its schools, in order." })
  ambitions(@Root() network: Network, @Ctx() { em }: Context): Promise<SharedAmbition[]> {
    return new AmbitionService(em).ofNetwork(network);
  }
}

@Resolver(() => Taxonomy)
export class TaxonomyAmbitionsResolver {
  @FieldResolver(() => [SharedAmbition], {
    description: "Every network's shared ambitions, grouped by network name and in each network's order.",
  })
  ambitions(@Ctx() { em }: Context): Promise<SharedAmbition[]> {
    return new AmbitionService(em).list();
  }
}
