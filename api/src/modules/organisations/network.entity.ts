import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Region } from "../taxonomy/index.js";
import { NetworkKind } from "./network-kind.js";
import { NetworkSchool } from "./network-school.entity.js";
import { School } from "./school.entity.js";

@Entity({ tableName: "network" })
@Index({ name: "network_name_id_index", properties: ["name", "uuid"] })
@Index({ name: "network_parent_id_index", properties: ["parent"] })
@ObjectType({
  implements: Node,
  description:
    "A group of schools or leaders: a trust, a hub, a teaching school hub, or a network, group or partnership inside or across them.",
})
export class Network implements Node {
  [OptionalProps]?:
    "uuid" | "id" | "parent" | "subject" | "region" | "moderatorsPublishDirectly" | "createdAt" | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("Network", this.uuid);
  }

  @Field(() => NetworkKind, { description: "What sort of network this is." })
  @Enum({ items: () => NetworkKind, type: "string" })
  kind!: NetworkKind;

  @Field(() => String, { description: "The network's name." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { description: "Stable, human-readable identifier used in links." })
  @Property({ type: "string", length: 120 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: "What the network is for and who belongs to it." })
  @Property({ type: "text" })
  description!: string;

  /** The network this one sits inside (a trust for its subject networks, a partnership for its hubs). Never a cycle. */
  @ManyToOne({ entity: () => Network, ref: true, nullable: true, deleteRule: "set null" })
  parent: Ref<Network> | null = null;

  @Field(() => String, { nullable: true, description: "The subject a subject network is about, e.g. `History`." })
  @Property({ type: "text", nullable: true })
  subject: string | null = null;

  @Field(() => Region, { nullable: true, description: "The English region the network serves; null when national." })
  @Enum({ items: () => Region, type: "string", nullable: true })
  region: Region | null = null;

  @Field(() => Boolean, {
    description: "Whether the network's moderators may publish material directly, without a separate review.",
  })
  @Property({ type: "boolean", default: false })
  moderatorsPublishDirectly: boolean = false;

  /** Member schools; exposed through a paged field resolver. */
  @ManyToMany({
    entity: () => School,
    pivotEntity: () => NetworkSchool,
    owner: true,
    inversedBy: (school: School) => school.networks,
  })
  schools = new Collection<School>(this);

  @Field(() => GraphQLDateTimeISO, { description: "When the network was added." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the network's details last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
