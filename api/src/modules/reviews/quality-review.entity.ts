import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Ref,
} from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Network, School } from "../organisations/index.js";
import { User } from "../accounts/index.js";
import { QualityReviewKind } from "./review.enums.js";
import { ReviewFinding } from "./review-finding.entity.js";

/**
 * One quality review of a school by a hub. Its school, hub, kind and date
 * are copied onto every theme tag of its findings (`ReviewFindingTheme`), so
 * the insight counts read one index and never join back here.
 */
@Entity({ tableName: "quality_review" })
@Unique({ name: "quality_review_school_id_kind_review_date_unique", properties: ["school", "kind", "reviewDate"] })
@Index({ name: "quality_review_hub_id_review_date_index", properties: ["hub", "reviewDate"] })
@ObjectType("QualityReview", {
  implements: Node,
  description:
    "A quality review (QAR or MLQAR) of one school by one of its hubs, with what it found strong and what to develop. Seen only by the school's staff, the hub's moderators and leads, and admins.",
})
export class QualityReview implements Node {
  [OptionalProps]?: "uuid" | "id" | "createdBy" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("QualityReview", this.uuid);
  }

  /** The school reviewed; exposed through a batched field resolver. */
  @ManyToOne({ entity: () => School, ref: true, deleteRule: "cascade" })
  school!: Ref<School>;

  /** The hub (or teaching school hub) that carried out the review; exposed through a batched field resolver. */
  @ManyToOne({ entity: () => Network, ref: true, deleteRule: "cascade" })
  hub!: Ref<Network>;

  @Field(() => QualityReviewKind, { description: "The kind of review." })
  @Enum({ items: () => QualityReviewKind, type: "string" })
  kind!: QualityReviewKind;

  @Field(() => GraphQLLocalDate, { description: "The day the review took place (never in the future)." })
  @Property({ type: "date" })
  reviewDate!: string;

  /** What it found, in the order entered; exposed through a field resolver. */
  @OneToMany({ entity: () => ReviewFinding, mappedBy: "review", orderBy: { position: "asc", uuid: "asc" } })
  findings = new Collection<ReviewFinding>(this);

  /** Who entered it; kept when they leave (set to null). */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  createdBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTimeISO, { description: "When it was entered." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When it or its findings last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
