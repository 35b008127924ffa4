import { Entity, Index, OptionalProps, PrimaryKey, Property } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";

/**
 * One attempt counted against a limit (see rate-limit.ts): a sign-in, counted before its password
 * is checked and taken back if it succeeds, keyed by account ("email:…") and by address ("ip:…"),
 * or an account email sent ("sign-up:…", "password-reset:…", "mail-from:…").
 * Kept in PostgreSQL, not memory, so limits hold across every API replica.
 */
@Entity({ tableName: "login_failure" })
@Index({ name: "login_failure_key_created_at_index", properties: ["key", "createdAt"] })
export class LoginFailure {
  [OptionalProps]?: "uuid" | "createdAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Property({ type: "string", length: 300 })
  key!: string;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
