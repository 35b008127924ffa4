import { Field, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Min,
} from "class-validator";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Phase, Region } from "../taxonomy/index.js";
import { Visibility } from "../../policy/index.js";
import { AOE_ESTIMATE_MAX_LENGTH, AOE_SUMMARY_MAX_LENGTH } from "./area-of-excellence.entity.js";
import { AoeStatus, EventKind, EventMode, ReviewKind } from "./excellence.enums.js";
import { IsSlug, IsUrn, OmittableButNotNull, Chars, MaxChars } from "../../graphql/input-rules.js";

export const MAX_THEMES = 10;
export const MAX_AMBITIONS = 20;

@InputType({ description: "A proposed Area of Excellence: a school's strength, recognised through a review." })
export class ProposeAreaOfExcellenceInput {
  @Field(() => String, { description: "The URN of the school that is strong at this." })
  @IsUrn()
  schoolUrn!: string;

  @Field(() => String, { description: "What the school is strong at, e.g. 'Early reading and phonics'." })
  @Chars(3, 200)
  title!: string;

  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `camden-primary-early-reading`." })
  @Chars(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => [String], {
    description: "Slugs of the themes it is about (at least one); the `themes` query lists them.",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_THEMES)
  @IsString({ each: true })
  themeSlugs!: string[];

  @Field(() => [String], {
    nullable: true,
    description: "Slugs of the shared ambitions the practice serves; the `ambitions` query lists them.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_AMBITIONS)
  @IsString({ each: true })
  ambitionSlugs?: string[] | null;

  @Field(() => Phase, { description: "The phase of education the strength is in." })
  @IsEnum(Phase)
  phase!: Phase;

  @Field(() => String, { description: `One or two sentences (at most ${AOE_SUMMARY_MAX_LENGTH} characters).` })
  @Chars(10, AOE_SUMMARY_MAX_LENGTH)
  summary!: string;

  @Field(() => String, { description: "The evidence, in Markdown (at most 100 KB)." })
  @IsString()
  @Chars(1, 100_000)
  evidence!: string;

  @Field(() => ReviewKind, { description: "The kind of review the strength was recognised through." })
  @IsEnum(ReviewKind)
  sourceReview!: ReviewKind;

  @Field(() => GraphQLLocalDate, { description: "The date of that review." })
  @IsString()
  reviewDate!: string;

  @Field(() => String, { nullable: true, description: "The review's overall estimate, if it gave one." })
  @IsOptional()
  @MaxChars(AOE_ESTIMATE_MAX_LENGTH)
  overallEstimate?: string | null;

  @Field(() => ID, { nullable: true, description: "The contact's user ID; you, when left out." })
  @IsOptional()
  @IsString()
  contactId?: string | null;
}

@InputType({ description: "Changes to an Area of Excellence. Fields left out stay as they are." })
export class UpdateAreaOfExcellenceInput {
  @Field(() => String, { description: "The slug of the Area of Excellence to change." })
  @IsString()
  slug!: string;

  @Field(() => String, { nullable: true, description: "A new title." })
  @OmittableButNotNull()
  @Chars(3, 200)
  title?: string;

  @Field(() => [String], { nullable: true, description: "Replaces the themes (slugs)." })
  @OmittableButNotNull()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_THEMES)
  @IsString({ each: true })
  themeSlugs?: string[];

  @Field(() => [String], { nullable: true, description: "Replaces the shared ambitions (slugs); [] removes them all." })
  @OmittableButNotNull()
  @ArrayMaxSize(MAX_AMBITIONS)
  @IsString({ each: true })
  ambitionSlugs?: string[];

  @Field(() => Phase, { nullable: true, description: "A new phase." })
  @OmittableButNotNull()
  @IsEnum(Phase)
  phase?: Phase;

  @Field(() => String, { nullable: true, description: "A new summary." })
  @OmittableButNotNull()
  @Chars(10, AOE_SUMMARY_MAX_LENGTH)
  summary?: string;

  @Field(() => String, { nullable: true, description: "New evidence, in Markdown." })
  @OmittableButNotNull()
  @Chars(1, 100_000)
  evidence?: string;

  @Field(() => ReviewKind, { nullable: true, description: "A new review kind." })
  @OmittableButNotNull()
  @IsEnum(ReviewKind)
  sourceReview?: ReviewKind;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "A new review date." })
  @OmittableButNotNull()
  @IsString()
  reviewDate?: string;

