import { SignInDocument } from "@hub/schema";
import { data } from "@remix-run/node";

import type { FormFailure } from "../components/forms";
import * as api from "../graphql.server";
import { csrfHeaders, csrfTokenFor, sessionCookie } from "../session.server";
import { problemFrom, requireAdmin, text, typed, typedValues, type FormProblem } from "./forms.server";

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

/** Why a post of a form that keeps typed work did not save, for the form to show with what was typed. */
export interface UnsavedPost {
  readonly problem: FormProblem;
  /** The session ended (or the password given to renew it was wrong): show SessionRenewalFields. */
  readonly sessionEnded?: boolean;
}

/** What saveRenewingSession found; send `headers` (a renewed session's cookie) with the answer either way. */
export type RenewingSave<T> =
  | { readonly saved: T; readonly headers: Headers }
  | { readonly unsaved: UnsavedPost; readonly status: 400 | 401; readonly headers: Headers };

// Announced at the top of the form, so the sign-in fields that appear in it do not go unnoticed.
const SESSION_ENDED: FormProblem = {
  message: "Not saved yet: your session has ended. Everything you typed is still here: sign in again below.",
};

/**
 * One post of a form that keeps typed work: renews the session from the post's sign-in fields when it
 * has them, then runs `save` with the options for its API calls (and the headers to send with a redirect). The API's refusal of what was typed
 * becomes a problem for the form's `fields` (see problemFrom); an ended session or a wrong password
 * comes back as a 401 for the form to show again with SessionRenewalFields.
 */
export async function saveRenewingSession<T>(
  request: Request,
  form: FormData,
  fields: ReadonlySet<string>,
  save: (options: api.RequestOptions, headers: Headers) => Promise<T>,
): Promise<RenewingSave<T>> {
  const renewal = await renewSession(request, form);
  const { headers } = renewal;
  const unsaved = (result: UnsavedPost, status: 400 | 401) => ({ unsaved: result, status, headers });
  if (!renewal.renewed) return unsaved({ sessionEnded: true, problem: renewal.problem }, 401);
  try {
    return { saved: await save(renewal.options, headers), headers };
  } catch (error) {
    if (sessionHasEnded(error)) return unsaved({ sessionEnded: true, problem: SESSION_ENDED }, 401);
    return unsaved({ problem: problemFrom(error, fields) }, 400);
  }
}

/**
 * The loader of a page whose form is for site administrators: others are refused (see requireAdmin),
 * while an ended session is let through, so that a post still shows the form as typed (the API checks
 * again that the person is an administrator when it saves).
 */
export async function adminFormLoader(request: Request) {
  const admin = await unlessSessionEnded(requireAdmin(request, { handleEndedSession: true }));
  const csrf = csrfTokenFor(request);
  return data({ sessionEnded: admin === null, csrfToken: csrf.token }, csrfHeaders(csrf));
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
 * The post of a form with typed text on a page of several (see saveRenewingSession). When it does not
 * save, the form comes back as typed, as a FormFailure: with the API's problem (400), or with the
 * sign-in fields when the session has ended (401; SessionRenewalFieldsIn shows them).
 */
export async function saveTypedForm<Name extends string>(
  request: Request,
  form: FormData,
  typedForm: TypedForm<Name>,
  save: (options: api.RequestOptions, headers: Headers) => Promise<Response>,
) {
  const result = await saveRenewingSession(request, form, new Set(typedForm.fields), save);
  if ("saved" in result) return result.saved;
  return data<FormFailure<Name>>(
    {
      form: typedForm.name,
      values: typedValues(form, [...typedForm.fields, ...(typedForm.hidden ?? [])]),
      problem: result.unsaved.problem,
      sessionEnded: result.unsaved.sessionEnded ?? false,
    },
    { status: result.status, headers: result.headers },
  );
}
