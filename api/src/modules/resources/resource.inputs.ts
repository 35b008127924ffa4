import { Field, InputType, Int } from "type-graphql";
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Min } from "class-validator";
import { Visibility } from "../../policy/index.js";
import { KeyStage, Phase, YearGroup } from "../taxonomy/index.js";
import { SUMMARY_MAX_LENGTH } from "./resource.entity.js";
import { Licence, ResourceStatus, ResourceType } from "./resource.enums.js";
import { IsSlug, IsUrn, Chars, MaxChars } from "../../graphql/input-rules.js";

export const MAX_LINKS = 50;
export const MAX_RELATED = 20;
const MAX_LIST = 50;

@InputType({ description: "A link to material elsewhere on the web." })
export class ResourceLinkInput {
  @Field(() => String, { description: "What the link leads to." })
  title!: string;

  @Field(() => String, { description: "An http or https address." })
  url!: string;
}

/** The content fields shared by `createResource` and `updateResource`; never used on its own, so not in the schema. */
@InputType({ description: "Content fields shared by resource inputs." })
abstract class ResourceContentInput {
  @Field(() => String, { nullable: true, description: "The resource itself, as Markdown (at most 200 KB)." })
  @IsOptional()
  @IsString()
  body?: string | null;

  @Field(() => [String], { nullable: true, description: "Slugs of the subjects the resource is about." })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsString({ each: true })
  subjectSlugs?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Slugs of the school-improvement themes it serves." })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsString({ each: true })
  themeSlugs?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Slugs of the shared ambitions it serves; the `ambitions` query lists them.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsString({ each: true })
  ambitionSlugs?: string[] | null;

  @Field(() => [Phase], { nullable: true, description: "Phases of education it is for." })
  @IsOptional()
  @IsEnum(Phase, { each: true })
  phases?: Phase[] | null;

  @Field(() => [KeyStage], { nullable: true, description: "Key stages it is for." })
  @IsOptional()
  @IsEnum(KeyStage, { each: true })
  keyStages?: KeyStage[] | null;

  @Field(() => [YearGroup], { nullable: true, description: "Year groups it is for." })
  @IsOptional()
  @IsEnum(YearGroup, { each: true })
  yearGroups?: YearGroup[] | null;

  @Field(() => [String], { nullable: true, description: "Free tags; stored in lower case without repeats." })
  @IsOptional()
  @IsString({ each: true })
  tags?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Slugs of further networks whose members may see the resource when its visibility is NETWORK.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_LIST)
  @IsString({ each: true })
  sharedWithNetworkSlugs?: string[] | null;

  @Field(() => String, { nullable: true, description: "URN of the school the resource comes from; null for none." })
  @IsOptional()
  @IsUrn()
  schoolUrn?: string | null;

  @Field(() => [ResourceLinkInput], { nullable: true, description: "Links to material elsewhere (http or https)." })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKS)
  links?: ResourceLinkInput[] | null;

  @Field(() => [String], { nullable: true, description: "Slugs of other resources worth reading alongside this one." })
  @IsOptional()
  @ArrayMaxSize(MAX_RELATED)
  @IsString({ each: true })
  relatedResourceSlugs?: string[] | null;

  @Field(() => String, { nullable: true, description: "A note on this version, kept in the revision history." })
  @IsOptional()
  @MaxChars(500)
  message?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True for an editor's background save. Drafts only. The version it makes is rewritten by the same person's next save (see `ResourceRevision.autosave`), so autosaves do not add a version each.",
  })
  @IsOptional()
  @IsBoolean()
  autosave?: boolean | null;
}

@InputType({ description: "The fields of a new resource. It starts as a draft, with you as its author." })
export class CreateResourceInput extends ResourceContentInput {
  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `running-a-teach-meet`." })
  @Chars(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => String, { description: "The resource's title." })
  @Chars(3, 200)
  title!: string;

  @Field(() => String, { description: `What the resource offers, at most ${SUMMARY_MAX_LENGTH} characters.` })
  @MaxChars(SUMMARY_MAX_LENGTH)
  summary!: string;

  @Field(() => ResourceType, { description: "What sort of material it is." })
  @IsEnum(ResourceType)
  type!: ResourceType;

  @Field(() => Licence, { description: "The licence it is published under; PUBLIC resources need an open one." })
  @IsEnum(Licence)
  licence!: Licence;

  @Field(() => Visibility, { description: "Who may see it once published." })
  @IsEnum(Visibility)
  visibility!: Visibility;

