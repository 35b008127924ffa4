import { Arg, Args, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { canManageNetwork } from "../../policy/index.js";
import type { Context } from "../../graphql/context.js";
import { PageArgs, connectionTypes, type Connection } from "../../graphql/relay.js";
import { CurrentViewer } from "../accounts/index.js";
import { Network } from "../organisations/index.js";
import { Invitation } from "./invitation.entity.js";
import { Membership } from "./membership.entity.js";
import {
  ChangeMemberRoleInput,
  InvitationAnswerInput,
  InvitationRefInput,
  InviteToNetworkInput,
  MemberRefInput,
  NetworkRefInput,
} from "./membership.inputs.js";
import { MembershipService } from "./membership.service.js";

export const { ConnectionType: MembershipConnection } = connectionTypes(Membership, "memberships");

@ObjectType({ description: "The result of an invitation change." })
class InvitationPayload {
  @Field(() => Invitation, { description: "The invitation." })
  invitation!: Invitation;
}

@ObjectType({ description: "The result of a membership change." })
class MembershipPayload {
  @Field(() => Membership, { description: "The membership as it is now." })
  membership!: Membership;
}

@ObjectType({ description: "The result of leaving a network or removing a member." })
class NetworkPayload {
  @Field(() => Network, { description: "The network as it is now." })
  network!: Network;
}

@Resolver(() => Network)
export class NetworkPeopleResolver {
  @FieldResolver(() => MembershipConnection, {
    nullable: true,
    description: "The network's members and their roles; null unless you belong to the network or are an admin.",
  })
  people(
    @Root() network: Network,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<Membership> | null> {
    return new MembershipService(em).people(viewer, network, page);
  }

  @FieldResolver(() => [Invitation], {
    nullable: true,
    description: "Invitations waiting for an answer; null unless you manage the network.",
  })
  pendingInvitations(@Root() network: Network, @Ctx() { em, viewer }: Context): Promise<Invitation[] | null> {
    return new MembershipService(em).pendingInvitationsOf(viewer, network);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may manage this network's members, roles and invitations (its leads and admins).",
  })
  viewerCanManage(@Root() network: Network, @Ctx() { viewer }: Context): boolean {
    return canManageNetwork(viewer, network.uuid);
  }
}

@Resolver()
export class InvitationQueries {
  @Query(() => Invitation, {
    nullable: true,
    description:
      "The invitation behind an emailed link, for whoever holds the link; null when the token is unknown, used, withdrawn or expired.",
  })
  invitationByToken(
    @Arg("token", () => String, { description: "The token from the invitation link." }) token: string,
    @Ctx() { em }: Context,
  ): Promise<Invitation | null> {
    return new MembershipService(em).byToken(token);
  }
}

@Resolver(() => CurrentViewer)
export class ViewerMembershipsResolver {
  @FieldResolver(() => [Membership], { description: "The networks you belong to, with your role in each." })
  memberships(@Root() me: CurrentViewer, @Ctx() { em }: Context): Promise<Membership[]> {
    return new MembershipService(em).membershipsOf(me.user.uuid);
  }

  @FieldResolver(() => [Invitation], { description: "Invitations to networks waiting for your answer." })
  invitations(@Root() me: CurrentViewer, @Ctx() { em }: Context): Promise<Invitation[]> {
    return new MembershipService(em).pendingInvitationsFor(me.email);
  }
}

@Resolver()
export class MembershipMutations {
  @Mutation(() => InvitationPayload, {
    description: "Invites someone by email to a network (its leads and admins). The email carries a single-use link.",
  })
  async inviteToNetwork(
    @Arg("input", () => InviteToNetworkInput, { validate: false }) input: InviteToNetworkInput,
    @Ctx() { em, viewer, mailer, publicWebUrl }: Context,
  ): Promise<InvitationPayload> {
    return { invitation: await new MembershipService(em).invite(viewer, input, { mailer, publicWebUrl }) };
  }

  @Mutation(() => MembershipPayload, { description: "Accepts an invitation sent to your email address." })
  async acceptInvitation(
    @Arg("input", () => InvitationAnswerInput, { validate: false }) input: InvitationAnswerInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<MembershipPayload> {
    return { membership: await new MembershipService(em).accept(viewer, input) };
  }

  @Mutation(() => InvitationPayload, {
    description: "Turns down an invitation sent to your email address; it can no longer be accepted.",
  })
  async declineInvitation(
    @Arg("input", () => InvitationAnswerInput, { validate: false }) input: InvitationAnswerInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<InvitationPayload> {
    return { invitation: await new MembershipService(em).decline(viewer, input) };
  }

  @Mutation(() => InvitationPayload, { description: "Withdraws an invitation that has not been accepted." })
  async revokeInvitation(
    @Arg("input", () => InvitationRefInput, { validate: false }) input: InvitationRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<InvitationPayload> {
    return { invitation: await new MembershipService(em).revokeInvitation(viewer, input) };
  }

  @Mutation(() => NetworkPayload, { description: "Leaves a network. The last lead cannot leave." })
  async leaveNetwork(
    @Arg("input", () => NetworkRefInput, { validate: false }) input: NetworkRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<NetworkPayload> {
    return { network: await new MembershipService(em).leave(viewer, input) };
  }

  @Mutation(() => MembershipPayload, { description: "Changes a member's role (leads and admins)." })
  async changeMemberRole(
    @Arg("input", () => ChangeMemberRoleInput, { validate: false }) input: ChangeMemberRoleInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<MembershipPayload> {
    return { membership: await new MembershipService(em).changeRole(viewer, input) };
  }

  @Mutation(() => NetworkPayload, { description: "Removes a member from a network (leads and admins)." })
  async removeMember(
    @Arg("input", () => MemberRefInput, { validate: false }) input: MemberRefInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<NetworkPayload> {
    return { network: await new MembershipService(em).remove(viewer, input) };
  }
}
