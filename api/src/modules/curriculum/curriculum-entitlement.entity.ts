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
import { Field, ID, Int, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { isLiveEntitlement, Visibility, type GovernedItem } from "../../policy/index.js";
import { User } from "../accounts/user.entity.js";
import { Network } from "../organisations/network.entity.js";
import { KeyStage, Subject } from "../taxonomy/index.js";
import { EntitlementStatus } from "./curriculum.enums.js";
import { CurriculumUnit } from "./curriculum-unit.entity.js";

/** Rationales are Markdown of at most this many bytes (UTF-8). */
export const RATIONALE_MAX_BYTES = 100 * 1024;

/**
 * One version of a curriculum entitlement: what a subject network agrees
 * every school teaches in one subject and key stage. All versions of one
 * entitlement share a series `slug`; at most one of them is a draft and at
 * most one is agreed (earlier agreed versions are superseded).
 */
@Entity({ tableName: "curriculum_entitlement" })
@Unique({ name: "curriculum_entitlement_slug_version_unique", properties: ["slug", "version"] })
@Index({ name: "curriculum_entitlement_owning_network_id_index", properties: ["owningNetwork"] })
@Index({ name: "curriculum_entitlement_created_at_id_index", properties: ["createdAt", "uuid"] })
@ObjectType({
  implements: Node,
  description:
    "One version of a curriculum entitlement: the ordered units, with the knowledge and skills, that a subject network agrees every school teaches in one subject and key stage.",
})
export class CurriculumEntitlement implements Node {
  [OptionalProps]?:
    "uuid" | "id" | "rationale" | "status" | "agreedAt" | "agreedBy" | "visibility" | "createdAt" | "updatedAt";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("CurriculumEntitlement", this.uuid);
  }

  /** The subject network that writes and agrees the entitlement; exposed through a field resolver. */
  @ManyToOne({ entity: () => Network, ref: true, deleteRule: "restrict" })
  owningNetwork!: Ref<Network>;

  /** The subject; exposed through a field resolver. */
  @ManyToOne({ entity: () => Subject, ref: true, deleteRule: "restrict" })
  subject!: Ref<Subject>;

  @Field(() => KeyStage, { description: "The key stage the entitlement covers." })
  @Enum({ items: () => KeyStage, type: "string" })
  keyStage!: KeyStage;

  @Field(() => String, { description: "The entitlement's title, e.g. 'Key Stage 3 history'." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, {
    description: "Stable identifier of the series, shared by every version, e.g. `ks3-history`.",
  })
  @Property({ type: "string", length: 120 })
  slug!: string;

  @Field(() => String, { description: "Why the curriculum is shaped as it is, as Markdown (at most 100 KB)." })
  @Property({ type: "text" })
  rationale: string = "";

  @Field(() => Int, { description: "The version number within the series: 1, 2, 3..." })
  @Property({ type: "integer" })
  version!: number;

  @Field(() => EntitlementStatus, { description: "Whether this version is a draft, agreed or superseded." })
  @Enum({ items: () => EntitlementStatus, type: "string" })
  status: EntitlementStatus = EntitlementStatus.DRAFT;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When this version was agreed." })
  @Property({ type: "datetime", nullable: true })
  agreedAt: Date | null = null;

  /** Who agreed this version; exposed through a field resolver. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  agreedBy: Ref<User> | null = null;

  /** Who started this version; counts as its author for visibility while it is a draft. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  createdBy!: Ref<User> | null;

  @Field(() => Visibility, { description: "Who may see the entitlement once agreed." })
  @Enum({ items: () => Visibility, type: "string" })
  visibility: Visibility = Visibility.NETWORK;

  /** The units in teaching order; exposed through a field resolver. */
  @OneToMany({ entity: () => CurriculumUnit, mappedBy: "entitlement", orderBy: { position: "asc" } })
  units = new Collection<CurriculumUnit>(this);

  @Field(() => GraphQLDateTimeISO, { description: "When this version was started." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When this version last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** The entitlement as the policy module sees it: live once agreed (superseded versions stay readable). */
export function governedEntitlement(entitlement: CurriculumEntitlement): GovernedItem {
  return {
    visibility: entitlement.visibility,
    published: isLiveEntitlement(entitlement.status),
    owningNetworkId: entitlement.owningNetwork.unwrap().uuid,
    authorIds: entitlement.createdBy ? [entitlement.createdBy.unwrap().uuid] : [],
  };
}
