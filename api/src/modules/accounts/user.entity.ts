import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { School } from "../organisations/school.entity.js";

@Entity({ tableName: "app_user" })
@ObjectType({ implements: Node, description: "A person with an account: an author, a network member, a contact." })
export class User implements Node {
  [OptionalProps]?: "uuid" | "id" | "isAdmin" | "createdAt" | "updatedAt" | "passwordChangedAt" | "school";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("User", this.uuid);
  }

  @Field(() => String, { description: "The person's name as they want it shown." })
  @Property({ type: "string", length: 120 })
  name!: string;

  /** Stored lower-case; shown only to the person and to admins (see the email field resolver). */
  @Property({ type: "string", length: 254 })
  @Unique()
  email!: string;

  @Field(() => String, { nullable: true, description: "Job title, e.g. 'Head of history' or 'Hub manager'." })
  @Property({ type: "string", length: 120, nullable: true })
  jobTitle?: string | null;

  @ManyToOne(() => School, { nullable: true, deleteRule: "set null" })
  school?: School | null;

  @Field(() => String, { nullable: true, description: "A few sentences about the person's work." })
  @Property({ type: "text", nullable: true })
  bio?: string | null;

  @Property({ type: "text", lazy: true })
  passwordHash!: string;

  @Field(() => Boolean, { description: "Whether the person administers the whole site." })
  @Property({ type: "boolean" })
  isAdmin: boolean = false;

  @Property({ type: "datetime" })
  passwordChangedAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the account was created." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
