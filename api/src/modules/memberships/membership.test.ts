import { readdir } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { User } from "../accounts/index.js";
import { Network } from "../organisations/index.js";
import { NetworkRole } from "../../policy/index.js";
import { MembershipService } from "./membership.service.js";

let api: TestApi;
let admin: TestUser;

const INVITE = `mutation($input: InviteToNetworkInput!) { inviteToNetwork(input: $input) { invitation { id email role } } }`;
const ACCEPT = `mutation($input: InvitationAnswerInput!) { acceptInvitation(input: $input) { membership { role network { slug } } } }`;
const DECLINE = `mutation($input: InvitationAnswerInput!) { declineInvitation(input: $input) { invitation { network { slug } } } }`;
const BY_TOKEN = `query($token: String!) { invitationByToken(token: $token) { email role network { name } invitedBy { name } } }`;
const LEAVE = `mutation($input: NetworkRefInput!) { leaveNetwork(input: $input) { network { slug } } }`;
const CHANGE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { role } } }`;
const MINE = `{ viewer { memberships { role network { slug } } invitations { network { slug } role } } }`;

async function createNetwork(slug: string): Promise<void> {
  const result = await api.gql(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`,
    { input: { kind: "SUBJECT_NETWORK", name: `Network ${slug}`, slug, description: "For membership tests." } },
    admin.auth,
  );
  expect(result.errors).toBeUndefined();
}

async function setRole(user: TestUser, slug: string, role: NetworkRole): Promise<void> {
  const em = api.orm.em.fork();
  await new MembershipService(em).setRole(
    await em.findOneOrFail(User, { uuid: user.uuid }),
    await em.findOneOrFail(Network, { slug }),
    role,
  );
}

const lastMailTo = (email: string) => api.lastMailTo(email);
const tokenIn = (mail: string) => /invitation token into the hub: (\S+)/.exec(mail)?.[1] ?? "";

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.signUp({ name: "Site Admin" });
  await api.orm.em.getConnection().execute("update app_user set is_admin = true where id = ?", [admin.uuid]);
  await createNetwork("history-network");
});

describe("invitations", () => {
  it("emails a single-use link that makes the invitee a member in the offered role", async () => {
    const invitee = await api.signUp({ name: "Priya Shah" });
    const sent = await api.gql(
      INVITE,
      { input: { networkSlug: "history-network", email: invitee.email.toUpperCase(), role: "CONTRIBUTOR" } },
      admin.auth,
    );
    expect(sent.errors).toBeUndefined();

    const mail = await lastMailTo(invitee.email);
    expect(mail).toContain("Subject: You're invited to join Network history-network");
    expect(mail).toMatch(/http:\/\/localhost:3000\/invitations\/hubinv_/);
    const waiting = await api.gql<{ viewer: { invitations: { role: string }[] } }>(MINE, undefined, invitee.auth);
    expect(waiting.data!.viewer.invitations).toEqual([{ network: { slug: "history-network" }, role: "CONTRIBUTOR" }]);

    const accepted = await api.gql(ACCEPT, { input: { token: tokenIn(mail) } }, invitee.auth);
    expect(accepted.data).toEqual({
      acceptInvitation: { membership: { role: "CONTRIBUTOR", network: { slug: "history-network" } } },
    });
    const again = await api.gql(ACCEPT, { input: { token: tokenIn(mail) } }, invitee.auth);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });
    const mine = await api.gql<{ viewer: { memberships: unknown[]; invitations: unknown[] } }>(
      MINE,
      undefined,
      invitee.auth,
    );
    expect(mine.data!.viewer.memberships).toEqual([{ role: "CONTRIBUTOR", network: { slug: "history-network" } }]);
    expect(mine.data!.viewer.invitations).toEqual([]);
  });

  it("refuses a token meant for another address, and an expired one", async () => {
    const intended = await api.signUp();
    const interloper = await api.signUp();
    await api.gql(
      INVITE,
      { input: { networkSlug: "history-network", email: intended.email, role: "MEMBER" } },
      admin.auth,
    );
    const token = tokenIn(await lastMailTo(intended.email));
    const stolen = await api.gql(ACCEPT, { input: { token } }, interloper.auth);
    expect(stolen.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    await api.orm.em
      .getConnection()
      .execute("update invitation set expires_at = now() - interval '1 second' where email = ?", [intended.email]);
    const late = await api.gql(ACCEPT, { input: { token } }, intended.auth);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });
  });

  it("names the field at fault for bad input, and sends nothing", async () => {
    const before = (await readdir(api.config.MAIL_OUTBOX_DIR).catch(() => [])).length;
    const badEmail = await api.gql(
      INVITE,
      { input: { networkSlug: "history-network", email: "nope", role: "MEMBER" } },
      admin.auth,
    );
    expect(badEmail.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
    const badNetwork = await api.gql(
      INVITE,
      { input: { networkSlug: "no-such-network", email: "a@b.example", role: "MEMBER" } },
      admin.auth,
    );
    expect(badNetwork.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.networkSlug" });
    const badRole = await api.gql(
      INVITE,
      { input: { networkSlug: "history-network", email: "a@b.example", role: "OWNER" } },
      admin.auth,
    );
    expect(badRole.errors?.[0]?.message).toContain("OWNER");
    expect((await readdir(api.config.MAIL_OUTBOX_DIR).catch(() => [])).length).toBe(before);
  });
});

