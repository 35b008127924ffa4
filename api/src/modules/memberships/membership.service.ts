import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode } from "@mikro-orm/core";
import { alreadyTaken, badInput, DomainError, notFound } from "../../graphql/errors.js";
import { localIdOf, type Connection } from "../../graphql/relay.js";
import { paginate, byCreatedAtDesc } from "../../graphql/pagination.js";
import { validateInput } from "../../graphql/validation.js";
import {
  authorize,
  canManageNetwork,
  canSeeNetworkPeople,
  NetworkRole,
  requireViewer,
  type Viewer,
} from "../../policy/index.js";
import { hashToken, newToken, normaliseEmail, User } from "../accounts/index.js";
import type { MessageSettings } from "../mail/index.js";
import { Network } from "../organisations/index.js";
import { Invitation } from "./invitation.entity.js";
import {
  ChangeMemberRoleInput,
  InvitationAnswerInput,
  type InvitationRefInput,
  InviteToNetworkInput,
  MemberRefInput,
  NetworkRefInput,
} from "./membership.inputs.js";
import { Membership } from "./membership.entity.js";

export const INVITATION_LIFETIME_MS = 14 * 24 * 3_600_000;

/** An invitation still waiting for an answer: not accepted, declined or withdrawn, and not expired. */
const WAITING = () => ({ acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } });
const isWaiting = (invitation: Invitation) =>
  !invitation.acceptedAt && !invitation.declinedAt && !invitation.revokedAt && invitation.expiresAt > new Date();
const INVITATION_TOKEN_PREFIX = "hubinv_";

/** Who belongs to which network, in what role; invitations; the rule that a network keeps a lead. */
export class MembershipService {
  constructor(private readonly em: EntityManager) {}

  private async network(slug: string, field = "input.networkSlug"): Promise<Network> {
    const network = await this.em.findOne(Network, { slug });
    if (!network) throw badInput(field, `There is no network "${slug}".`);
    return network;
  }

  private async member(network: Network, userId: string): Promise<Membership> {
    const uuid = localIdOf(userId, "User");
    const membership = uuid ? await this.em.findOne(Membership, { network, user: uuid }, { populate: ["user"] }) : null;
    if (!membership) throw badInput("input.userId", "That person is not a member of this network.");
    return membership;
  }

  /**
   * Refuses a change that would leave the network without a lead. The
   * network's lead rows are locked first, so two leads stepping down at
   * once cannot both succeed.
   */
  private async assertKeepsALead(em: EntityManager, network: Network, leaving: Membership): Promise<void> {
    if (leaving.role !== NetworkRole.LEAD) return;
    const leads = await em.find(
      Membership,
      { network, role: NetworkRole.LEAD },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!leads.some((lead) => lead.uuid !== leaving.uuid)) {
      throw badInput("input.userId", "A network must keep at least one lead: appoint another lead first.");
    }
  }

  /** Adds or updates a membership without permission checks; for seeds and the admin CLI. */
  async setRole(user: User, network: Network, role: NetworkRole): Promise<Membership> {
    const existing = await this.em.findOne(Membership, { user, network });
    const membership = existing ?? this.em.create(Membership, { user, network, role });
    membership.role = role;
    await this.em.flush();
    return membership;
  }

