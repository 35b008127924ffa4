import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, Index } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { toGlobalId } from "../../graphql/relay.js";
import { User } from "./user.entity.js";

/** A personal API token for scripts. The secret is shown once at creation; only its hash is kept. */
@Entity({ tableName: "api_token" })
@ObjectType("ApiToken", { description: "A personal API token that lets a script act as you." })
export class ApiToken {
  [OptionalProps]?: "uuid" | "id" | "createdAt" | "lastUsedAt" | "revokedAt" | "expiresAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Identifier, for revoking this token." })
  get id(): string {
    return toGlobalId("ApiToken", this.uuid);
  }

  @ManyToOne(() => User, { deleteRule: "cascade" })
  @Index()
  user!: User;

  @Field(() => String, { description: "The name you gave the token, e.g. 'Nightly export'." })
  @Property({ type: "string", length: 80 })
  name!: string;

  @Field(() => String, { description: "The token's first characters, to recognise it by." })
  @Property({ type: "string", length: 16 })
  prefix!: string;

  @Property({ type: "string", length: 64 })
  @Unique()
  tokenHash!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When the token was created." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When a script last used the token." })
  @Property({ type: "datetime", nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the token stops working, if ever." })
  @Property({ type: "datetime", nullable: true })
  expiresAt?: Date | null;

  @Property({ type: "datetime", nullable: true })
  revokedAt?: Date | null;
}