  @Field(() => String, { nullable: true, description: "A new overall estimate; null removes it." })
  @IsOptional()
  @MaxChars(AOE_ESTIMATE_MAX_LENGTH)
  overallEstimate?: string | null;

  @Field(() => ID, { nullable: true, description: "A new contact's user ID." })
  @OmittableButNotNull()
  @IsString()
  contactId?: string;
}

@InputType({ description: "Names an Area of Excellence." })
export class AreaOfExcellenceRefInput {
  @Field(() => String, { description: "The Area of Excellence's slug." })
  @IsString()
  slug!: string;
}

@InputType({ description: "An Area of Excellence and a resource that shows its practice." })
export class AreaOfExcellenceResourceInput {
  @Field(() => String, { description: "The Area of Excellence's slug." })
  @IsString()
  slug!: string;

  @Field(() => ID, { description: "The resource's ID." })
  @IsString()
  resourceId!: string;
}

@InputType({ description: "Which Areas of Excellence to list; every condition given must hold." })
export class AreaOfExcellenceFilter {
  @Field(() => String, { nullable: true, description: "Only those with this theme (slug)." })
  @IsOptional()
  @IsString()
  themeSlug?: string | null;

  @Field(() => String, { nullable: true, description: "Only those serving the shared ambition with this slug." })
  @IsOptional()
  @IsString()
  ambitionSlug?: string | null;

  @Field(() => Phase, { nullable: true, description: "Only those in this phase." })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase | null;

  @Field(() => Region, { nullable: true, description: "Only those of schools in this region." })
  @IsOptional()
  @IsEnum(Region)
  region?: Region | null;

  @Field(() => String, {
    nullable: true,
    description: "Only those of schools in the network (a hub, say) with this slug.",
  })
  @IsOptional()
  @IsString()
  networkSlug?: string | null;

  @Field(() => String, { nullable: true, description: "Only those of the school with this URN." })
  @IsOptional()
  @IsUrn()
  schoolUrn?: string | null;

  @Field(() => AoeStatus, { nullable: true, description: "Only those with this status." })
  @IsOptional()
  @IsEnum(AoeStatus)
  status?: AoeStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only those you proposed or are the contact for (none when signed out).",
  })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only those you may validate and renew (schools of the hubs you moderate; all for admins).",
  })
  @IsOptional()
  @IsBoolean()
  validatableByMe?: boolean | null;
}

@InputType({ description: "A new event." })
export class CreateEventInput {
  @Field(() => EventKind, { description: "What sort of event it is." })
  @IsEnum(EventKind)
  kind!: EventKind;

  @Field(() => String, { description: "The event's title." })
  @Chars(3, 200)
  title!: string;

  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `camden-phonics-open-morning`." })
  @Chars(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => String, { description: "What happens and who it is for, in Markdown." })
  @Chars(1, 20_000)
  description!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When it starts." })
  @IsDate()
  startsAt!: Date;

  @Field(() => GraphQLDateTimeISO, { description: "When it ends; after it starts." })
  @IsDate()
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: "IANA time zone, e.g. `Europe/London` (the default)." })
  @IsOptional()
  @IsString()
  timeZone?: string | null;

  @Field(() => EventMode, { description: "How people take part." })
  @IsEnum(EventMode)
  mode!: EventMode;

  @Field(() => String, { nullable: true, description: "Where it is held; required for in-person and hybrid events." })
  @IsOptional()
  @MaxChars(500)
  venue?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The http(s) link to join; required for online and hybrid events.",
  })
  @IsOptional()
  @MaxChars(2000)
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true, description: "URN of the host school; give it, a host network, or both." })
  @IsOptional()
  @IsUrn()
  hostSchoolUrn?: string | null;

  @Field(() => String, { nullable: true, description: "Slug of the host network." })
  @IsOptional()
  @IsString()
  hostNetworkSlug?: string | null;

  @Field(() => String, { nullable: true, description: "Slug of the Area of Excellence the event shows." })
  @IsOptional()
  @IsString()
  areaOfExcellenceSlug?: string | null;

  @Field(() => Int, { nullable: true, description: "How many places (at least 1); unlimited when left out." })
  @IsOptional()
  @IsInt()
  @Min(1)
  capacity?: number | null;

  @Field(() => Visibility, { nullable: true, description: "Who may see it; PUBLIC when left out." })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;

  @Field(() => Boolean, { nullable: true, description: "Whether people may register; true when left out." })
  @IsOptional()
  @IsBoolean()
  registrationOpen?: boolean | null;
}

