import { ResetPasswordDocument } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField, FormProblemSummary, TextField, errorFrom } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom } from "../member/forms.server";
import { accountPath, passwordResetPath } from "../paths";
import { csrfTokenFor, csrfHeaders, sessionCookie, verifiedForm } from "../session.server";
import { routeParam } from "../params.server";

export const meta: MetaFunction = () => [
  { title: "Choose a new password – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export function loader({ request, params }: LoaderFunctionArgs) {
  routeParam(params, "token", "token");
  const csrf = csrfTokenFor(request);
  // The address holds the reset token: never pass it on to another site in a Referer header.
  return data({ csrfToken: csrf.token }, csrfHeaders(csrf, { "Referrer-Policy": "same-origin" }));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  const token = routeParam(params, "token", "token");
  try {
    const { resetPassword } = await api.request(
      ResetPasswordDocument,
      {
        input: {
          token,
          newPassword: String(form.get("newPassword") ?? ""),
          userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
        },
      },
      // Whoever is signed in on this browser (perhaps someone else) is replaced by the account reset.
      { request, token: null },
    );
    return redirect(`${accountPath}?changed=password`, {
      headers: { "Set-Cookie": sessionCookie(resetPassword.token) },
    });
  } catch (error) {
    return data({ problem: problemFrom(error, new Set(["newPassword"])) }, { status: 400 });
  }
}

export default function ResetPassword() {
  const { csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const linkFailed = result?.problem && !result.problem.field;
  return (
    <div className="prose">
      <Breadcrumbs trail={[]} current="Choose a new password" />
      <h1>Choose a new password</h1>
      <p>Setting it signs you in here and signs you out everywhere else.</p>
      <FormProblemSummary problem={result?.problem} lead="Not changed yet:" fieldIdPrefix="" />
      {linkFailed ? (
        <p>
          <Link to={passwordResetPath}>Ask for a new link</Link>.
        </p>
      ) : (
        <Form method="post" className="form-stack">
          <CsrfField token={csrfToken} />
          <TextField
            id="newPassword"
            name="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            hint="At least 12 characters, and not a common password."
            error={errorFrom(result?.problem, "newPassword")}
            required
          />
          <div>
            <button type="submit">Set password and sign in</button>
          </div>
        </Form>
      )}
    </div>
  );
}
