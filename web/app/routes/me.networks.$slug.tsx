import {
  ChangeMemberRoleDocument,
  InviteToNetworkDocument,
  ManageNetworkDocument,
  RemoveMemberDocument,
  RevokeInvitationDocument,
  type NetworkRole,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useParams, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { AskFirstLink, ConfirmRemoval, useFocusOnFragment } from "../components/confirm-removal";
import {
  CsrfField,
  FieldError,
  FormMessage,
  SelectField,
  TextField,
  describedBy,
  optionsFrom,
  errorFrom,
} from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, requireSession, text, typed, type FormProblem } from "../member/forms.server";
import { SessionEnded } from "../member/session-ended";
import { SessionRenewalFields } from "../member/session-renewal";
import { saveRenewingSession, unlessSessionEnded } from "../member/session-renewal.server";
import { dashboardPath, manageNetworkPath, networkPath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { formatDate } from "../utils/dates";
import { networkRoleLabels } from "../utils/labels";
import { cursorFrom, loadListing } from "../listing.server";
import { slugParam } from "../params.server";

export const meta: MetaFunction<typeof loader> = ({ data: loaded, location }) => {
  const network = loaded?.network;
  const removing = network && confirming(network, new URLSearchParams(location.search));
  const title = removing ? removing.question : `Manage ${network?.name ?? "a network"}`;
  return [{ title: `${title} – School Network Hub` }, { name: "robots", content: "noindex" }];
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireSession(request);
  const slug = slugParam(params);
  const found = await unlessSessionEnded(
    loadListing(request, "the network's page", () =>
      api.request(ManageNetworkDocument, { slug, after: cursorFrom(request) }, { request, handleEndedSession: true }),
    ),
  );
  const csrf = csrfTokenFor(request);
  // The session ended: after a post, the invitation form as typed; otherwise, sign in again.
  if (!found) return data({ network: null, csrfToken: csrf.token }, csrfHeaders(csrf));
  const { network } = found;
  if (!network) throw new Response("There is no network at this address.", { status: 404 });
  if (!network.viewerCanManage || !network.people || !network.pendingInvitations) {
    throw new Response(
      `Only the leads of ${network.name} and the site's administrators can manage its members. A lead can change your role.`,
      { status: 403 },
    );
  }
  return data(
    {
      network: { ...network, people: network.people, pendingInvitations: network.pendingInvitations },
      csrfToken: csrf.token,
    },
    csrfHeaders(csrf),
  );
}

type Intent = "invite" | "changeRole" | "remove" | "revoke";

interface ManageResult {
  intent: Intent;
  problem: FormProblem;
  /** The member or invitation the problem is about, to show it in that row. */
  subject?: string;
  invite?: { email: string; role: string };
  /** The session ended while inviting: the invitation form asks for the password again. */
  sessionEnded?: boolean;
}

const INVITE_FIELDS = new Set(["email", "role"]);

const DONE: Record<string, string> = {
  invited: "Invitation sent. It waits below until it is answered.",
  role: "Role changed.",
  removed: "Member removed from the network.",
  revoked: "Invitation withdrawn: its link no longer works.",
  created: "Network created. Invite its first lead below.",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const networkSlug = slugParam(params);
  const intent = text(form, "intent") as Intent;
  const subject = text(form, "userId") || text(form, "invitationId") || undefined;
  const done = (what: string, init?: ResponseInit) => redirect(`${manageNetworkPath(networkSlug)}?done=${what}`, init);
  // Only the invitation is typed: the other forms are a choice and a button, which an ended session
  // simply sends to sign in and back.
  if (intent === "invite") {
    const invite = { email: typed(form, "email"), role: typed(form, "role") };
    const outcome = await saveRenewingSession(request, form, INVITE_FIELDS, (options) =>
      api.request(
        InviteToNetworkDocument,
        { input: { networkSlug, email: invite.email.trim(), role: invite.role as NetworkRole } },
        options,
      ),
    );
    const { headers } = outcome;
    if ("saved" in outcome) return done("invited", { headers });
    return data<ManageResult>({ intent, ...outcome.unsaved, invite }, { status: outcome.status, headers });
  }
  try {
    switch (intent) {
      case "changeRole":
        await api.request(
          ChangeMemberRoleDocument,
          { input: { networkSlug, userId: text(form, "userId"), role: text(form, "role") as NetworkRole } },
          { request },
        );
        return done("role");
      case "remove":
        await api.request(RemoveMemberDocument, { input: { networkSlug, userId: text(form, "userId") } }, { request });
        return done("removed");
      case "revoke":
        await api.request(RevokeInvitationDocument, { input: { id: text(form, "invitationId") } }, { request });
        return done("revoked");
      default:
        throw new Response("Unknown action.", { status: 400 });
    }
  } catch (error) {
    // The member rows show a problem about `userId` in the row itself, beside its role.
    const problem = problemFrom(error, new Set(["role", "userId"]));
    return data<ManageResult>({ intent, problem, subject }, { status: 400 });
  }
}

const roleOptions = optionsFrom(networkRoleLabels);

/** The invitation form: after a failed post, as typed, with its problem (and sign-in fields when the session ended). */
function InviteSection({ csrfToken }: { readonly csrfToken: string }) {
  const posted = useActionData<typeof action>();
  const result = posted?.intent === "invite" ? posted : undefined;
  const inviteError = (field: string) => errorFrom(result?.problem, field);
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <p>They get an email with a link that works once, for 14 days, for the address you give.</p>
      {result && !result.problem.field && <FormMessage>{result.problem.message}</FormMessage>}
      <Form method="post" className="form-stack" aria-labelledby="invite-heading">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="intent" value="invite" />
        {result?.sessionEnded && <SessionRenewalFields action="send the invitation" />}
        <TextField
          id="invite-email"
          name="email"
          label="Their email address"
          type="email"
          autoComplete="off"
          defaultValue={result?.invite?.email}
          error={inviteError("email")}
          required
        />
        <SelectField
          id="invite-role"
          name="role"
          label="Role"
          options={roleOptions}
          defaultValue={result?.invite?.role ?? "MEMBER"}
          error={inviteError("role")}
        />
        <div>
          <button type="submit">Send invitation</button>
        </div>
      </Form>
    </section>
  );
}

