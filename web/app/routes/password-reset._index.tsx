import { RequestPasswordResetDocument } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField, FormMessage, FormProblemSummary, TextField, errorFrom } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, text } from "../member/forms.server";
import { passwordResetPath, signInPath } from "../paths";
import { pageMeta } from "../seo";
import { csrfTokenFor, csrfHeaders, verifiedForm } from "../session.server";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, {
    title: "Forgotten your password?",
    description: "Ask for an email with a link that sets a new password.",
    path: passwordResetPath,
  }),
  { name: "robots", content: "noindex" },
];

export function loader({ request }: LoaderFunctionArgs) {
  const csrf = csrfTokenFor(request);
  return data({ csrfToken: csrf.token }, csrfHeaders(csrf));
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  const email = text(form, "email");
  try {
    // The same answer whether or not the address has an account (its owner is emailed either way).
    const { requestPasswordReset } = await api.request(
      RequestPasswordResetDocument,
      { input: { email } },
      { request, token: null },
    );
    return data({ sentTo: requestPasswordReset.email, email, problem: undefined });
  } catch (error) {
    return data({ sentTo: undefined, email, problem: problemFrom(error, new Set(["email"])) }, { status: 400 });
  }
}

export default function RequestPasswordReset() {
  const { csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (result?.sentTo) {
    return (
      <div className="prose">
        <Breadcrumbs trail={[]} current="Forgotten your password?" />
        <h1>Check your email</h1>
        <FormMessage tone="success">
          We have sent a message to {result.sentTo}. If an account uses that address, the message has a link that sets a
          new password; it works once, for one hour.
        </FormMessage>
        <p>
          Nothing there after a few minutes? Check your spam folder, or <Link to={passwordResetPath}>ask again</Link>.
          Remembered it? <Link to={signInPath("/me")}>Sign in</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="prose">
      <Breadcrumbs trail={[]} current="Forgotten your password?" />
      <h1>Forgotten your password?</h1>
      <p>Enter the email address you sign in with, and we will email you a link that sets a new password.</p>
      <FormProblemSummary problem={result?.problem} lead="Not sent yet:" fieldIdPrefix="" />
      <Form method="post" className="form-stack">
        <CsrfField token={csrfToken} />
        <TextField
          id="email"
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          defaultValue={result?.email}
          error={errorFrom(result?.problem, "email")}
          required
        />
        <div>
          <button type="submit">Email me a link</button>
        </div>
      </Form>
    </div>
  );
}