@InputType({ description: "Changes to an event. Fields left out stay as they are; null clears an optional field." })
export class UpdateEventInput {
  @Field(() => String, { description: "The slug of the event to change." })
  @IsString()
  slug!: string;

  @Field(() => EventKind, { nullable: true, description: "What sort of event it is." })
  @OmittableButNotNull()
  @IsEnum(EventKind)
  kind?: EventKind;

  @Field(() => String, { nullable: true, description: "A new title." })
  @OmittableButNotNull()
  @Chars(3, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: "A new description, in Markdown." })
  @OmittableButNotNull()
  @Chars(1, 20_000)
  description?: string;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "A new start." })
  @OmittableButNotNull()
  @IsDate()
  startsAt?: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "A new end." })
  @OmittableButNotNull()
  @IsDate()
  endsAt?: Date;

  @Field(() => String, { nullable: true, description: "A new IANA time zone." })
  @OmittableButNotNull()
  @IsString()
  timeZone?: string;

  @Field(() => EventMode, { nullable: true, description: "A new mode." })
  @OmittableButNotNull()
  @IsEnum(EventMode)
  mode?: EventMode;

  @Field(() => String, { nullable: true, description: "A new venue; null removes it." })
  @IsOptional()
  @MaxChars(500)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: "A new link to join; null removes it." })
  @IsOptional()
  @MaxChars(2000)
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: "A new number of places; null makes it unlimited." })
  @IsOptional()
  @IsInt()
  @Min(1)
  capacity?: number | null;

  @Field(() => Visibility, { nullable: true, description: "Who may see it." })
  @OmittableButNotNull()
  @IsEnum(Visibility)
  visibility?: Visibility;

  @Field(() => Boolean, { nullable: true, description: "Whether people may register." })
  @OmittableButNotNull()
  @IsBoolean()
  registrationOpen?: boolean;
}

@InputType({ description: "Names an event." })
export class EventRefInput {
  @Field(() => String, { description: "The event's slug." })
  @IsString()
  slug!: string;
}

@InputType({ description: "Which events to list; every condition given must hold." })
export class EventFilter {
  @Field(() => Boolean, { nullable: true, description: "true: only events not yet ended; false: only past events." })
  @IsOptional()
  @IsBoolean()
  upcoming?: boolean | null;

  @Field(() => EventKind, { nullable: true, description: "Only events of this kind." })
  @IsOptional()
  @IsEnum(EventKind)
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: "Only events hosted by the network with this slug." })
  @IsOptional()
  @IsString()
  hostNetworkSlug?: string | null;

  @Field(() => String, { nullable: true, description: "Only events hosted by the school with this URN." })
  @IsOptional()
  @IsUrn()
  schoolUrn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only events you are registered for, with a place or on the waiting list (none when signed out).",
  })
  @IsOptional()
  @IsBoolean()
  registeredByMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only events you may manage as a host (all for admins).",
  })
  @IsOptional()
  @IsBoolean()
  hostedByMe?: boolean | null;
}

export const INTRODUCTION_MESSAGE_MAX_LENGTH = 2_000;

@InputType({ description: "A request to be introduced to the contact of an Area of Excellence." })
export class RequestIntroductionInput {
  @Field(() => String, { description: "The Area of Excellence's slug." })
  @IsString()
  slug!: string;

  @Field(() => String, {
    description: `What you would like to learn or arrange, for the contact to read (20 to ${INTRODUCTION_MESSAGE_MAX_LENGTH} characters).`,
  })
  @Chars(20, INTRODUCTION_MESSAGE_MAX_LENGTH)
  message!: string;
}
