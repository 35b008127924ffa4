import { SignInDocument } from "@hub/schema";

import * as api from "../graphql.server";
import { sessionCookie } from "../session.server";
import { text, typed, type FormProblem } from "./forms.server";

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
