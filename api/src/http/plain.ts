import type { Response } from "express";

/** The answer of a download route that sends no file: plain text, never cached (it may depend on who asked). */
export function plain(res: Response, status: number, message: string): void {
  res.status(status).set("Cache-Control", "no-store").type("text/plain").send(message);
}

/** A download's 401: the bearer token sent is not (or no longer) a session. */
export const SESSION_NOT_VALID = "Your session has ended or the token is not valid. Sign in again.";
