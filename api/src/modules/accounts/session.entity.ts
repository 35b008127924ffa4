import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, Index } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { toGlobalId } from "../../graphql/relay.js";
import { User } from "./user.entity.js";

/**
 * A signed-in session. Only a SHA-256 hash of its token is stored, so a
 * database leak does not hand out sessions. It ends when revoked, when unused
 * for the idle period, or at its absolute expiry, whichever comes first.
 */
@Entity({ tableName: "session" })
@ObjectType("Session", { description: "A place where you are signed in." })
export class Session {
  [OptionalProps]?: "uuid" | "id" | "createdAt" | "lastSeenAt" | "revokedAt" | "userAgent";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Identifier, for revoking this session." })
  get id(): string {
    return toGlobalId("Session", this.uuid);
  }

  @ManyToOne(() => User, { deleteRule: "cascade" })
  @Index()
  user!: User;

  @Property({ type: "string", length: 64 })
  @Unique()
  tokenHash!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When you signed in." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When this session was last used." })
  @Property({ type: "datetime" })
  lastSeenAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When this session ends even if it keeps being used." })
  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The browser or program that signed in, as it described itself.",
  })
  @Property({ type: "string", length: 300, nullable: true })
  userAgent?: string | null;
}
