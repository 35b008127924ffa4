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
  Unique,
  type Ref,
} from "@mikro-orm/core";
import { Field, ID, ObjectType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { Visibility } from "../../policy/index.js";
import { User } from "../accounts/user.entity.js";
import { Network } from "../organisations/network.entity.js";
import { School } from "../organisations/school.entity.js";
import { CpdStage, KeyStage, Phase, Subject, Theme, YearGroup } from "../taxonomy/index.js";
import { SharedAmbition } from "../ambitions/index.js";
import { Licence, ResourceStatus, ResourceType } from "./resource.enums.js";

export const SUMMARY_MAX_LENGTH = 300;
/** Bodies are Markdown of at most this many bytes (UTF-8). */
export const BODY_MAX_BYTES = 200 * 1024;

@ObjectType({ description: "A link from a resource to material elsewhere on the web." })
export class ResourceLink {
  @Field(() => String, { description: "What the link leads to." })
  title!: string;

  @Field(() => String, { description: "An http or https address." })
  url!: string;
}

@Entity({ tableName: "resource" })
@Index({ name: "resource_created_at_id_index", properties: ["createdAt", "uuid"] })
@Index({ name: "resource_updated_at_id_index", properties: ["updatedAt", "uuid"] })
@Index({ name: "resource_title_id_index", properties: ["title", "uuid"] })
@Index({ name: "resource_owning_network_id_index", properties: ["owningNetwork"] })
@ObjectType({
  implements: Node,
  description: "A piece of best practice shared through the hub: a guide, toolkit, case study and so on.",
})
export class Resource implements Node {
  [OptionalProps]?:
    | "uuid"
    | "id"
    | "createdAt"
    | "updatedAt"
    | "body"
    | "type"
    | "phases"
    | "keyStages"
    | "yearGroups"
    | "cpdStages"
    | "tags"
    | "licence"
    | "visibility"
    | "status"
    | "owningNetwork"
    | "school"
    | "links"
    | "reviewComment"
    | "publishedAt"
    | "version";

  /** Database key. The GraphQL `id` is the global ID built from it, so clients never depend on our keys. */
  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("Resource", this.uuid);
  }

  @Field(() => String, {
    description:
      "Stable, human-readable identifier used in links. Always the current slug: when it differs from the slug a page was asked for, that was an old address and the page should redirect here.",
  })
  @Property({ type: "string", length: 120 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: "The resource's title." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => String, {
    description: `One or two sentences on what the resource offers (at most ${SUMMARY_MAX_LENGTH} characters).`,
  })
  @Property({ type: "string", length: SUMMARY_MAX_LENGTH })
  summary!: string;

  @Field(() => String, { description: "The resource itself, as Markdown. `bodyHtml` gives it as safe HTML." })
  @Property({ type: "text" })
  body: string = "";

  @Field(() => ResourceType, { description: "What sort of material this is." })
  @Enum({ items: () => ResourceType, type: "string" })
  type: ResourceType = ResourceType.GUIDE;

  /** Subjects the resource is about; exposed through a field resolver. */
  @ManyToMany({ entity: () => Subject, owner: true })
  subjects = new Collection<Subject>(this);

  /** School-improvement themes; exposed through a field resolver. */
  @ManyToMany({ entity: () => Theme, owner: true })
  themes = new Collection<Theme>(this);

  /** Shared ambitions the resource serves; exposed through a batched field resolver. */
  @ManyToMany({ entity: () => SharedAmbition, owner: true, pivotTable: "resource_ambitions" })
  ambitions = new Collection<SharedAmbition>(this);

  @Field(() => [Phase], { description: "Phases of education the resource is for." })
  @Property({ type: ArrayType, columnType: "text[]" })
  phases: Phase[] = [];

  @Field(() => [KeyStage], { description: "Key stages the resource is for." })
  @Property({ type: ArrayType, columnType: "text[]" })
  keyStages: KeyStage[] = [];

  @Field(() => [YearGroup], { description: "Year groups the resource is for." })
  @Property({ type: ArrayType, columnType: "text[]" })
  yearGroups: YearGroup[] = [];

  @Field(() => [CpdStage], {
    description:
      "Stages of professional development the resource serves (initial teacher training, early career, NPQs), in the golden thread's order.",
  })
  @Property({ type: ArrayType, columnType: "text[]" })
  cpdStages: CpdStage[] = [];

  @Field(() => [String], { description: "Free tags, normalised to lower case." })
  @Property({ type: ArrayType, columnType: "text[]" })
  tags: string[] = [];

  @Field(() => Licence, { description: "The licence the resource is published under." })
  @Enum({ items: () => Licence, type: "string" })
  licence: Licence = Licence.CC_BY_4_0;

  @Field(() => Visibility, { description: "Who may see the resource once it is published." })
  @Enum({ items: () => Visibility, type: "string" })
  visibility: Visibility = Visibility.PRIVATE;

  @Field(() => ResourceStatus, { description: "Where the resource is in review." })
  @Enum({ items: () => ResourceStatus, type: "string" })
  status: ResourceStatus = ResourceStatus.DRAFT;

  /**
   * The network that owns and moderates the resource. Nullable in the
   * database only because resources saved before networks existed have none;
   * the service requires it for every new resource.
   */
  @ManyToOne({ entity: () => Network, ref: true, nullable: true, deleteRule: "restrict" })
  owningNetwork: Ref<Network> | null = null;

  /** Further networks whose members see NETWORK material; exposed through a field resolver. */
  @ManyToMany({ entity: () => Network, owner: true, pivotTable: "resource_shared_with" })
  sharedWith = new Collection<Network>(this);

  /** The people who wrote the resource; the creator is always one. */
  @ManyToMany({ entity: () => User, owner: true, pivotTable: "resource_authors" })
  authors = new Collection<User>(this);

  /** The school the resource comes from, if any. */
  @ManyToOne({ entity: () => School, ref: true, nullable: true, deleteRule: "set null" })
  school: Ref<School> | null = null;

  @Field(() => [ResourceLink], { description: "Links to material elsewhere on the web." })
  @Property({ type: "json" })
  links: ResourceLink[] = [];

  /** Other resources worth reading alongside this one; exposed filtered by what the viewer may see. */
  @ManyToMany({ entity: () => Resource, owner: true, pivotTable: "resource_related_resources" })
  relatedResources = new Collection<Resource>(this);

  /** A moderator's note on what to change, shown to the authors while the resource is back in draft. */
  @Property({ type: "text", nullable: true })
  reviewComment: string | null = null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "When the resource was first published." })
  @Property({ type: "datetime", nullable: true })
  publishedAt: Date | null = null;

  @Field(() => GraphQLDateTimeISO, { description: "When the resource was first saved." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the resource was last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /**
   * Counts the resource's saves. A save applies what it read to what it
   * found; if another save changed the row in between, the database refuses
   * this one (a CONFLICT for the client) rather than numbering two revisions
   * alike or mixing the two saves' relations.
   */
  @Property({ type: "integer", version: true })
  version!: number;
}
