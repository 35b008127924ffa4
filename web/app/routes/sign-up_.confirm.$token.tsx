import { ConfirmSignUpDocument } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { CsrfField, FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom } from "../member/forms.server";
import { signInPath, signUpPath } from "../paths";
import { csrfTokenFor, safeReturnPath, sessionCookie, verifiedForm, csrfHeaders } from "../session.server";
import { routeParam } from "../params.server";

export const meta: MetaFunction = () => [
  { title: "Confirm your email address – School Network Hub" },
  { name: "robots", content: "noindex" },
];

// Opening the link only shows a button: the account is created by the form post, never by a GET,
// which mail scanners and link previews make without anyone asking.
export function loader({ request, params }: LoaderFunctionArgs) {
  routeParam(params, "token", "token");
  const csrf = csrfTokenFor(request);
  return data(
    { csrfToken: csrf.token, returnTo: safeReturnPath(new URL(request.url).searchParams.get("returnTo")) },
    // The address holds the confirmation token: never pass it on to another site in a Referer header.
    csrfHeaders(csrf, { "Referrer-Policy": "same-origin" }),
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  const token = routeParam(params, "token", "token");
  try {
    const { confirmSignUp } = await api.request(
      ConfirmSignUpDocument,
      {
        input: {
          token,
          userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
        },
      },
      { request, token: null },
    );
    return redirect(safeReturnPath(form.get("returnTo")), {
      headers: { "Set-Cookie": sessionCookie(confirmSignUp.token) },
    });
  } catch (error) {
    return data({ problem: problemFrom(error, new Set()) }, { status: 400 });
  }
}

export default function ConfirmSignUp() {
  const { csrfToken, returnTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="prose">
      <h1>Confirm your email address</h1>
      {result ? (
        <>
          <FormMessage>{result.problem.message}</FormMessage>
          <p>
            <Link to={signUpPath(returnTo)}>Sign up again</Link> or <Link to={signInPath(returnTo)}>sign in</Link>.
          </p>
        </>
      ) : (
        <>
          <p>One step left: confirm that this is your address, and your account is created and you are signed in.</p>
          <Form method="post">
            <CsrfField token={csrfToken} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <button type="submit">Confirm and sign in</button>
          </Form>
        </>
      )}
    </div>
  );
}