  async invite(viewer: Viewer | null, input: InviteToNetworkInput, messages: MessageSettings): Promise<Invitation> {
    const values = await validateInput(InviteToNetworkInput, input);
    const network = await this.network(values.networkSlug);
    authorize(viewer, canManageNetwork(viewer, network.uuid), `invite people to ${network.name}`);
    const email = normaliseEmail(values.email);
    const existingUser = await this.em.findOne(User, { email });
    if (existingUser && (await this.em.count(Membership, { network, user: existingUser }))) {
      throw alreadyTaken("membership_user_id_network_id_unique");
    }
    const token = newToken(INVITATION_TOKEN_PREFIX);
    const invitation = await this.em.transactional(async (em) => {
      // A fresh invitation replaces any earlier one still waiting for the same address.
      await em.nativeUpdate(
        Invitation,
        { network, email, acceptedAt: null, declinedAt: null, revokedAt: null },
        { revokedAt: new Date() },
      );
      return em.create(Invitation, {
        network,
        email,
        role: values.role,
        tokenHash: hashToken(token),
        invitedBy: em.getReference(User, requireViewer(viewer, "invite").userId),
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_MS),
      });
    });
    // Sent after the commit: no email for an invitation that was never saved.
    const link = new URL(`/invitations/${encodeURIComponent(token)}`, messages.publicWebUrl).toString();
    await messages.mailer.send({
      to: email,
      subject: `You're invited to join ${network.name} on the School Network Hub`,
      text: [
        `You have been invited to join ${network.name} as a ${values.role.toLowerCase()}.`,
        "",
        `Accept the invitation here (sign in or create an account with this email address first):`,
        link,
        "",
        `Or paste this invitation token into the hub: ${token}`,
        "",
        `The invitation expires on ${invitation.expiresAt.toUTCString()}. If you were not expecting it, ignore this email.`,
      ].join("\n"),
    });
    return invitation;
  }

  /**
   * The invitation being answered, locked so the same one cannot be answered twice by concurrent
   * requests. By token, whoever holds the link; by ID, only as listed for the viewer. Either way it
   * must be addressed to the viewer's email and still waiting.
   */
  private async answerable(
    em: EntityManager,
    me: Viewer,
    input: InvitationAnswerInput,
  ): Promise<{ invitation: Invitation; user: User }> {
    const values = await validateInput(InvitationAnswerInput, input);
    const token = values.token?.trim();
    const uuid = values.id ? localIdOf(values.id, "Invitation") : undefined;
    if (!token && !uuid) {
      throw badInput(values.id ? "input.id" : "input.token", "Give the invitation's token or its ID.");
    }
    const invitation = await em.findOne(Invitation, token ? { tokenHash: hashToken(token) } : { uuid }, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    if (!invitation || !isWaiting(invitation)) {
      throw badInput(
        token ? "input.token" : "input.id",
        "This invitation is not valid: it has expired, was withdrawn or was already answered.",
      );
    }
    const user = await em.findOneOrFail(User, { uuid: me.userId });
    if (user.email !== invitation.email) {
      throw new DomainError("FORBIDDEN", "This invitation was sent to a different email address.");
    }
    return { invitation, user };
  }

  async accept(viewer: Viewer | null, input: InvitationAnswerInput): Promise<Membership> {
    const me = requireViewer(viewer, "accept an invitation");
    return this.em.transactional(async (em) => {
      const { invitation, user } = await this.answerable(em, me, input);
      invitation.acceptedAt = new Date();
      const network = await em.findOneOrFail(Network, { uuid: invitation.network.uuid });
      return new MembershipService(em).setRole(user, network, invitation.role);
    });
  }

  async decline(viewer: Viewer | null, input: InvitationAnswerInput): Promise<Invitation> {
    const me = requireViewer(viewer, "decline an invitation");
    return this.em.transactional(async (em) => {
      const { invitation } = await this.answerable(em, me, input);
      invitation.declinedAt = new Date();
      await em.populate(invitation, ["network"]);
      return invitation;
    });
  }

  /** The invitation behind a link, for its landing page; null when the token is unknown or no longer works. */
  async byToken(token: string): Promise<Invitation | null> {
    if (token.length < 10 || token.length > 200) return null;
    const invitation = await this.em.findOne(
      Invitation,
      { tokenHash: hashToken(token.trim()) },
      { populate: ["network", "invitedBy"] },
    );
    return invitation && isWaiting(invitation) ? invitation : null;
  }

  async revokeInvitation(viewer: Viewer | null, input: InvitationRefInput): Promise<Invitation> {
    const uuid = localIdOf(input.id, "Invitation");
    const invitation = uuid ? await this.em.findOne(Invitation, { uuid }, { populate: ["network"] }) : null;
    if (!invitation) throw notFound("There is no such invitation.");
    authorize(viewer, canManageNetwork(viewer, invitation.network.uuid), "withdraw invitations to this network");
    invitation.revokedAt ??= new Date();
    await this.em.flush();
    return invitation;
  }

  async leave(viewer: Viewer | null, input: NetworkRefInput): Promise<Network> {
    const me = requireViewer(viewer, "leave a network");
    const values = await validateInput(NetworkRefInput, input);
    const network = await this.network(values.networkSlug);
    return this.em.transactional(async (em) => {
      const membership = await em.findOne(Membership, { network, user: me.userId });
      if (!membership) throw badInput("input.networkSlug", "You are not a member of this network.");
      await this.assertKeepsALead(em, network, membership);
      em.remove(membership);
      return network;
    });
  }

  async changeRole(viewer: Viewer | null, input: ChangeMemberRoleInput): Promise<Membership> {
    const values = await validateInput(ChangeMemberRoleInput, input);
    const network = await this.network(values.networkSlug);
    authorize(viewer, canManageNetwork(viewer, network.uuid), `change roles in ${network.name}`);
    return this.em.transactional(async (em) => {
      const membership = await new MembershipService(em).member(network, values.userId);
      if (values.role !== NetworkRole.LEAD) await this.assertKeepsALead(em, network, membership);
      membership.role = values.role;
      return membership;
    });
  }

  async remove(viewer: Viewer | null, input: MemberRefInput): Promise<Network> {
    const values = await validateInput(MemberRefInput, input);
    const network = await this.network(values.networkSlug);
    authorize(viewer, canManageNetwork(viewer, network.uuid), `remove members from ${network.name}`);
    return this.em.transactional(async (em) => {
      const membership = await new MembershipService(em).member(network, values.userId);
      await this.assertKeepsALead(em, network, membership);
      em.remove(membership);
      return network;
    });
  }

  /** A network's members, newest first; null when the viewer may not see who belongs. */
  async people(
    viewer: Viewer | null,
    network: Network,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Membership> | null> {
    if (!canSeeNetworkPeople(viewer, network.uuid)) return null;
    return paginate(this.em, Membership, { network }, byCreatedAtDesc<Membership>(), page, { populate: ["user"] });
  }

  membershipsOf(userId: string): Promise<Membership[]> {
    return this.em.find(Membership, { user: userId }, { populate: ["network"], orderBy: { createdAt: "asc" } });
  }

  /** Invitations waiting for this email address. */
  pendingInvitationsFor(email: string): Promise<Invitation[]> {
    return this.em.find(
      Invitation,
      { email, ...WAITING() },
      { populate: ["network", "invitedBy"], orderBy: { createdAt: "desc" } },
    );
  }

  /** Invitations a network has waiting; for those who manage it. */
  async pendingInvitationsOf(viewer: Viewer | null, network: Network): Promise<Invitation[] | null> {
    if (!canManageNetwork(viewer, network.uuid)) return null;
    return this.em.find(
      Invitation,
      { network, ...WAITING() },
      { populate: ["invitedBy"], orderBy: { createdAt: "desc" } },
    );
  }
}
