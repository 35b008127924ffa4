import { SignInDocument } from "@hub/schema";
import { data } from "@remix-run/node";

import type { FormFailure } from "../components/forms";
import * as api from "../graphql.server";
import { sessionCookie } from "../session.server";
import { problemFrom, text, typed, typedValues, type FormProblem } from "./forms.server";

/**
 * Keeping typed work when a session ends while a form is open. The API's refusal comes back as the
 * form, as typed, with sign-in fields (SessionRenewalFields) added; the next post carries them, and
 * the session is renewed in that same post before the form is saved, so nothing typed is lost.
 */
export type Renewal =
  | {
      readonly renewed: true;
      /** Options for the post's API calls: the new session when there is one, and ended sessions answered here. */
      readonly options: api.RequestOptions;
      /** Set-Cookie for the new session: send them with whatever the post answers. */
      readonly headers: Headers;
    }
  | { readonly renewed: false; readonly problem: FormProblem; readonly headers: Headers };

/** Renews the session from the post's sign-in fields when it has them; otherwise goes on with the current one. */
export async function renewSession(request: Request, form: FormData): Promise<Renewal> {
  const headers = new Headers();
  const email = text(form, "renewEmail");
  if (!email) return { renewed: true, options: { request, handleEndedSession: true }, headers };
  try {
    const { signIn } = await api.request(
      SignInDocument,
      { input: { email, password: typed(form, "renewPassword") } },
      { request, token: null },
    );
    headers.append("Set-Cookie", sessionCookie(signIn.token));
    return { renewed: true, options: { request, handleEndedSession: true, token: signIn.token }, headers };
  } catch (error) {
    if (!(error instanceof api.GraphQLRequestError)) throw error;
    // The API's own message (wrong password, or too many tries), which never says whether the email exists.
    const message = error.errors[0]?.message ?? "That email address and password do not match an account.";
    return { renewed: false, problem: { message }, headers };
  }
}

/** Whether an API call failed because the session has ended (expired, or revoked elsewhere). */
export const sessionHasEnded = (error: unknown) => api.isGraphQLErrorCode(error, "UNAUTHENTICATED");

/**
 * For the loader of a page whose form keeps typed work: what `load` answers, or null when the session
 * has ended (after a post, the action's answer shows the form as typed, with SessionRenewalFields).
 * Pass `load` options with `handleEndedSession: true`, so the API's refusal reaches here.
 */
export async function unlessSessionEnded<T>(load: Promise<T>): Promise<T | null> {
  try {
    return await load;
  } catch (error) {
    if (sessionHasEnded(error)) return null;
    throw error;
  }
}

/** A form with typed text on a page of several forms (see FormFailure). */
export interface TypedForm<Name extends string> {
  /** Which form it is, so the failure shows there. */
  readonly name: Name;
  /** Its fields, shown again as typed, with the API's problems beside them. */
  readonly fields: readonly string[];
  /** Its hidden fields that it needs to be shown again on its own, when the page's data cannot be loaded. */
  readonly hidden?: readonly string[];
}

/**
 * The post of a form with typed text on a page of several. `save` is given the options for its API calls
 * and the headers to send with its redirect: the session is renewed first when the form carries sign-in
 * fields. When it does not save, the form comes back as typed: with the API's problem (400), or with
 * the sign-in fields when the session has ended (401; SessionRenewalFieldsIn shows them).
 */
export async function saveTypedForm<Name extends string>(
  request: Request,
  form: FormData,
  typedForm: TypedForm<Name>,
  save: (options: api.RequestOptions, headers: Headers) => Promise<Response>,
) {
  const renewal = await renewSession(request, form);
  const { headers } = renewal;
  const fail = (problem: FormProblem, sessionEnded: boolean) =>
    data<FormFailure<Name>>(
      {
        form: typedForm.name,
        values: typedValues(form, [...typedForm.fields, ...(typedForm.hidden ?? [])]),
        problem,
        sessionEnded,
      },
      { status: sessionEnded ? 401 : 400, headers },
    );
  const ended = { message: "Not saved yet: your session has ended." };
  if (!renewal.renewed) return fail(renewal.problem, true);
  try {
    return await save(renewal.options, headers);
  } catch (error) {
    if (sessionHasEnded(error)) return fail(ended, true);
    return fail(problemFrom(error, new Set(typedForm.fields)), false);
  }
}
