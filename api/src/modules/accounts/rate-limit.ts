import type { EntityManager } from "@mikro-orm/postgresql";
import { DomainError } from "../../graphql/errors.js";
import { LoginFailure } from "./login-attempt.entity.js";

/** Failed sign-ins allowed in the window, per account and per address. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMinutes: 15 } as const;

const keysFor = (email: string, ip: string) => ({ account: `email:${email}`, address: `ip:${ip}` });

/**
 * Refuses a sign-in with RATE_LIMITED once too many recent attempts failed,
 * for this account (guessing one password) or from this address (trying many
 * accounts). Checked before the password, so a locked-out guesser learns nothing.
 */
export async function assertLoginAllowed(em: EntityManager, email: string, ip: string): Promise<void> {
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000);
  const keys = keysFor(email, ip);
  const [forAccount, forAddress] = await Promise.all([
    em.count(LoginFailure, { key: keys.account, createdAt: { $gte: since } }),
    em.count(LoginFailure, { key: keys.address, createdAt: { $gte: since } }),
  ]);
  if (forAccount >= LOGIN_LIMITS.perAccount || forAddress >= LOGIN_LIMITS.perAddress) {
    throw new DomainError(
      "RATE_LIMITED",
      `Too many failed sign-in attempts. Wait ${LOGIN_LIMITS.windowMinutes} minutes and try again, or reset your password.`,
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
