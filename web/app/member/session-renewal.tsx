import type { ShouldRevalidateFunction } from "@remix-run/react";
import type { ReactNode } from "react";

import { TextField, type FormFailure } from "../components/forms";
import { SessionEnded } from "./session-ended";

/**
 * Shown inside a form whose post found the session ended: everything typed is still in the form, and
 * these fields let the next post sign in again and save (see session-renewal.server.ts).
 */
export function SessionRenewalFields({ action }: { readonly action: string }) {
  return (
    <fieldset className="choice-group field--error">
      <legend>Your session has ended: sign in again to {action}</legend>
      <p>Everything you typed is still here. Enter your email address and password, then {action} again.</p>
      <TextField id="renewEmail" name="renewEmail" label="Email address" type="email" autoComplete="email" required />
      <TextField
        id="renewPassword"
        name="renewPassword"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
    </fieldset>
  );
}

/** On a page of several forms: the sign-in fields, in the form whose post found the session ended. */
export function SessionRenewalFieldsIn({
  failure,
  form,
  action,
}: {
  readonly failure: FormFailure | undefined;
  readonly form: string;
  readonly action: string;
}) {
  return failure?.form === form && failure.sessionEnded ? <SessionRenewalFields action={action} /> : null;
}

/**
 * With JavaScript, a post that found the session ended (401) leaves the page as it is, so every form
 * in it keeps what was typed; the post that signs in again loads it afresh.
 */
export const keepPageWhenSessionEnded: ShouldRevalidateFunction = ({ actionStatus, defaultShouldRevalidate }) =>
  actionStatus === 401 ? false : defaultShouldRevalidate;

/**
 * A page of several forms whose data could not be loaded because the session has ended. After a post
 * (a plain form post, without JavaScript), the form that was posted comes back on its own, as typed,
 * with the sign-in fields; otherwise the page asks to sign in again.
 */
export function SessionEndedPage({
  failure,
  returnTo,
  children,
}: {
  readonly failure: FormFailure | undefined;
  readonly returnTo: string;
  /** The form that was posted, shown from `failure` alone. */
  readonly children: (failure: FormFailure) => ReactNode;
}) {
  if (!failure?.sessionEnded) return <SessionEnded returnTo={returnTo} />;
  return (
    <>
      <h1>Your session has ended</h1>
      <p className="lead">Sign in again in the form below to save it; the rest of the page comes back after.</p>
      {children(failure)}
    </>
  );
}

/**
 * The networks (or other choices) a form offers, when the session ended before they could be loaded:
 * only the one chosen in the post, by its slug, so the form can be sent again as it was.
 */
export const chosenOnly = (slug: string | undefined) => (slug ? [{ slug, name: slug }] : []);
