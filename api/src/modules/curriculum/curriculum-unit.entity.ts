import {
  ArrayType,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from "@mikro-orm/core";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Resource } from "../resources/index.js";
import { YearGroup } from "../taxonomy/index.js";
import { Term } from "./curriculum.enums.js";
import type { CurriculumEntitlement } from "./curriculum-entitlement.entity.js";

/** One unit of an entitlement: what is taught in one year group and term, and what pupils are entitled to learn. */
@Entity({ tableName: "curriculum_unit" })
@Index({ name: "curriculum_unit_entitlement_id_position_index", properties: ["entitlement", "position"] })
@ObjectType({
  implements: Node,
  description: "One unit of a curriculum entitlement, with the knowledge and skills pupils are entitled to.",
})
export class CurriculumUnit implements Node {
  [OptionalProps]?: "uuid" | "id" | "unitKey" | "summary" | "knowledge" | "skills";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("CurriculumUnit", this.uuid);
  }

  @ManyToOne({ entity: "CurriculumEntitlement", ref: true, deleteRule: "cascade" })
  entitlement!: Ref<CurriculumEntitlement>;

  @Field(() => ID, {
    description:
      "Identifies the same unit across versions of an entitlement (kept when a draft is made from an agreed version, even if the unit is renamed).",
  })
  @Property({ type: "uuid" })
  unitKey: string = randomUUID();

  @Field(() => Int, { description: "Place in teaching order, from 1." })
  @Property({ type: "integer" })
  position!: number;

  @Field(() => String, { description: "The unit's title." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => YearGroup, { description: "The year group the unit is taught to (within the entitlement's key stage)." })
  @Enum({ items: () => YearGroup, type: "string" })
  yearGroup!: YearGroup;

  @Field(() => Term, { description: "The term the unit is taught in." })
  @Enum({ items: () => Term, type: "string" })
  term!: Term;

  @Field(() => String, { description: "What the unit is about, in a few sentences." })
  @Property({ type: "text" })
  summary: string = "";

  @Field(() => [String], { description: "What pupils are entitled to know, one statement each, in order." })
  @Property({ type: ArrayType, columnType: "text[]" })
  knowledge: string[] = [];

  @Field(() => [String], { description: "What pupils are entitled to be able to do, one statement each, in order." })
  @Property({ type: ArrayType, columnType: "text[]" })
  skills: string[] = [];

  /** Resources that teach the unit; exposed filtered by what the viewer may see. */
  @ManyToMany({ entity: () => Resource, owner: true, pivotTable: "curriculum_unit_resource" })
  linkedResources = new Collection<Resource>(this);
}
