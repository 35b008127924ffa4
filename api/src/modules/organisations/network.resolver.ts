import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { OrganisationOrder } from "./organisation.order.js";
import type { Context } from "../../graphql/context.js";
import { PageArgs, connectionTypes, type Connection } from "../../graphql/relay.js";
import {
  AddSchoolsToNetworkInput,
  CreateNetworkInput,
  NetworkPairInput,
  RemoveSchoolFromNetworkInput,
  UpdateNetworkInput,
} from "./organisation.inputs.js";
import {
  AddSchoolsToNetworkPayload,
  CreateNetworkPayload,
  NetworkPairPayload,
  RemoveSchoolFromNetworkPayload,
  UpdateNetworkPayload,
} from "./organisation.types.js";
import { NetworkKind } from "./network-kind.js";
import { Region } from "../taxonomy/index.js";
import { Network } from "./network.entity.js";
import { NetworkService } from "./network.service.js";
import type { School } from "./school.entity.js";
import { SchoolConnection } from "./school.resolver.js";
import { SchoolService } from "./school.service.js";

export const { ConnectionType: NetworkConnection } = connectionTypes(Network, "networks");

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { nullable: true, description: "A network by its slug, or null when there is none." })
  network(@Arg("slug", () => String) slug: string, @Ctx() { em }: Context): Promise<Network | null> {
    return new NetworkService(em).bySlug(slug);
  }

  @Query(() => NetworkConnection, {
    description:
      "Networks, by name unless asked otherwise, optionally of one kind, inside one network, in one region or matching a name.",
  })
  networks(
    @Arg("kind", () => NetworkKind, { nullable: true, description: "Only networks of this kind." })
    kind: NetworkKind | null,
    @Arg("parentSlug", () => String, {
      nullable: true,
      description: "Only networks directly inside the network with this slug.",
    })
    parentSlug: string | null,
    @Arg("region", () => Region, { nullable: true, description: "Only networks serving this region." })
    region: Region | null,
    @Arg("query", () => String, {
      nullable: true,
      description: "Text found in the network's name, ignoring case (at most 100 characters).",
    })
    query: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Arg("orderBy", () => OrganisationOrder, {
      defaultValue: OrganisationOrder.NAME,
      description: "How to order them.",
    })
    orderBy: OrganisationOrder,
    @Ctx() { em }: Context,
  ): Promise<Connection<Network>> {
    return new NetworkService(em).list({ kind, parentSlug, region, query }, page, orderBy);
  }

  @FieldResolver(() => Network, {
    nullable: true,
    description: "The network this one sits inside, e.g. the trust of a subject network; null when top-level.",
  })
  parent(@Root() network: Network, @Ctx() { em }: Context): Promise<Network | null> {
    return new NetworkService(em).parentOf(network);
  }

  @FieldResolver(() => NetworkConnection, { description: "The networks directly inside this one, by name." })
  children(
    @Root() network: Network,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Connection<Network>> {
    return new NetworkService(em).children(network, page);
  }

  @FieldResolver(() => SchoolConnection, { description: "The network's member schools, by name." })
  schools(
    @Root() network: Network,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Connection<School>> {
    return new SchoolService(em).inNetwork(network, page);
  }

  @FieldResolver(() => [Network], {
    description: "Networks paired with this one for collaboration (e.g. hub-to-hub), by name.",
  })
  partners(@Root() network: Network, @Ctx() { em }: Context): Promise<Network[]> {
    return new NetworkService(em).partnersOf(network);
  }

  @Mutation(() => CreateNetworkPayload, { description: "Adds a network (admins only)." })
  async createNetwork(
    @Arg("input", () => CreateNetworkInput, { validate: false }) input: CreateNetworkInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CreateNetworkPayload> {
    return { network: await new NetworkService(em).create(viewer, input) };
  }

  @Mutation(() => UpdateNetworkPayload, {
    description: "Changes a network's details (its leads and admins; only admins change its kind or parent).",
  })
  async updateNetwork(
    @Arg("input", () => UpdateNetworkInput, { validate: false }) input: UpdateNetworkInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<UpdateNetworkPayload> {
    return { network: await new NetworkService(em).update(viewer, input) };
  }

  @Mutation(() => AddSchoolsToNetworkPayload, {
    description: "Adds schools to a network by URN (its leads and admins). Nothing is added unless every URN exists.",
  })
  addSchoolsToNetwork(
    @Arg("input", () => AddSchoolsToNetworkInput, { validate: false }) input: AddSchoolsToNetworkInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<AddSchoolsToNetworkPayload> {
    return new NetworkService(em).addSchools(viewer, input);
  }

  @Mutation(() => RemoveSchoolFromNetworkPayload, {
    description: "Takes a school out of a network (its leads and admins).",
  })
  removeSchoolFromNetwork(
    @Arg("input", () => RemoveSchoolFromNetworkInput, { validate: false }) input: RemoveSchoolFromNetworkInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<RemoveSchoolFromNetworkPayload> {
    return new NetworkService(em).removeSchool(viewer, input);
  }

  @Mutation(() => NetworkPairPayload, {
    description: "Pairs two networks as partners, e.g. neighbouring hubs that collaborate (admins only).",
  })
  pairNetworks(
    @Arg("input", () => NetworkPairInput, { validate: false }) input: NetworkPairInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<NetworkPairPayload> {
    return new NetworkService(em).pair(viewer, input);
  }

  @Mutation(() => NetworkPairPayload, { description: "Ends a pairing of two networks (admins only)." })
  unpairNetworks(
    @Arg("input", () => NetworkPairInput, { validate: false }) input: NetworkPairInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<NetworkPairPayload> {
    return new NetworkService(em).unpair(viewer, input);
  }
}