type ManagedNetwork = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["network"]>;
type Member = ManagedNetwork["people"]["nodes"][number];
type PendingInvitation = ManagedNetwork["pendingInvitations"][number];

/** What a member can no longer do once removed, beyond seeing the network-only material every member sees. */
const ROLE_LOSES: Record<NetworkRole, string | null> = {
  MEMBER: null,
  CONTRIBUTOR: "draft material for it",
  MODERATOR: "review, publish or curate its material",
  LEAD: "manage its members",
};

/**
 * The removal the page asks to confirm, when its address names one: `?remove=<user id>` for a member,
 * `?withdraw=<invitation id>` for an invitation. Both stay GET states of the page, so the question
 * works without JavaScript, and only the answer posts.
 */
function confirming(
  network: ManagedNetwork,
  search: URLSearchParams,
): { member: Member; question: string } | { invitation: PendingInvitation; question: string } | undefined {
  const member = network.people.nodes.find(({ user }) => user.id === search.get("remove"));
  if (member) return { member, question: `Remove ${member.user.name} from ${network.name}?` };
  const invitation = network.pendingInvitations.find(({ id }) => id === search.get("withdraw"));
  if (invitation) return { invitation, question: `Withdraw the invitation to ${invitation.email}?` };
  return undefined;
}

/** This page's address with the page of members kept, and `extra` in the query or as the fragment. */
function manageLink(slug: string, search: URLSearchParams, extra: { query?: Record<string, string>; hash?: string }) {
  const query = new URLSearchParams(extra.query);
  const after = search.get("after");
  if (after) query.set("after", after);
  const queryText = query.toString();
  return `${manageNetworkPath(slug)}${queryText ? `?${queryText}` : ""}${extra.hash ? `#${extra.hash}` : ""}`;
}

const removeLinkId = (userId: string) => `remove-${userId}`;
const withdrawLinkId = (invitationId: string) => `withdraw-${invitationId}`;

interface ConfirmationProps {
  readonly network: ManagedNetwork;
  readonly question: string;
  readonly problem: string | undefined;
  readonly csrfToken: string;
  readonly search: URLSearchParams;
}

function ConfirmMemberRemoval(props: ConfirmationProps & { readonly member: Member }) {
  const { network, member, question, problem, csrfToken, search } = props;
  const { user, role } = member;
  const loses = ROLE_LOSES[role];
  return (
    <ConfirmRemoval
      question={question}
      csrfToken={csrfToken}
      fields={{ intent: "remove", userId: user.id }}
      confirm={`Remove ${user.name}`}
      keep={{
        to: manageLink(network.slug, search, { hash: removeLinkId(user.id) }),
        label: "Keep them",
        hiddenDetail: `(${user.name} stays in the network)`,
      }}
      problem={problem}
    >
      <p>
        {user.name} is a {networkRoleLabels[role].toLowerCase()} of {network.name}. Once removed, they no longer see the
        network&rsquo;s network-only material{loses ? <>, and they can no longer {loses}</> : null}. Nothing they have
        written is deleted, and you can invite them again later.
      </p>
    </ConfirmRemoval>
  );
}

function ConfirmWithdrawal(props: ConfirmationProps & { readonly invitation: PendingInvitation }) {
  const { network, invitation, question, problem, csrfToken, search } = props;
  return (
    <ConfirmRemoval
      question={question}
      csrfToken={csrfToken}
      fields={{ intent: "revoke", invitationId: invitation.id }}
      confirm={`Withdraw the invitation to ${invitation.email}`}
      keep={{
        to: manageLink(network.slug, search, { hash: withdrawLinkId(invitation.id) }),
        label: "Keep it",
        hiddenDetail: `(the invitation to ${invitation.email} still works)`,
      }}
      problem={problem}
    >
      <p>
        {invitation.email} was invited to join {network.name} as a {networkRoleLabels[invitation.role].toLowerCase()}.
        Once withdrawn, the link in their email no longer works; to join, they would need a new invitation.
      </p>
    </ConfirmRemoval>
  );
}

