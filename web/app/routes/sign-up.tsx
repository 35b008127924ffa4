import { SignUpDocument } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField, FormMessage, TextField, FormProblemSummary, errorFrom } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, text } from "../member/forms.server";
import { signInPath, signUpPath } from "../paths";
import { pageMeta } from "../seo";
import { csrfTokenFor, safeReturnPath, verifiedForm, csrfHeaders } from "../session.server";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, {
    title: "Create an account",
    description: "Join the hub to publish resources.",
    path: "/sign-up",
  }),
  { name: "robots", content: "noindex" },
];

const FIELDS = new Set(["name", "email", "password", "jobTitle"]);

export function loader({ request }: LoaderFunctionArgs) {
  const csrf = csrfTokenFor(request);
  const url = new URL(request.url);
  return data(
    {
      csrfToken: csrf.token,
      returnTo: safeReturnPath(url.searchParams.get("returnTo")),
      // An invitation's page passes on the address it was sent to.
      email: url.searchParams.get("email") ?? "",
    },
    csrfHeaders(csrf),
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  const values = { name: text(form, "name"), email: text(form, "email"), jobTitle: text(form, "jobTitle") };
  const password = String(form.get("password") ?? "");
  try {
    // The API answers the same whether or not the address has an account: either way a message
    // goes to it (a confirmation link, or a note to the owner), so this page reveals no accounts.
    const { signUp } = await api.request(
      SignUpDocument,
      {
        input: {
          ...values,
          password,
          jobTitle: values.jobTitle || null,
          returnPath: safeReturnPath(form.get("returnTo")),
        },
      },
      { request, token: null },
    );
    return data({ sentTo: signUp.email, values, problem: undefined });
  } catch (error) {
    return data({ sentTo: undefined, values, problem: problemFrom(error, FIELDS) }, { status: 400 });
  }
}

export default function SignUp() {
  const { csrfToken, returnTo, email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorFor = (field: string) => errorFrom(result?.problem, field);
  if (result?.sentTo) {
    return (
      <div className="prose">
        <Breadcrumbs trail={[]} current="Create an account" />
        <h1>Check your email</h1>
        <FormMessage tone="success">
          We have sent a message to {result.sentTo}. Open the link in it to finish creating your account; it works for
          24 hours.
        </FormMessage>
        <p>
          Nothing there after a few minutes? Check your spam folder, or{" "}
          <Link to={signUpPath(returnTo)}>sign up again</Link>. If you already have an account,{" "}
          <Link to={signInPath(returnTo)}>sign in</Link> instead.
        </p>
      </div>
    );
  }
  return (
    <div className="prose">
      <Breadcrumbs trail={[]} current="Create an account" />
      <h1>Create an account</h1>
      <p>
        With an account you can join your school&rsquo;s networks, publish resources and see what your networks share
        with their members.
      </p>
      <FormProblemSummary problem={result?.problem} lead="Not signed up yet:" fieldIdPrefix="" />
      <Form method="post" className="form-stack">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextField
          id="name"
          name="name"
          label="Your name"
          autoComplete="name"
          defaultValue={result?.values.name}
          error={errorFor("name")}
          required
        />
        <TextField
          id="email"
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          defaultValue={result?.values.email ?? email}
          error={errorFor("email")}
          hint="You sign in with it. Only you and the site's administrators see it."
          required
        />
        <TextField
          id="password"
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 12 characters, and not a common password."
          error={errorFor("password")}
          required
        />
        <TextField
          id="jobTitle"
          name="jobTitle"
          label="Job title (optional)"
          autoComplete="organization-title"
          defaultValue={result?.values.jobTitle}
          error={errorFor("jobTitle")}
        />
        <div>
          <button type="submit">Create account</button>
        </div>
      </Form>
      <p>
        Already have an account? <Link to={signInPath(returnTo)}>Sign in</Link>.
      </p>
    </div>
  );
}
