import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  PrimaryKeyProp,
  Property,
  Unique,
  type Ref,
} from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { KeyStage, Phase, Subject, Theme } from "../taxonomy/index.js";
import { Network, School } from "../organisations/index.js";
import { AreaOfExcellence } from "../excellence/index.js";
import { FindingKind, QualityReviewKind } from "./review.enums.js";
import type { QualityReview } from "./quality-review.entity.js";

export const FINDING_TEXT_MAX_LENGTH = 1000;

/** One thing a review found: a strength or an area for development, tagged with themes. */
@Entity({ tableName: "review_finding" })
@Index({ name: "review_finding_review_id_index", properties: ["review"] })
@ObjectType("ReviewFinding", {
  implements: Node,
  description:
    "One finding of a quality review: a strength ('what went well') or an area for development ('even better if'), tagged with themes.",
})
export class ReviewFinding implements Node {
  [OptionalProps]?: "uuid" | "id" | "phase" | "keyStage" | "subject" | "areaOfExcellence" | "createdAt" | "updatedAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("ReviewFinding", this.uuid);
  }

  @ManyToOne({ entity: "QualityReview", ref: true, deleteRule: "cascade" })
  review!: Ref<QualityReview>;

  @Field(() => FindingKind, { description: "A strength or an area for development." })
  @Enum({ items: () => FindingKind, type: "string" })
  kind!: FindingKind;

  @Field(() => Phase, { nullable: true, description: "The phase the finding is about, when it is about one." })
  @Enum({ items: () => Phase, type: "string", nullable: true })
  phase: Phase | null = null;

  @Field(() => KeyStage, { nullable: true, description: "The key stage the finding is about, when it is about one." })
  @Enum({ items: () => KeyStage, type: "string", nullable: true })
  keyStage: KeyStage | null = null;

  /** The subject it is about, if any; exposed through a batched field resolver. */
  @ManyToOne({ entity: () => Subject, ref: true, nullable: true, deleteRule: "set null" })
  subject: Ref<Subject> | null = null;

  @Field(() => String, {
    description: `What the review said, briefly (at most ${FINDING_TEXT_MAX_LENGTH} characters).`,
  })
  @Property({ type: "string", length: FINDING_TEXT_MAX_LENGTH })
  text!: string;

  /** Position among the review's findings. */
  @Property({ type: "integer" })
  position!: number;

  /** The Area of Excellence proposed from this strength, if one was; exposed through a field resolver. */
  @ManyToOne({ entity: () => AreaOfExcellence, ref: true, nullable: true, deleteRule: "set null" })
  @Unique({ name: "review_finding_area_of_excellence_id_unique" })
  areaOfExcellence: Ref<AreaOfExcellence> | null = null;

  /** Its themes, one row each (at least one); exposed through a batched field resolver. */
  @OneToMany({ entity: "ReviewFindingTheme", mappedBy: "finding" })
  themeTags = new Collection<ReviewFindingTheme>(this);

  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A finding's theme, with the facts the insight counts group by copied from
 * its finding and review: "how many of this hub's schools have theme T as a
 * strength between two dates" is one range scan of
 * `review_finding_theme_hub_period_index`, answered from the index alone.
 * The review service keeps the copies in step when a review or finding changes.
 */
@Entity({ tableName: "review_finding_theme" })
@Index({
  name: "review_finding_theme_hub_period_index",
  properties: ["hub", "reviewDate", "theme", "findingKind", "school"],
})
@Index({
  name: "review_finding_theme_theme_period_index",
  properties: ["theme", "findingKind", "reviewDate", "school"],
})
@Index({ name: "review_finding_theme_school_id_index", properties: ["school"] })
export class ReviewFindingTheme {
  [PrimaryKeyProp]?: ["finding", "theme"];

  @ManyToOne({ entity: () => ReviewFinding, primary: true, deleteRule: "cascade" })
  finding!: ReviewFinding;

  @ManyToOne({ entity: () => Theme, primary: true, deleteRule: "cascade" })
  theme!: Theme;

  @ManyToOne({ entity: () => Network, ref: true, deleteRule: "cascade" })
  hub!: Ref<Network>;

  @ManyToOne({ entity: () => School, ref: true, deleteRule: "cascade" })
  school!: Ref<School>;

  @Property({ type: "date" })
  reviewDate!: string;

  @Enum({ items: () => QualityReviewKind, type: "string" })
  reviewKind!: QualityReviewKind;

  @Enum({ items: () => FindingKind, type: "string" })
  findingKind!: FindingKind;

  @Enum({ items: () => Phase, type: "string", nullable: true })
  phase: Phase | null = null;
}
