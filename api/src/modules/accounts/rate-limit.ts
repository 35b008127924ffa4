import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../../graphql/errors.js";
import { LoginFailure } from "./login-attempt.entity.js";

/** Failed sign-ins allowed in the window, per account and per address. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMinutes: 15 } as const;

const keysFor = (email: string, ip: string) => ({ account: `email:${email}`, address: `ip:${ip}` });

/** How many attempts were counted against this key in the last `windowMinutes`. */
function recentCount(em: EntityManager, key: string, windowMinutes: number): Promise<number> {
  return em.count(LoginFailure, { key, createdAt: { $gte: new Date(Date.now() - windowMinutes * 60_000) } });
}

/**
 * Refuses a sign-in with RATE_LIMITED once too many recent attempts failed,
 * for this account (guessing one password) or from this address (trying many
 * accounts). Checked before the password, so a locked-out guesser learns nothing.
 */
export async function assertLoginAllowed(em: EntityManager, email: string, ip: string): Promise<void> {
  const keys = keysFor(email, ip);
  const [forAccount, forAddress] = await Promise.all([
    recentCount(em, keys.account, LOGIN_LIMITS.windowMinutes),
    recentCount(em, keys.address, LOGIN_LIMITS.windowMinutes),
  ]);
  if (forAccount >= LOGIN_LIMITS.perAccount || forAddress >= LOGIN_LIMITS.perAddress) {
    throw new DomainError(
      "RATE_LIMITED",
      `Too many failed sign-in attempts. Wait ${LOGIN_LIMITS.windowMinutes} minutes and try again.`,
    );
  }
}

/** Records a failure against the account and the address, and forgets failures older than a day. */
export async function recordLoginFailure(em: EntityManager, email: string, ip: string): Promise<void> {
  const keys = keysFor(email, ip);
  em.create(LoginFailure, { key: keys.account });
  em.create(LoginFailure, { key: keys.address });
  await em.flush();
  await em.nativeDelete(LoginFailure, { createdAt: { $lt: new Date(Date.now() - 24 * 3_600_000) } });
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearLoginFailures(em: EntityManager, email: string, ip: string): Promise<void> {
  await em.nativeDelete(LoginFailure, { key: keysFor(email, ip).account });
}

/**
 * Emails of one kind sent to one address in the window: enough for a lost email, too few to flood an
 * inbox. Counted per kind, so asking for a password reset does not use up sign-up emails.
 */
export const ACCOUNT_MAIL_LIMIT = { perEmail: 3, windowMinutes: 60 } as const;

/** The account emails anyone can ask the hub to send to an address. */
export type AccountMail = "sign-up" | "password-reset";

/**
 * Who asked for an account email: the client's address, and how many account emails (of any kind,
 * to anyone) one client address may ask for in the window (`ACCOUNT_MAIL_PER_CLIENT_PER_HOUR`), so
 * one client cannot send the hub's mail to address after address.
 */
export interface AccountMailRequester {
  ip: string;
  perClient: number;
}

const mailKey = (kind: AccountMail, email: string) => `${kind}:${email}`;
const requesterKey = (ip: string) => `mail-from:${ip}`;

/**
 * Refuses with RATE_LIMITED once the address has had its share of this kind of email, or the
 * requester has asked for its share of account emails, so the forms cannot be used to flood
 * inboxes. Counted alike whether or not the address has an account (both get an email), so a
 * refusal reveals nothing about who is registered.
 */
export async function assertAccountMailAllowed(
  em: EntityManager,
  kind: AccountMail,
  email: string,
  requester: AccountMailRequester,
): Promise<void> {
  const [sentToEmail, askedByClient] = await Promise.all([
    recentCount(em, mailKey(kind, email), ACCOUNT_MAIL_LIMIT.windowMinutes),
    recentCount(em, requesterKey(requester.ip), ACCOUNT_MAIL_LIMIT.windowMinutes),
  ]);
  if (sentToEmail >= ACCOUNT_MAIL_LIMIT.perEmail) {
    throw new DomainError(
      "RATE_LIMITED",
      "We have already emailed this address several times in the last hour. Use the link in the latest email, or try again in an hour.",
    );
  }
  if (askedByClient >= requester.perClient) {
    throw new DomainError(
      "RATE_LIMITED",
      "We have already sent many emails at requests from your connection in the last hour. Try again in an hour.",
    );
  }
}

/** Counts an email of this kind sent to the address at the requester's asking (saved with the caller's next flush). */
export function countAccountMail(
  em: EntityManager,
  kind: AccountMail,
  email: string,
  requester: AccountMailRequester,
): void {
  em.create(LoginFailure, { key: mailKey(kind, email) });
  em.create(LoginFailure, { key: requesterKey(requester.ip) });
}
