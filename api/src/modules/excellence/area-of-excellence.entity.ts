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
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Phase, Theme } from "../taxonomy/index.js";
import { School } from "../organisations/index.js";
import { User } from "../accounts/index.js";
import { Resource } from "../resources/index.js";
import { SharedAmbition } from "../ambitions/index.js";
import { AoeStatus, ReviewKind } from "./excellence.enums.js";

export const AOE_SUMMARY_MAX_LENGTH = 300;
export const AOE_EVIDENCE_MAX_LENGTH = 100_000;
export const AOE_ESTIMATE_MAX_LENGTH = 120;
/** How long a validation lasts before it must be renewed. */
export const AOE_VALIDITY_YEARS = 3;

/** The date `years` years after `from` (29 February becomes 28 February where needed). */
export function yearsAfter(from: Date, years: number): Date {
  const result = new Date(from);
  result.setUTCFullYear(result.getUTCFullYear() + years);
  if (result.getUTCDate() !== from.getUTCDate()) result.setUTCDate(0);
  return result;
}

@Entity({ tableName: "area_of_excellence" })
@Index({ name: "area_of_excellence_school_id_index", properties: ["school"] })
@Index({ name: "area_of_excellence_created_at_id_index", properties: ["createdAt", "uuid"] })
@ObjectType("AreaOfExcellence", {
  implements: Node,
  description:
    "A strength of a particular school, recognised through a peer review (QAR or MLQAR), with its evidence, a contact and the events the school hosts.",
})
export class AreaOfExcellence implements Node {
  [OptionalProps]?:
    | "uuid"
    | "id"
    | "overallEstimate"
    | "status"
    | "currentStatus"
    | "validatedAt"
    | "expiresAt"
    | "validatedBy"
    | "createdAt"
    | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("AreaOfExcellence", this.uuid);
  }

  /** The school that is strong at this; exposed through a batched field resolver. */
  @ManyToOne({ entity: () => School, ref: true, deleteRule: "cascade" })
  school!: Ref<School>;

  @Field(() => String, { description: "What the school is strong at, e.g. 'Early reading and phonics'." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, { description: "Stable, human-readable identifier used in links." })
  @Property({ type: "string", length: 120 })
  @Unique()
  slug!: string;

  /** School-improvement themes; exposed through a batched field resolver. */
  @ManyToMany({ entity: () => Theme, owner: true, pivotTable: "area_of_excellence_theme" })
  themes = new Collection<Theme>(this);

  /** Shared ambitions the practice serves; exposed through a batched field resolver. */
  @ManyToMany({ entity: () => SharedAmbition, owner: true, pivotTable: "area_of_excellence_ambition" })
  ambitions = new Collection<SharedAmbition>(this);

  @Field(() => Phase, { description: "The phase of education the strength is in." })
  @Enum({ items: () => Phase, type: "string" })
  phase!: Phase;

  @Field(() => String, {
    description: `One or two sentences on the strength (at most ${AOE_SUMMARY_MAX_LENGTH} characters).`,
  })
  @Property({ type: "string", length: AOE_SUMMARY_MAX_LENGTH })
  summary!: string;

  @Field(() => String, { description: "The evidence for the strength, in Markdown (at most 100 KB)." })
  @Property({ type: "text" })
  evidence!: string;

  @Field(() => ReviewKind, { description: "The kind of review the strength was recognised through." })
  @Enum({ items: () => ReviewKind, type: "string" })
  sourceReview!: ReviewKind;

  @Field(() => GraphQLLocalDate, { description: "The date of that review." })
  @Property({ type: "date" })
  reviewDate!: string;

  @Field(() => String, {
    nullable: true,
    description: "The review's overall estimate, when it gave one, e.g. 'Leading'.",
  })
  @Property({ type: "string", length: AOE_ESTIMATE_MAX_LENGTH, nullable: true })
  overallEstimate: string | null = null;

  /** Stored status: PROPOSED or VALIDATED. The GraphQL `status` adds EXPIRED on read (see `currentStatus`). */
  @Enum({ items: () => AoeStatus, type: "string" })
  status: AoeStatus = AoeStatus.PROPOSED;

  @Field(() => AoeStatus, {
    name: "status",
    description: "Where the Area of Excellence stands; EXPIRED once a validation's `expiresAt` has passed.",
  })
  get currentStatus(): AoeStatus {
    if (this.status === AoeStatus.VALIDATED && this.expiresAt && this.expiresAt <= new Date()) {
      return AoeStatus.EXPIRED;
    }
    return this.status;
  }

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When a hub moderator validated it." })
  @Property({ type: "datetime", nullable: true })
  validatedAt: Date | null = null;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: `When the validation lapses: ${AOE_VALIDITY_YEARS} years after validation or the last renewal.`,
  })
  @Property({ type: "datetime", nullable: true })
  expiresAt: Date | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  validatedBy: Ref<User> | null = null;

  /** The person to contact about the strength; exposed through a batched field resolver. */
  @ManyToOne({ entity: () => User, ref: true })
  contact!: Ref<User>;

  @ManyToOne({ entity: () => User, ref: true })
  proposedBy!: Ref<User>;

  /** Resources that show the practice; exposed through a field resolver that applies visibility. */
  @ManyToMany({ entity: () => Resource, owner: true, pivotTable: "area_of_excellence_resource" })
  linkedResources = new Collection<Resource>(this);

  @Field(() => GraphQLDateTimeISO, { description: "When it was proposed." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When it last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
