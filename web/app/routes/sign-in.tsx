import { SignInDocument } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField, FormMessage, TextField } from "../components/forms";
import * as api from "../graphql.server";
import { passwordResetPath, signUpPath } from "../paths";
import { text } from "../member/forms.server";
import { pageMeta } from "../seo";
import { csrfTokenFor, safeReturnPath, sessionCookie, verifiedForm, csrfHeaders } from "../session.server";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, { title: "Sign in", description: "Sign in to publish and review resources.", path: "/sign-in" }),
  { name: "robots", content: "noindex" },
];

/** The same words whether the email is unknown or the password wrong, so the form reveals no accounts. */
export const WRONG_CREDENTIALS = "That email address and password do not match an account. Check them and try again.";

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const csrf = csrfTokenFor(request);
  const reason = url.searchParams.get("reason");
  return data(
    {
      csrfToken: csrf.token,
      returnTo: safeReturnPath(url.searchParams.get("returnTo")),
      reason: reason === "expired" || reason === "required" ? reason : null,
    },
    csrfHeaders(csrf),
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  const email = text(form, "email");
  const password = form.get("password");
  const returnTo = safeReturnPath(form.get("returnTo"));
  if (!email || typeof password !== "string" || !password) {
    return data({ email, error: "Enter your email address and your password." }, { status: 400 });
  }
  try {
    const { signIn } = await api.request(
      SignInDocument,
      { input: { email, password, userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null } },
      // Any old cookie is irrelevant here (and an expired one would make the API refuse the call).
      { request, token: null },
    );
    return redirect(returnTo, { headers: { "Set-Cookie": sessionCookie(signIn.token) } });
  } catch (error) {
    if (api.isGraphQLErrorCode(error, "UNAUTHENTICATED") || api.isGraphQLErrorCode(error, "BAD_USER_INPUT")) {
      return data({ email, error: WRONG_CREDENTIALS }, { status: 401 });
    }
    if (api.isGraphQLErrorCode(error, "RATE_LIMITED")) {
      return data({ email, error: error.errors[0]?.message ?? "Too many attempts." }, { status: 429 });
    }
    throw error;
  }
}

export default function SignIn() {
  const { csrfToken, returnTo, reason } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="prose">
      <Breadcrumbs trail={[]} current="Sign in" />
      <h1>Sign in</h1>
      {reason === "expired" && !result && (
        <FormMessage tone="error">Your session has ended. Sign in again to carry on where you were.</FormMessage>
      )}
      {reason === "required" && !result && <p>Sign in to see that page.</p>}
      {result?.error && <FormMessage>{result.error}</FormMessage>}
      <Form method="post" className="form-stack">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextField
          id="email"
          name="email"
          label="Email address"
          type="email"
          autoComplete="email"
          defaultValue={result?.email}
          required
        />
        <TextField
          id="password"
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
        />
        <div>
          <button type="submit">Sign in</button>
        </div>
      </Form>
      <p>
        <Link to={passwordResetPath}>Forgotten your password?</Link>
      </p>
      <p>
        New here? <Link to={signUpPath(returnTo)}>Create an account</Link>. You don&rsquo;t need one to use the library:{" "}
        <Link to="/resources">browse the resources</Link>.
      </p>
    </div>
  );
}
