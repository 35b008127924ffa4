import {
  AcceptInvitationDocument,
  DashboardDocument,
  DeclineInvitationDocument,
  type DashboardQuery,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { EmptyState } from "../components/empty-state";
import { CsrfField, FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, requireSession, text } from "../member/forms.server";
import {
  accountPath,
  dashboardPath,
  editResourcePath,
  manageNetworkPath,
  networkPath,
  newNetworkPath,
  newResourcePath,
  newSchoolPath,
  resourcePath,
  reviewQueuePath,
} from "../paths";
import { useMember } from "../root-data";
import { verifiedForm } from "../session.server";
import { formatDate } from "../utils/dates";
import { networkRoleLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Your dashboard – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  return api.request(DashboardDocument, {}, { request });
}

/** Answers an invitation listed on the dashboard, by its ID. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const input = { id: text(form, "invitationId") };
  try {
    if (text(form, "intent") === "accept") {
      await api.request(AcceptInvitationDocument, { input }, { request });
      return redirect(`${dashboardPath}?invitation=accepted`);
    }
    await api.request(DeclineInvitationDocument, { input }, { request });
    return redirect(`${dashboardPath}?invitation=declined`);
  } catch (error) {
    return data({ invitationId: input.id, problem: problemFrom(error, new Set()) }, { status: 400 });
  }
}

const ANSWERED: Record<string, string> = {
  accepted: "Welcome: you have joined the network. It is listed under Your networks.",
  declined: "Invitation declined.",
};

type Item = DashboardQuery["drafts"]["nodes"][number];

function WorkList({
  heading,
  items,
  empty,
  edit,
}: {
  heading: string;
  items: readonly Item[];
  empty: string;
  edit: boolean;
}) {
  const id = heading.toLowerCase().replace(/\W+/g, "-");
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {heading} ({items.length})
      </h2>
      {items.length === 0 ? (
        <EmptyState>
          <p>{empty}</p>
        </EmptyState>
      ) : (
        <ul className="member-list">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={edit ? editResourcePath(item.slug) : resourcePath(item.slug)}>{item.title}</Link>
              <span className="muted">
                {" "}
                · {item.owningNetwork?.name ?? "No network"} · updated {formatDate(item.updatedAt)}
              </span>
              {item.reviewComment && (
                <div className="notice" role="note">
                  <strong>A moderator asked for changes:</strong> {item.reviewComment}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default function Dashboard() {
  const { viewer, drafts, inReview, published } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const csrfToken = useMember()?.csrfToken ?? "";
  const [search] = useSearchParams();
  const answered = !result ? ANSWERED[search.get("invitation") ?? ""] : undefined;
  const moderates = viewer?.memberships.some((m) => m.role === "MODERATOR" || m.role === "LEAD") ?? false;
  return (
    <>
      <h1>Your dashboard</h1>
      <p className="lead">Welcome, {viewer?.user.name}.</p>
      {answered && <FormMessage tone="success">{answered}</FormMessage>}
      <p>
        <Link className="button" to={newResourcePath}>
          Write a new resource
        </Link>{" "}
        {moderates && (
          <Link className="button button--secondary" to={reviewQueuePath}>
            Review queue
          </Link>
        )}{" "}
        <Link to={accountPath}>Your account, sessions and API tokens</Link>
      </p>
      {viewer?.isAdmin && (
        <p>
          As a site administrator you can <Link to={newNetworkPath}>add a network</Link> or{" "}
          <Link to={newSchoolPath}>add a school</Link>.
        </p>
      )}
      <WorkList heading="Drafts" items={drafts.nodes} empty="You have no drafts." edit />
      <WorkList heading="In review" items={inReview.nodes} empty="Nothing of yours is waiting for a moderator." edit />
      <WorkList heading="Published" items={published.nodes} empty="You have not published anything yet." edit={false} />
      <section aria-labelledby="my-networks">
        <h2 id="my-networks">Your networks</h2>
        {viewer?.memberships.length ? (
          <ul className="member-list">
            {viewer.memberships.map((membership) => (
              <li key={membership.id}>
                <Link to={networkPath(membership.network.slug)}>{membership.network.name}</Link>
                <span className="muted"> · {networkRoleLabels[membership.role]}</span>
                {(membership.role === "LEAD" || viewer.isAdmin) && (
                  <>
                    {" "}
                    · <Link to={manageNetworkPath(membership.network.slug)}>Manage members</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>
            <p>You are not in any network yet. A network&rsquo;s lead can invite you.</p>
          </EmptyState>
        )}
      </section>
      <section aria-labelledby="my-invitations">
        <h2 id="my-invitations">Invitations waiting</h2>
        {viewer?.invitations.length ? (
          <ul className="member-list">
            {viewer.invitations.map((invitation) => (
              <li key={invitation.id}>
                {invitation.invitedBy.name} invited you to join{" "}
                <Link to={networkPath(invitation.network.slug)}>{invitation.network.name}</Link> as{" "}
                {networkRoleLabels[invitation.role].toLowerCase()}
                <span className="muted"> · open until {formatDate(invitation.expiresAt)}</span>
                {result?.invitationId === invitation.id && <FormMessage>{result.problem.message}</FormMessage>}
                <Form method="post" aria-label={`Answer the invitation to ${invitation.network.name}`}>
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="invitationId" value={invitation.id} />
                  <button type="submit" name="intent" value="accept">
                    Accept<span className="visually-hidden"> the invitation to {invitation.network.name}</span>
                  </button>{" "}
                  <button type="submit" name="intent" value="decline" className="button--secondary">
                    Decline<span className="visually-hidden"> the invitation to {invitation.network.name}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : (
          <p>No invitations are waiting for you.</p>
        )}
      </section>
    </>
  );
}
