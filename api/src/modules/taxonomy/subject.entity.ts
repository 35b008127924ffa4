import { ArrayType, Entity, PrimaryKey, Property, Unique } from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { Node, toGlobalId } from "../../graphql/relay.js";

/**
 * A curriculum subject. Reference data: the rows are written by the taxonomy
 * migration so every database has the same subjects with the same ids.
 */
@Entity({ tableName: "subject" })
@ObjectType({
  implements: Node,
  description: "A curriculum subject, e.g. Mathematics, or a non-subject area such as early years.",
})
export class Subject implements Node {
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid!: string;

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("Subject", this.uuid);
  }

  @Field(() => String, { description: "Stable identifier used in links and filters, e.g. `mathematics`." })
  @Property({ type: "string", length: 60 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: "The subject's name as shown to people, e.g. 'Mathematics'." })
  @Property({ type: "string", length: 100 })
  name!: string;

  @Field(() => [String], {
    description: "Other names people search with, e.g. 'maths' and 'numeracy' for Mathematics.",
  })
  @Property({ type: ArrayType, columnType: "text[]" })
  aliases: string[] = [];

  /** Position in lists: core subjects first, then the foundation subjects, then the rest. */
  @Property({ type: "integer" })
  sortOrder!: number;
}
