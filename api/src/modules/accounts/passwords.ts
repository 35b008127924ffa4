import { hash, verify } from "@node-rs/argon2";
import { badInput } from "../../graphql/errors.js";
import { COMMON_PASSWORDS } from "./common-passwords.js";
import { charCount } from "../../graphql/input-rules.js";

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; short enough that hashing cannot be used to burn CPU. */
export const PASSWORD_MAX_LENGTH = 200;

/**
 * argon2id at OWASP's minimum recommendation (19 MiB, 2 iterations, 1 lane).
 * `algorithm: 2` is Argon2id: the package's enum is a const enum, which
 * isolated-module compilation cannot read.
 */
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/**
 * A hash of a random password, verified against when the email is unknown so
 * that a failed sign-in takes as long whether or not the account exists.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(`decoy-${Math.random()}-${Date.now()}`);
  return decoyHash;
}

/** Throws BAD_USER_INPUT on `field` for a password too short, too long, common or built from the person's own details. */
/** The parts of a person's name and email address a password must not contain. */
export const personalDetailsOf = (person: { email: string; name: string }) => [
  person.email.split("@")[0] ?? "",
  ...person.name.split(/\s+/),
];

export function checkPasswordStrength(password: string, field: string, personal: string[] = []): void {
  if (charCount(password) < PASSWORD_MIN_LENGTH) {
    throw badInput(field, `Password must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  }
  if (charCount(password) > PASSWORD_MAX_LENGTH) {
    throw badInput(field, `Password must be at most ${PASSWORD_MAX_LENGTH} characters long.`);
  }
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered) || new Set(lowered).size <= 2) {
    throw badInput(field, "That password is too common and easy to guess; choose another.");
  }
  for (const detail of personal.map((p) => p.toLowerCase()).filter((p) => p.length >= 4)) {
    if (lowered.includes(detail)) {
      throw badInput(field, "Password must not contain your name or email address.");
    }
  }
}
