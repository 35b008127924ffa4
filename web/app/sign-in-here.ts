import { useLocation } from "@remix-run/react";

import { dashboardPath, signInPath } from "./paths";

/** Pages that are themselves a step of signing in: a sign-in link there keeps the page they return to. */
const SIGN_IN_STEPS = /^\/(sign-in|sign-up|password-reset)(\/|$)/;

/**
 * A sign-in link that comes back to this page, query and all, so it works the same without
 * JavaScript. The sign-in page checks the path it is given (safeReturnPath), so nothing is checked here.
 */
export function useSignInHere(): string {
  const location = useLocation();
  if (SIGN_IN_STEPS.test(location.pathname)) {
    return signInPath(new URLSearchParams(location.search).get("returnTo") ?? dashboardPath);
  }
  return signInPath(location.pathname + location.search);
}
