import { Entity, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Node, toGlobalId } from "../../graphql/relay.js";

/**
 * A school-improvement theme from a controlled list, e.g. early reading and
 * phonics. Reference data written by the taxonomy migration.
 */
@Entity({ tableName: "theme" })
@ObjectType({
  implements: Node,
  description: "A school-improvement theme from a controlled list, e.g. 'Early reading and phonics'.",
})
export class Theme implements Node {
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid!: string;

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("Theme", this.uuid);
  }

  @Field(() => String, { description: "Stable identifier used in links and filters, e.g. `oracy`." })
  @Property({ type: "string", length: 60 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: "The theme's name as shown to people." })
  @Property({ type: "string", length: 100 })
  name!: string;

  @Field(() => String, { description: "One sentence on what the theme covers." })
  @Property({ type: "string", length: 300 })
  description!: string;

  /** Position in lists. */
  @Property({ type: "integer" })
  sortOrder!: number;
}
