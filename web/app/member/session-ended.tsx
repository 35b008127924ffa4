import { Link } from "@remix-run/react";

import { signInPath } from "../paths";

/** Shown by a member page whose session the API has ended, when there is no typed work to keep. */
export function SessionEnded({ returnTo }: { readonly returnTo: string }) {
  return (
    <div className="prose">
      <h1>Your session has ended</h1>
      <p>
        <Link to={signInPath(returnTo, "expired")}>Sign in again</Link> to carry on.
      </p>
    </div>
  );
}
