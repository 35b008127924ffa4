import { createHash, randomBytes } from "node:crypto";

/** Prefixes tell the two kinds of bearer token apart (and let secret scanners spot leaked ones). */
export const SESSION_TOKEN_PREFIX = "hubs_";
export const API_TOKEN_PREFIX = "hubpat_";

/** 256 random bits, URL-safe. */
export function newToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** Tokens are high-entropy, so a fast hash is enough to make a stolen table useless. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
