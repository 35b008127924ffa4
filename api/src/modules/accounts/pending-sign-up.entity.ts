import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";
import { School } from "../organisations/school.entity.js";

/**
 * A sign-up waiting for its email address to be confirmed. The account is only created when the
 * link in the confirmation email is used, so an address cannot be claimed by someone who does not
 * receive its mail, and signing up never reveals whether an address already has an account.
 */
@Entity({ tableName: "pending_sign_up" })
export class PendingSignUp {
  [OptionalProps]?: "uuid" | "createdAt" | "jobTitle" | "school";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Property({ type: "string", length: 254 })
  @Index()
  email!: string;

  @Property({ type: "string", length: 120 })
  name!: string;

  @Property({ type: "string", length: 120, nullable: true })
  jobTitle?: string | null;

  @ManyToOne(() => School, { nullable: true, deleteRule: "set null" })
  school?: School | null;

  @Property({ type: "text" })
  passwordHash!: string;

  @Property({ type: "string", length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
