import {
  AccountSettingsDocument,
  type AccountSettingsQuery,
  ChangePasswordDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  RevokeSessionDocument,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { AskFirstLink, ConfirmRemoval, useFocusOnFragment } from "../components/confirm-removal";
import { CsrfField, FormMessage, TextField } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, requireSession, text, typed, type FormProblem } from "../member/forms.server";
import { SessionEnded } from "../member/session-ended";
import { SessionRenewalFields } from "../member/session-renewal";
import { saveRenewingSession, unlessSessionEnded } from "../member/session-renewal.server";
import { accountPath, dashboardPath } from "../paths";
import { csrfTokenFor, redirectToSignIn, verifiedForm, csrfHeaders } from "../session.server";
import { formatDate } from "../utils/dates";

export const meta: MetaFunction = () => [
  { title: "Your account – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const found = await unlessSessionEnded(
    api.request(AccountSettingsDocument, {}, { request, handleEndedSession: true }),
  );
  const csrf = csrfTokenFor(request);
  // The session ended: after a post, the token form as typed; otherwise, sign in again.
  if (!found) return data({ viewer: null, csrfToken: csrf.token }, csrfHeaders(csrf));
  if (!found.viewer) throw redirectToSignIn(request, "expired");
  return data({ viewer: found.viewer, csrfToken: csrf.token }, csrfHeaders(csrf));
}

type Intent = "password" | "revokeSession" | "createToken" | "revokeToken";

interface AccountResult {
  intent: Intent;
  problem?: FormProblem;
  /** A new API token's secret: shown on this one response and never again. */
  newToken?: { name: string; secret: string };
  tokenName?: string;
  /** The session ended while naming a new token: the token form asks for the password again. */
  sessionEnded?: boolean;
}

const TOKEN_FIELDS = new Set(["name"]);

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const intent = text(form, "intent") as Intent;
  // A new token's name is the one thing typed here that may be shown again: passwords never are, so
  // a password change whose session has ended goes to sign in and back, like the buttons.
  if (intent === "createToken") {
    const tokenName = typed(form, "name");
    const outcome = await saveRenewingSession(request, form, TOKEN_FIELDS, (options) =>
      api.request(CreateApiTokenDocument, { input: { name: tokenName.trim() } }, options),
    );
    const { headers } = outcome;
    if (!("saved" in outcome)) {
      return data<AccountResult>({ intent, ...outcome.unsaved, tokenName }, { status: outcome.status, headers });
    }
    const { apiToken, token } = outcome.saved.createApiToken;
    return data<AccountResult>({ intent, newToken: { name: apiToken.name, secret: token } }, { headers });
  }
  try {
    switch (intent) {
      case "password":
        await api.request(
          ChangePasswordDocument,
          {
            input: {
              currentPassword: String(form.get("currentPassword") ?? ""),
              newPassword: String(form.get("newPassword") ?? ""),
            },
          },
          { request },
        );
        return redirect(`${accountPath}?changed=password`);
      case "revokeSession":
        await api.request(RevokeSessionDocument, { input: { id: text(form, "id") } }, { request });
        return redirect(`${accountPath}?changed=session`);
      case "revokeToken":
        await api.request(RevokeApiTokenDocument, { input: { id: text(form, "id") } }, { request });
        return redirect(`${accountPath}?changed=token`);
      default:
        throw new Response("Unknown action.", { status: 400 });
    }
  } catch (error) {
    const problem = problemFrom(error, new Set(["currentPassword", "newPassword"]));
    return data<AccountResult>({ intent, problem }, { status: 400 });
  }
}

const CHANGED: Record<string, string> = {
  password: "Your password is changed, and every other session is signed out.",
  session: "That session is signed out.",
  token: "That token is revoked: programs using it can no longer sign in with it.",
};

/** The page's last post, and the messages it puts beside a form's fields or at the top of a form. */
function usePostResult() {
  const result = useActionData<typeof action>();
  const errorFor = (intent: Intent, field: string) =>
    result?.intent === intent && result.problem?.field === field ? result.problem.message : undefined;
  const formProblem = (intent: Intent) =>
    result?.intent === intent && result.problem && !result.problem.field ? (
      <FormMessage>{result.problem.message}</FormMessage>
    ) : null;
  return { result, errorFor, formProblem };
}

type ApiToken = NonNullable<AccountSettingsQuery["viewer"]>["apiTokens"][number];

const revokeLinkId = (tokenId: string) => `revoke-${tokenId}`;

/**
 * Asks before a token is revoked (`?revoke=<token id>`, a GET state of the page, so it works without
 * JavaScript): it cannot be undone, and every script using it stops working at its next request.
 */
