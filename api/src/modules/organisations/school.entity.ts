import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Phase, Region } from "../taxonomy/index.js";
import { Network } from "./network.entity.js";

@Entity({ tableName: "school" })
@Index({ name: "school_name_id_index", properties: ["name", "uuid"] })
@Check({ name: "school_urn_check", expression: "urn ~ '^[0-9]{6}$'" })
@ObjectType({
  implements: Node,
  description: "A school in England, identified by its six-digit URN (unique reference number).",
})
export class School implements Node {
  [OptionalProps]?: "uuid" | "id" | "postcode" | "createdAt" | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("School", this.uuid);
  }

  @Field(() => String, { description: "The school's unique reference number: exactly six digits, e.g. `100000`." })
  @Property({ type: "string", length: 6 })
  @Unique()
  urn!: string;

  @Field(() => String, { description: "The school's name." })
  @Property({ type: "string", length: 200 })
  name!: string;

  @Field(() => String, { description: "Stable, human-readable identifier used in links." })
  @Property({ type: "string", length: 120 })
  @Unique()
  slug!: string;

  @Field(() => Phase, { description: "The phase of education the school serves." })
  @Enum({ items: () => Phase, type: "string" })
  phase!: Phase;

  @Field(() => Region, { description: "The English region the school is in." })
  @Enum({ items: () => Region, type: "string" })
  region!: Region;

  @Field(() => String, { description: "The local authority the school is in, e.g. `Camden`." })
  @Property({ type: "string", length: 100 })
  localAuthority!: string;

  @Field(() => String, { nullable: true, description: "Postcode in upper case with one space, e.g. `NW1 2DB`." })
  @Property({ type: "string", length: 8, nullable: true })
  postcode: string | null = null;

  /** Networks the school belongs to; exposed through a batched field resolver. */
  @ManyToMany({ entity: () => Network, mappedBy: (network: Network) => network.schools })
  networks = new Collection<Network>(this);

  @Field(() => GraphQLDateTimeISO, { description: "When the school was added." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the school's details last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
