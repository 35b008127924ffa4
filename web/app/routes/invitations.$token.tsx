import { InvitationByTokenDocument } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { CsrfField, FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { requireSession } from "../member/forms.server";
import { answerInvitation } from "../member/invitations.server";
import { dashboardPath, invitationPath, networkPath, signInPath, signUpPath } from "../paths";
import { useMember } from "../root-data";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { formatDate } from "../utils/dates";
import { networkRoleLabels } from "../utils/labels";
import { routeParam } from "../params.server";

export const meta: MetaFunction = () => [
  { title: "Your invitation – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = routeParam(params, "token", "token");
  const { invitationByToken: invitation } = await api.request(InvitationByTokenDocument, { token }, { request });
  const csrf = csrfTokenFor(request);
  const here = invitationPath(token);
  return data(
    {
      invitation,
      csrfToken: csrf.token,
      signInHref: signInPath(here),
      signUpHref: signUpPath(here, invitation?.email),
    },
    {
      // 410: the link worked once but no longer does; the page still explains what to do.
      status: invitation ? 200 : 410,
      // The address holds the invitation's token: never pass it on to another site in a Referer header.
      ...csrfHeaders(csrf, { "Referrer-Policy": "same-origin" }),
    },
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const answered = await answerInvitation(request, form, { token: routeParam(params, "token", "token") });
  return answered instanceof Response ? answered : data(answered, { status: 400 });
}

export default function Invitation() {
  const { invitation, csrfToken, signInHref, signUpHref } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const member = useMember();
  if (!invitation) {
    return (
      <div className="prose">
        <h1>This invitation no longer works</h1>
        <p>
          It has expired, was withdrawn, or has already been answered. If you still want to join, ask the
          network&rsquo;s lead to send you a new invitation.
        </p>
        <p>
          <Link to={member ? dashboardPath : "/"}>{member ? "Go to your dashboard" : "Go to the home page"}</Link>
        </p>
      </div>
    );
  }
  const role = networkRoleLabels[invitation.role].toLowerCase();
  const otherAddress = member && member.viewer.email !== invitation.email;
  return (
    <div className="prose">
      <h1>Join {invitation.network.name}</h1>
      <p className="lead">
        {invitation.invitedBy.name} invited {invitation.email} to join{" "}
        <Link to={networkPath(invitation.network.slug)}>{invitation.network.name}</Link> as a {role}. The invitation is
        open until {formatDate(invitation.expiresAt)}.
      </p>
      {result && <FormMessage>{result.problem.message}</FormMessage>}
      {!member ? (
        <>
          <p>Sign in with {invitation.email}, or create an account for it, and you will come back here to answer.</p>
          <p>
            <Link className="button" to={signInHref}>
              Sign in to answer
            </Link>{" "}
            <Link className="button button--secondary" to={signUpHref}>
              Create an account
            </Link>
          </p>
        </>
      ) : otherAddress ? (
        <FormMessage>
          You are signed in as {member.viewer.email}, but this invitation is for {invitation.email}. Sign out and sign
          in with that address to answer it.
        </FormMessage>
      ) : (
        <Form method="post" aria-label={`Answer the invitation to ${invitation.network.name}`}>
          <CsrfField token={csrfToken} />
          <button type="submit" name="intent" value="accept">
            Accept and join
          </button>{" "}
          <button type="submit" name="intent" value="decline" className="button--secondary">
            Decline
          </button>
        </Form>
      )}
    </div>
  );
}