  @Field(() => String, { description: "Slug of the network that owns and moderates it; you must contribute to it." })
  @Chars(1, 120)
  owningNetworkSlug!: string;
}

@InputType({ description: "Changes to a resource; fields left out stay as they are." })
export class UpdateResourceInput extends ResourceContentInput {
  @Field(() => String, { description: "The resource's current slug (or an old one)." })
  @Chars(1, 120)
  slug!: string;

  @Field(() => String, { nullable: true, description: "A new slug; the old one keeps working as a redirect." })
  @IsOptional()
  @Chars(3, 120)
  @IsSlug()
  newSlug?: string | null;

  @Field(() => String, { nullable: true, description: "A new title." })
  @IsOptional()
  @Chars(3, 200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: `A new summary, at most ${SUMMARY_MAX_LENGTH} characters.` })
  @IsOptional()
  @MaxChars(SUMMARY_MAX_LENGTH)
  summary?: string | null;

  @Field(() => ResourceType, { nullable: true, description: "What sort of material it is." })
  @IsOptional()
  @IsEnum(ResourceType)
  type?: ResourceType | null;

  @Field(() => Licence, { nullable: true, description: "The licence; PUBLIC resources need an open one." })
  @IsOptional()
  @IsEnum(Licence)
  licence?: Licence | null;

  @Field(() => Visibility, { nullable: true, description: "Who may see it once published." })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;
}

@InputType({ description: "Names a resource by its slug." })
export class ResourceRefInput {
  @Field(() => String, { description: "The resource's slug." })
  @Chars(1, 120)
  slug!: string;
}

@InputType({ description: "A moderator's request for changes to a resource in review." })
export class RequestResourceChangesInput extends ResourceRefInput {
  @Field(() => String, { description: "What the authors should change; shown to them with the draft." })
  @IsString()
  @Chars(1, 2000)
  comment!: string;
}

@InputType({ description: "Which earlier version of a resource to bring back." })
export class RestoreResourceRevisionInput extends ResourceRefInput {
  @Field(() => Int, { description: "The revision number to restore." })
  @IsInt()
  @Min(1)
  number!: number;

  @Field(() => String, { nullable: true, description: "A note on the restore, kept in the revision history." })
  @IsOptional()
  @MaxChars(500)
  message?: string | null;
}

@InputType({ description: "Narrows a list of resources; every field given must match." })
export class ResourceFilter {
  @Field(() => ResourceType, { nullable: true, description: "Only resources of this type." })
  @IsOptional()
  @IsEnum(ResourceType)
  type?: ResourceType | null;

  @Field(() => String, { nullable: true, description: "Only resources about the subject with this slug." })
  @IsOptional()
  @IsString()
  subjectSlug?: string | null;

  @Field(() => String, { nullable: true, description: "Only resources serving the theme with this slug." })
  @IsOptional()
  @IsString()
  themeSlug?: string | null;

  @Field(() => String, { nullable: true, description: "Only resources serving the shared ambition with this slug." })
  @IsOptional()
  @IsString()
  ambitionSlug?: string | null;

  @Field(() => KeyStage, { nullable: true, description: "Only resources for this key stage." })
  @IsOptional()
  @IsEnum(KeyStage)
  keyStage?: KeyStage | null;

  @Field(() => Phase, { nullable: true, description: "Only resources for this phase." })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase | null;

  @Field(() => String, { nullable: true, description: "Only resources owned by the network with this slug." })
  @IsOptional()
  @IsString()
  networkSlug?: string | null;

  @Field(() => String, { nullable: true, description: "Only resources from the school with this URN." })
  @IsOptional()
  @IsUrn()
  schoolUrn?: string | null;

  @Field(() => Licence, { nullable: true, description: "Only resources published under this licence." })
  @IsOptional()
  @IsEnum(Licence)
  licence?: Licence | null;

  @Field(() => ResourceStatus, { nullable: true, description: "Only resources in this status (of those you see)." })
  @IsOptional()
  @IsEnum(ResourceStatus)
  status?: ResourceStatus | null;

  @Field(() => Visibility, { nullable: true, description: "Only resources with this visibility." })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "True: only resources you are an author of (none for the public).",
  })
  @IsOptional()
  @IsBoolean()
  authoredByMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True: only resources owned by networks you moderate (every network for admins); with `status: IN_REVIEW`, your review queue.",
  })
  @IsOptional()
  @IsBoolean()
  moderatedByMe?: boolean | null;
}