export default function ManageNetwork() {
  const { network, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const slug = useParams()["slug"] ?? "";
  useFocusOnFragment();
  if (!network) {
    if (!result) return <SessionEnded returnTo={manageNetworkPath(slug)} />;
    return (
      <>
        <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Manage a network" />
        <h1>Manage a network</h1>
        <InviteSection csrfToken={csrfToken} />
      </>
    );
  }
  const removing = confirming(network, search);
  if (removing) {
    const problem = result?.intent === "remove" || result?.intent === "revoke" ? result.problem.message : undefined;
    const shared = { network, question: removing.question, problem, csrfToken, search };
    return (
      <>
        <Breadcrumbs
          trail={[
            { to: dashboardPath, label: "Your dashboard" },
            { to: manageLink(network.slug, search, {}), label: `Manage ${network.name}` },
          ]}
          current={"member" in removing ? `Remove ${removing.member.user.name}` : "Withdraw an invitation"}
        />
        {"member" in removing ? (
          <ConfirmMemberRemoval {...shared} member={removing.member} />
        ) : (
          <ConfirmWithdrawal {...shared} invitation={removing.invitation} />
        )}
      </>
    );
  }
  const done = !result ? DONE[search.get("done") ?? ""] : undefined;
  const rowProblem = (intent: Intent, subject: string) =>
    result?.intent === intent && result.subject === subject ? result.problem.message : undefined;
  const { people, pendingInvitations } = network;
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current={`Manage ${network.name}`} />
      <h1>Manage {network.name}</h1>
      <p>
        Who belongs to <Link to={networkPath(network.slug)}>{network.name}</Link>, and what each person may do. Members
        see the network&rsquo;s shared material; contributors also draft resources; moderators review and publish; leads
        also manage members. A network always keeps at least one lead.
      </p>
      {done && <FormMessage tone="success">{done}</FormMessage>}
      {(search.has("remove") || search.has("withdraw")) && !result && (
        <FormMessage>
          That member or invitation is no longer on this page: it may have been removed already.
        </FormMessage>
      )}
      {(result?.intent === "remove" || result?.intent === "revoke") && (
        <FormMessage>{result.problem.message}</FormMessage>
      )}

      <section aria-labelledby="members-heading">
        <h2 id="members-heading">Members ({people.totalCount})</h2>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Members of {network.name}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Joined</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.nodes.map(({ id, role, createdAt, user }) => {
                const roleProblem = rowProblem("changeRole", user.id);
                const selectId = `role-${id}`;
                return (
                  <tr key={id}>
                    <th scope="row">
                      {user.name}
                      {user.jobTitle && <span className="muted"> · {user.jobTitle}</span>}
                    </th>
                    <td>
                      <Form method="post" className="inline-form">
                        <CsrfField token={csrfToken} />
                        <input type="hidden" name="intent" value="changeRole" />
                        <input type="hidden" name="userId" value={user.id} />
                        <label htmlFor={selectId} className="visually-hidden">
                          Role of {user.name}
                        </label>
                        <FieldError id={selectId} error={roleProblem} />
                        <select
                          id={selectId}
                          name="role"
                          defaultValue={role}
                          {...describedBy(selectId, { error: roleProblem })}
                        >
                          {roleOptions.map((option) => (
                            <option key={option.value} value={option.value}>
                              {option.label}
                            </option>
                          ))}
                        </select>{" "}
                        <button type="submit" className="button--secondary">
                          Change role<span className="visually-hidden"> of {user.name}</span>
                        </button>
                      </Form>
                    </td>
                    <td>{formatDate(createdAt)}</td>
                    <td>
                      {/* A link: it asks first, on a page of its own (see ConfirmMemberRemoval). */}
                      <AskFirstLink
                        id={removeLinkId(user.id)}
                        to={manageLink(network.slug, search, { query: { remove: user.id } })}
                        label="Remove"
                        hiddenDetail={`${user.name} from the network`}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {people.pageInfo.hasNextPage && people.pageInfo.endCursor && (
          <p>
            <Link to={`?after=${encodeURIComponent(people.pageInfo.endCursor)}`}>More members</Link>
          </p>
        )}
      </section>

      <InviteSection csrfToken={csrfToken} />

      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Invitations waiting ({pendingInvitations.length})</h2>
        {pendingInvitations.length === 0 ? (
          <p>No invitations are waiting for an answer.</p>
        ) : (
          <ul className="member-list">
            {pendingInvitations.map((invitation) => {
              return (
                <li key={invitation.id}>
                  {invitation.email} as {networkRoleLabels[invitation.role].toLowerCase()}
                  <span className="muted">
                    {" "}
                    · sent by {invitation.invitedBy.name} · expires {formatDate(invitation.expiresAt)}
                  </span>{" "}
                  <AskFirstLink
                    id={withdrawLinkId(invitation.id)}
                    to={manageLink(network.slug, search, { query: { withdraw: invitation.id } })}
                    label="Withdraw"
                    hiddenDetail={`the invitation to ${invitation.email}`}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