describe("answering an invitation", () => {
  async function invite(email: string, role = "MEMBER"): Promise<string> {
    const sent = await api.gql(INVITE, { input: { networkSlug: "history-network", email, role } }, admin.auth);
    expect(sent.errors).toBeUndefined();
    return tokenIn(await lastMailTo(email));
  }

  it("shows the invitation behind a link to whoever holds it, until it is answered", async () => {
    const invitee = await api.signUp();
    const token = await invite(invitee.email, "MODERATOR");
    const shown = await api.gql(BY_TOKEN, { token });
    expect(shown.data).toEqual({
      invitationByToken: {
        email: invitee.email,
        role: "MODERATOR",
        network: { name: "Network history-network" },
        invitedBy: { name: "Site Admin" },
      },
    });
    expect((await api.gql(BY_TOKEN, { token: "hubinv_not-a-real-token" })).data).toEqual({ invitationByToken: null });
    await api.gql(DECLINE, { input: { token } }, invitee.auth);
    expect((await api.gql(BY_TOKEN, { token })).data).toEqual({ invitationByToken: null });
  });

  it("accepts by ID an invitation listed for the invitee, and no one else's", async () => {
    const invitee = await api.signUp();
    const other = await api.signUp();
    await invite(invitee.email);
    const listed = await api.gql<{ viewer: { invitations: { id: string }[] } }>(
      `{ viewer { invitations { id } } }`,
      undefined,
      invitee.auth,
    );
    const [{ id }] = listed.data!.viewer.invitations as [{ id: string }];
    const stolen = await api.gql(ACCEPT, { input: { id } }, other.auth);
    expect(stolen.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const accepted = await api.gql(ACCEPT, { input: { id } }, invitee.auth);
    expect(accepted.data).toEqual({
      acceptInvitation: { membership: { role: "MEMBER", network: { slug: "history-network" } } },
    });
  });

  it("declines: the invitation leaves the invitee's list and the network's, and cannot be accepted afterwards", async () => {
    const invitee = await api.signUp();
    const token = await invite(invitee.email);
    const declined = await api.gql(DECLINE, { input: { token } }, invitee.auth);
    expect(declined.data).toEqual({ declineInvitation: { invitation: { network: { slug: "history-network" } } } });
    const mine = await api.gql<{ viewer: { invitations: unknown[]; memberships: unknown[] } }>(
      MINE,
      undefined,
      invitee.auth,
    );
    expect(mine.data!.viewer).toEqual({ memberships: [], invitations: [] });
    const waiting = await api.gql<{ network: { pendingInvitations: { email: string }[] } }>(
      `{ network(slug: "history-network") { pendingInvitations { email } } }`,
      undefined,
      admin.auth,
    );
    expect(waiting.data!.network.pendingInvitations.map((i) => i.email)).not.toContain(invitee.email);
    const late = await api.gql(ACCEPT, { input: { token } }, invitee.auth);
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });
  });

  it("asks for a token or an ID, naming the field", async () => {
    const invitee = await api.signUp();
    const neither = await api.gql(DECLINE, { input: {} }, invitee.auth);
    expect(neither.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });
    const signedOut = await api.gql(DECLINE, { input: { token: "hubinv_whatever-it-is" } });
    expect(signedOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("tells leads and admins, and no one else, that they may manage the network", async () => {
    const member = await api.signUp();
    await setRole(member, "history-network", NetworkRole.MODERATOR);
    const lead = await api.signUp();
    await setRole(lead, "history-network", NetworkRole.LEAD);
    const query = `{ network(slug: "history-network") { viewerCanManage } }`;
    const answers = await Promise.all(
      [admin.auth, lead.auth, member.auth, undefined].map((auth) =>
        api.gql<{ network: { viewerCanManage: boolean } }>(query, undefined, auth),
      ),
    );
    expect(answers.map((answer) => answer.data?.network.viewerCanManage)).toEqual([true, true, false, false]);
  });
});

describe("the last lead", () => {
  it("cannot leave or be demoted, until another lead is appointed", async () => {
    await createNetwork("geography-network");
    const lead = await api.signUp();
    const deputy = await api.signUp();
    await setRole(lead, "geography-network", NetworkRole.LEAD);
    await setRole(deputy, "geography-network", NetworkRole.MODERATOR);

    const leave = await api.gql(LEAVE, { input: { networkSlug: "geography-network" } }, lead.auth);
    expect(leave.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(leave.errors?.[0]?.message).toMatch(/at least one lead/);
    const demote = await api.gql(
      CHANGE,
      { input: { networkSlug: "geography-network", userId: lead.id, role: "MEMBER" } },
      lead.auth,
    );
    expect(demote.errors?.[0]?.message).toMatch(/at least one lead/);

    const promote = await api.gql(
      CHANGE,
      { input: { networkSlug: "geography-network", userId: deputy.id, role: "LEAD" } },
      lead.auth,
    );
    expect(promote.errors).toBeUndefined();
    expect((await api.gql(LEAVE, { input: { networkSlug: "geography-network" } }, lead.auth)).errors).toBeUndefined();
  });

  it("survives two leads stepping down at the same moment: exactly one succeeds", async () => {
    await createNetwork("science-network");
    const first = await api.signUp();
    const second = await api.signUp();
    await setRole(first, "science-network", NetworkRole.LEAD);
    await setRole(second, "science-network", NetworkRole.LEAD);
    const results = await Promise.all(
      [first, second].map((lead) => api.gql(LEAVE, { input: { networkSlug: "science-network" } }, lead.auth)),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const [row] = await api.orm.em
      .getConnection()
      .execute<{ leads: string }[]>(
        "select count(*) as leads from membership m join network n on n.id = m.network_id where n.slug = 'science-network' and m.role = 'LEAD'",
      );
    expect(Number(row!.leads)).toBe(1);
  });
});