function ConfirmTokenRevocation({ token, csrfToken }: { readonly token: ApiToken; readonly csrfToken: string }) {
  const { result } = usePostResult();
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: accountPath, label: "Your account" },
        ]}
        current="Revoke a token"
      />
      <ConfirmRemoval
        question={`Revoke the token “${token.name}”?`}
        csrfToken={csrfToken}
        fields={{ intent: "revokeToken", id: token.id }}
        confirm={`Revoke “${token.name}”`}
        keep={{
          to: `${accountPath}#${revokeLinkId(token.id)}`,
          label: "Keep it",
          hiddenDetail: `(the token “${token.name}” keeps working)`,
        }}
        problem={result?.intent === "revokeToken" ? result.problem?.message : undefined}
      >
        <p>
          The token starting <span className="secret">{token.prefix}…</span> was{" "}
          {token.lastUsedAt ? `last used ${formatDate(token.lastUsedAt)}` : "never used"}. Once revoked, any script or
          program using it is refused from its next request. A revoked token cannot be restored: to carry on, create a
          new one and put it in the old one&rsquo;s place.
        </p>
      </ConfirmRemoval>
    </>
  );
}

/** The member's tokens (unknown while the session has ended) and the form for a new one. */
function TokensSection({ tokens, csrfToken }: { readonly tokens: readonly ApiToken[]; readonly csrfToken: string }) {
  const { result, errorFor, formProblem } = usePostResult();
  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">Personal API tokens</h2>
      <p>Tokens let your own scripts use the hub&rsquo;s GraphQL API as you. Treat them like passwords.</p>
      {result?.newToken && (
        <FormMessage tone="success">
          <p>Your new token &ldquo;{result.newToken.name}&rdquo;. Copy it now: it will not be shown again.</p>
          <p className="secret">{result.newToken.secret}</p>
        </FormMessage>
      )}
      {formProblem("createToken")}
      {formProblem("revokeToken")}
      {tokens.length > 0 && (
        <ul className="member-list">
          {tokens.map((token) => (
            <li key={token.id}>
              <strong>{token.name}</strong> <span className="secret">{token.prefix}…</span> · created{" "}
              {formatDate(token.createdAt)} ·{" "}
              {token.lastUsedAt ? `last used ${formatDate(token.lastUsedAt)}` : "never used"}
              {/* A link: it asks first, on a page of its own (see ConfirmTokenRevocation). */}{" "}
              <AskFirstLink
                id={revokeLinkId(token.id)}
                to={`${accountPath}?revoke=${encodeURIComponent(token.id)}`}
                label="Revoke"
                hiddenDetail={token.name}
              />
            </li>
          ))}
        </ul>
      )}
      <Form method="post" className="form-stack">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="intent" value="createToken" />
        {result?.sessionEnded && <SessionRenewalFields action="create the token" />}
        <TextField
          id="token-name"
          name="name"
          label="Name for a new token"
          hint="To recognise it later, e.g. 'Nightly export'."
          defaultValue={result?.tokenName}
          error={errorFor("createToken", "name")}
          required
        />
        <div>
          <button type="submit">Create token</button>
        </div>
      </Form>
    </section>
  );
}

export default function Account() {
  const { viewer, csrfToken } = useLoaderData<typeof loader>();
  const { result, errorFor, formProblem } = usePostResult();
  const [search] = useSearchParams();
  const changed = CHANGED[search.get("changed") ?? ""];
  useFocusOnFragment();
  const breadcrumbs = <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Your account" />;
  if (!viewer) {
    // The session ended: the token form as posted (or, once renewed in that post, the new token), else sign in again.
    if (!result) return <SessionEnded returnTo={accountPath} />;
    return (
      <>
        {breadcrumbs}
        <h1>Your account</h1>
        <TokensSection tokens={[]} csrfToken={csrfToken} />
      </>
    );
  }
  const revoking = viewer.apiTokens.find((token) => token.id === search.get("revoke"));
  if (revoking) return <ConfirmTokenRevocation token={revoking} csrfToken={csrfToken} />;
  return (
    <>
      {breadcrumbs}
      <h1>Your account</h1>
      <p>
        Signed in as {viewer.user.name} ({viewer.email}).
      </p>
      {changed && !result && <FormMessage tone="success">{changed}</FormMessage>}

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Change your password</h2>
        {formProblem("password")}
        <Form method="post" className="form-stack">
          <CsrfField token={csrfToken} />
          <input type="hidden" name="intent" value="password" />
          <TextField
            id="currentPassword"
            name="currentPassword"
            label="Current password"
            type="password"
            autoComplete="current-password"
            error={errorFor("password", "currentPassword")}
            required
          />
          <TextField
            id="newPassword"
            name="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters, and not a common password."
            error={errorFor("password", "newPassword")}
            required
          />
          <div>
            <button type="submit">Change password</button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are signed in</h2>
        {formProblem("revokeSession")}
        <ul className="member-list">
          {viewer.sessions.map((session) => (
            <li key={session.id}>
              {session.userAgent ?? "Unknown browser"} · signed in {formatDate(session.createdAt)} · last seen{" "}
              {formatDate(session.lastSeenAt)}
              {session.current ? (
                <strong> · this browser</strong>
              ) : (
                <Form method="post" className="inline-form">
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="intent" value="revokeSession" />
                  <input type="hidden" name="id" value={session.id} />{" "}
                  <button type="submit" className="button--secondary">
                    Sign out this session<span className="visually-hidden"> from {formatDate(session.createdAt)}</span>
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      </section>

      <TokensSection tokens={viewer.apiTokens} csrfToken={csrfToken} />
    </>
  );
}
