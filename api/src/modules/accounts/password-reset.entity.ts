import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";
import { User } from "./user.entity.js";

/**
 * A password reset link that was emailed and not used yet. Only the token's hash is kept, so reading
 * this table does not let anyone reset a password; using a link removes every link of its account.
 */
@Entity({ tableName: "password_reset" })
export class PasswordReset {
  [OptionalProps]?: "uuid" | "createdAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: "cascade" })
  @Index()
  user!: User;

  @Property({ type: "string", length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
