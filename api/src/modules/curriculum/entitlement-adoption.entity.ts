import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { User } from "../accounts/user.entity.js";
import { School } from "../organisations/school.entity.js";
import { CurriculumEntitlement } from "./curriculum-entitlement.entity.js";

/**
 * A school's record of which version of an entitlement series it teaches.
 * One per school and series: recording another version replaces it.
 */
@Entity({ tableName: "entitlement_adoption" })
@Unique({ name: "entitlement_adoption_school_id_series_slug_unique", properties: ["school", "seriesSlug"] })
@Index({ name: "entitlement_adoption_entitlement_id_index", properties: ["entitlement"] })
@ObjectType({ implements: Node, description: "A school's record of which version of an entitlement it teaches." })
export class EntitlementAdoption implements Node {
  [OptionalProps]?: "uuid" | "id" | "localNotes" | "createdAt" | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("EntitlementAdoption", this.uuid);
  }

  /** The school; exposed through a field resolver. */
  @ManyToOne({ entity: () => School, ref: true, deleteRule: "cascade" })
  school!: Ref<School>;

  /** The version adopted; exposed through a field resolver. */
  @ManyToOne({ entity: () => CurriculumEntitlement, ref: true, deleteRule: "cascade" })
  entitlement!: Ref<CurriculumEntitlement>;

  /** The entitlement's series slug, so a school holds one adoption per series. */
  @Property({ type: "string", length: 120 })
  seriesSlug!: string;

  @Field(() => GraphQLLocalDate, { description: "The day the school began teaching this version." })
  @Property({ type: "date" })
  adoptedOn!: string;

  @Field(() => String, { description: "How the school adapts the entitlement to its own context." })
  @Property({ type: "text" })
  localNotes: string = "";

  /** Who recorded the adoption. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  recordedBy!: Ref<User> | null;

  @Field(() => GraphQLDateTimeISO, { description: "When the adoption was first recorded." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the adoption last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
