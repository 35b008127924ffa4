import { createHmac, timingSafeEqual } from "node:crypto";

/** What an upload URL's signature vouches for. */
export interface SignedTicket {
  ticketId: string;
  resourceId: string;
  userId: string;
  /** Unix seconds. */
  expires: number;
}

const message = (ticket: SignedTicket) =>
  `attachment-upload\n${ticket.ticketId}\n${ticket.resourceId}\n${ticket.userId}\n${ticket.expires}`;

/** HMAC-SHA256 of the ticket under the server's secret, base64url. */
export function signTicket(secret: string, ticket: SignedTicket): string {
  return createHmac("sha256", secret).update(message(ticket)).digest("base64url");
}

/** Whether `signature` is the one {@link signTicket} gives (compared in constant time). */
export function hasValidSignature(secret: string, ticket: SignedTicket, signature: string): boolean {
  const expected = Buffer.from(signTicket(secret, ticket));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
