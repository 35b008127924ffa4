import { TextField } from "../components/forms";

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
