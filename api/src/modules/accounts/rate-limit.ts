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

/** One limit: at most `max` attempts counted against `key` in the window. */
export interface Limit {
  key: string;
  max: number;
}

/**
 * Counts one attempt against every key, unless one of them is at its limit:
 * returns the limit that refused it, or null with the attempt counted. One
 * atomic step, so simultaneous requests cannot all pass at the edge: a
 * transaction holds an advisory lock per key while it counts and inserts,
 * so requests for one key queue here and each sees those before it. (An
 * insert guarded by a count in one statement would not do: each statement
 * sees only what was committed when it began, so simultaneous ones count
 * alike and all insert. The lock also keeps the sliding window of rows.)
 */
export async function countUnlessLimited(
  em: EntityManager,
  limits: Limit[],
  windowMinutes: number,
): Promise<Limit | null> {
  return em.transactional(async (tx) => {
    // Always in the same order, so two requests locking the same keys cannot deadlock.
    for (const key of limits.map((limit) => limit.key).sort()) {
      await tx.execute("select pg_advisory_xact_lock(hashtext('rate-limit'), hashtext(?))", [key]);
    }
    const counts = await Promise.all(limits.map((limit) => recentCount(tx, limit.key, windowMinutes)));
    const refusing = limits.find((limit, index) => counts[index]! >= limit.max);
    if (refusing) return refusing;
    for (const limit of limits) tx.create(LoginFailure, { key: limit.key });
    return null;
  });
}

/**
 * Counts a sign-in attempt as failed before its password is checked, or
 * refuses it with RATE_LIMITED once too many recent attempts failed, for
 * this account (guessing one password) or from this address (trying many
 * accounts). Counted first, so at most the limit of simultaneous guesses
 * reach the password check; a locked-out guesser learns nothing. A sign-in
 * that then succeeds takes its count back (`clearLoginFailures`).
 */
export async function countLoginAttempt(em: EntityManager, email: string, ip: string): Promise<void> {
  const keys = keysFor(email, ip);
  const refused = await countUnlessLimited(
    em,
    [
      { key: keys.account, max: LOGIN_LIMITS.perAccount },
      { key: keys.address, max: LOGIN_LIMITS.perAddress },
    ],
    LOGIN_LIMITS.windowMinutes,
  );
  if (refused) {
    throw new DomainError(
      "RATE_LIMITED",
      `Too many failed sign-in attempts. Wait ${LOGIN_LIMITS.windowMinutes} minutes and try again.`,
    );
  }
}

/** Forgets failures older than a day (the longest window is far shorter). */
export async function forgetOldLoginFailures(em: EntityManager): Promise<void> {
  await em.nativeDelete(LoginFailure, { createdAt: { $lt: new Date(Date.now() - 24 * 3_600_000) } });
}

/**
 * A successful sign-in clears the account's failures, and takes back the one
 * its attempt counted against the address (the address's other failures stay).
 */
export async function clearLoginFailures(em: EntityManager, email: string, ip: string): Promise<void> {
  const keys = keysFor(email, ip);
  await em.nativeDelete(LoginFailure, { key: keys.account });
  await em.execute(
    "delete from login_failure where id = (select id from login_failure where key = ? order by created_at desc limit 1)",
    [keys.address],
  );
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
 * Counts an email of this kind to the address at the requester's asking, or refuses with
 * RATE_LIMITED once the address has had its share of this kind of email, or the requester has
 * asked for its share of account emails, so the forms cannot be used to flood inboxes. Counted
 * alike whether or not the address has an account (both get an email), so a refusal reveals
 * nothing about who is registered. One atomic step (see `countUnlessLimited`), committed before
 * the email is prepared: simultaneous requests cannot all pass at the edge.
 */
export async function countAccountMail(
  em: EntityManager,
  kind: AccountMail,
  email: string,
  requester: AccountMailRequester,
): Promise<void> {
  const toEmail = { key: mailKey(kind, email), max: ACCOUNT_MAIL_LIMIT.perEmail };
  const byClient = { key: requesterKey(requester.ip), max: requester.perClient };
  const refused = await countUnlessLimited(em, [toEmail, byClient], ACCOUNT_MAIL_LIMIT.windowMinutes);
  if (refused === toEmail) {
    throw new DomainError(
      "RATE_LIMITED",
      "We have already emailed this address several times in the last hour. Use the link in the latest email, or try again in an hour.",
    );
  }
  if (refused === byClient) {
    throw new DomainError(
      "RATE_LIMITED",
      "We have already sent many emails at requests from your connection in the last hour. Try again in an hour.",
    );
  }
}
