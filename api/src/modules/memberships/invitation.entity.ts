import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { toGlobalId } from "../../graphql/relay.js";
import { NetworkRole } from "../../policy/index.js";
import { User } from "../accounts/index.js";
import { Network } from "../organisations/index.js";

/** An invitation by email to join a network. Its token is single-use and expires; only a hash is kept. */
@Entity({ tableName: "invitation" })
@ObjectType("Invitation", { description: "An invitation to join a network." })
export class Invitation {
  [OptionalProps]?: "uuid" | "id" | "createdAt" | "acceptedAt" | "revokedAt" | "declinedAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Identifier of this invitation." })
  get id(): string {
    return toGlobalId("Invitation", this.uuid);
  }

  @Field(() => Network, { description: "The network the person is invited to." })
  @ManyToOne(() => Network, { deleteRule: "cascade" })
  @Index()
  network!: Network;

  @Field(() => String, { description: "The address the invitation was sent to." })
  @Property({ type: "string", length: 254 })
  @Index()
  email!: string;

  @Field(() => NetworkRole, { description: "The role the person will have on accepting." })
  @Enum({ items: () => NetworkRole, type: "string" })
  role!: NetworkRole;

  @Property({ type: "string", length: 64 })
  @Unique()
  tokenHash!: string;

  @Field(() => User, { description: "Who sent the invitation." })
  @ManyToOne(() => User, { deleteRule: "cascade" })
  invitedBy!: User;

  @Field(() => GraphQLDateTimeISO, { description: "When it was sent." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When it stops working if not accepted." })
  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  acceptedAt?: Date | null;

  @Property({ type: "datetime", nullable: true })
  revokedAt?: Date | null;

  @Property({ type: "datetime", nullable: true })
  declinedAt?: Date | null;
}
