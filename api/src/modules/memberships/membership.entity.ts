import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, Index } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { toGlobalId } from "../../graphql/relay.js";
import { NetworkRole } from "../../policy/index.js";
import { User } from "../accounts/index.js";
import { Network } from "../organisations/index.js";

@Entity({ tableName: "membership" })
@Unique({ name: "membership_user_id_network_id_unique", properties: ["user", "network"] })
@ObjectType("Membership", { description: "A person's place in a network, with their role." })
export class Membership {
  [OptionalProps]?: "uuid" | "id" | "createdAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Identifier of this membership." })
  get id(): string {
    return toGlobalId("Membership", this.uuid);
  }

  @Field(() => User, { description: "The member." })
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Field(() => Network, { description: "The network." })
  @ManyToOne(() => Network, { deleteRule: "cascade" })
  @Index()
  network!: Network;

  @Field(() => NetworkRole, { description: "What the member may do in the network." })
  @Enum({ items: () => NetworkRole, type: "string" })
  role!: NetworkRole;

  @Field(() => GraphQLDateTimeISO, { description: "When the person joined." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
