import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsOptional, IsString, Matches } from "class-validator";
import { Phase, Region } from "../taxonomy/index.js";
import { NetworkKind } from "./network-kind.js";
import type { Network } from "./network.entity.js";
import type { School } from "./school.entity.js";
import { IsSlug, IsUrn, OmittableButNotNull, Chars, MaxChars } from "../../graphql/input-rules.js";

/** Loose shape of a UK postcode (outward code, optional space, inward code); not a check that it exists. */
export const POSTCODE_PATTERN = /^\s*[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\s*$/i;
export const MAX_URNS_PER_CALL = 100;

@InputType({ description: "The details of a new school." })
export class CreateSchoolInput implements Partial<School> {
  @Field(() => String, { description: "The school's unique reference number: exactly six digits." })
  @IsUrn()
  urn!: string;

  @Field(() => String, { description: "The school's name." })
  @Chars(2, 200)
  name!: string;

  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `camden-primary-school`." })
  @Chars(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => Phase, { description: "The phase of education the school serves." })
  @IsEnum(Phase)
  phase!: Phase;

  @Field(() => Region, { description: "The English region the school is in." })
  @IsEnum(Region)
  region!: Region;

  @Field(() => String, { description: "The local authority the school is in." })
  @Chars(2, 100)
  localAuthority!: string;

  @Field(() => String, { nullable: true, description: "UK postcode, in any case and spacing, e.g. `nw1 2db`." })
  @IsOptional()
  @Matches(POSTCODE_PATTERN, { message: "must be a UK postcode such as SW1A 1AA" })
  postcode?: string | null;
}

@InputType({ description: "Changes to a school. Fields left out stay as they are." })
export class UpdateSchoolInput implements Partial<School> {
  @Field(() => String, { description: "The URN of the school to change (URNs themselves never change)." })
  @IsUrn()
  urn!: string;

  @Field(() => String, { nullable: true, description: "The school's new name." })
  @OmittableButNotNull()
  @Chars(2, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: "A new slug; old links stop working." })
  @OmittableButNotNull()
  @Chars(3, 120)
  @IsSlug()
  slug?: string;

  @Field(() => Phase, { nullable: true, description: "The phase of education the school serves." })
  @OmittableButNotNull()
  @IsEnum(Phase)
  phase?: Phase;

  @Field(() => Region, { nullable: true, description: "The English region the school is in." })
  @OmittableButNotNull()
  @IsEnum(Region)
  region?: Region;

  @Field(() => String, { nullable: true, description: "The local authority the school is in." })
  @OmittableButNotNull()
  @Chars(2, 100)
  localAuthority?: string;

  @Field(() => String, { nullable: true, description: "UK postcode; null removes it." })
  @IsOptional()
  @Matches(POSTCODE_PATTERN, { message: "must be a UK postcode such as SW1A 1AA" })
  postcode?: string | null;
}

@InputType({ description: "Which schools to list; every condition given must hold." })
export class SchoolFilter {
  @Field(() => Region, { nullable: true, description: "Only schools in this region." })
  @IsOptional()
  @IsEnum(Region)
  region?: Region | null;

  @Field(() => Phase, { nullable: true, description: "Only schools of this phase." })
  @IsOptional()
  @IsEnum(Phase)
  phase?: Phase | null;

  @Field(() => String, { nullable: true, description: "Only schools in the network with this slug." })
  @IsOptional()
  @IsString()
  networkSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only schools in this local authority (its whole name, ignoring case); `localAuthorities` lists them.",
  })
  @IsOptional()
  @MaxChars(100)
  localAuthority?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Text found in the school's name, URN or local authority, ignoring case.",
  })
  @IsOptional()
  @MaxChars(100)
  query?: string | null;
}

@InputType({ description: "The details of a new network." })
export class CreateNetworkInput implements Partial<Omit<Network, "parent">> {
  @Field(() => NetworkKind, { description: "What sort of network this is." })
  @IsEnum(NetworkKind)
  kind!: NetworkKind;

  @Field(() => String, { description: "The network's name." })
  @Chars(2, 200)
  name!: string;

  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `cornwall-hub`." })
  @Chars(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => String, { description: "What the network is for and who belongs to it." })
  @Chars(1, 5000)
  description!: string;

  @Field(() => String, { nullable: true, description: "Slug of the network this one sits inside, if any." })
  @IsOptional()
  @IsString()
  parentSlug?: string | null;

  @Field(() => String, { nullable: true, description: "The subject of a subject network, e.g. `History`." })
  @IsOptional()
  @Chars(1, 100)
  subject?: string | null;

  @Field(() => Region, { nullable: true, description: "The English region the network serves, if one." })
  @IsOptional()
  @IsEnum(Region)
  region?: Region | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether moderators may publish directly, without a separate review (default false).",
  })
  @OmittableButNotNull()
  @IsBoolean()
  moderatorsPublishDirectly?: boolean;
}

@InputType({
  description:
    "Changes to a network. Fields left out stay as they are; null clears an optional field. Changing the kind or parent is for admins.",
})
export class UpdateNetworkInput implements Partial<Omit<Network, "parent">> {
  @Field(() => String, { description: "The slug of the network to change." })
  @IsString()
  slug!: string;

  @Field(() => NetworkKind, { nullable: true, description: "What sort of network this is (admins only)." })
  @OmittableButNotNull()
  @IsEnum(NetworkKind)
  kind?: NetworkKind;

  @Field(() => String, { nullable: true, description: "The network's new name." })
  @OmittableButNotNull()
  @Chars(2, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: "What the network is for and who belongs to it." })
  @OmittableButNotNull()
  @Chars(1, 5000)
  description?: string;

  @Field(() => String, {
    nullable: true,
    description: "Slug of the network this one moves inside; null makes it top-level (admins only).",
  })
  @IsOptional()
  @IsString()
  parentSlug?: string | null;

  @Field(() => String, { nullable: true, description: "The subject of a subject network; null removes it." })
  @IsOptional()
  @Chars(1, 100)
  subject?: string | null;

  @Field(() => Region, { nullable: true, description: "The English region the network serves; null for none." })
  @IsOptional()
  @IsEnum(Region)
  region?: Region | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether moderators may publish directly, without a separate review.",
  })
  @OmittableButNotNull()
  @IsBoolean()
  moderatorsPublishDirectly?: boolean;
}

@InputType({ description: "Schools to add to a network." })
export class AddSchoolsToNetworkInput {
  @Field(() => String, { description: "The network's slug." })
  @IsString()
  networkSlug!: string;

  @Field(() => [String], {
    description: `URNs of the schools to add, 1 to ${MAX_URNS_PER_CALL}; schools already in the network are left as they are.`,
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_URNS_PER_CALL)
  @IsUrn({ each: true })
  urns!: string[];
}

@InputType({ description: "A school to take out of a network." })
export class RemoveSchoolFromNetworkInput {
  @Field(() => String, { description: "The network's slug." })
  @IsString()
  networkSlug!: string;

  @Field(() => String, { description: "The URN of the school to remove." })
  @IsUrn()
  urn!: string;
}

@InputType({ description: "Two networks to pair as partners, or to unpair. The order does not matter." })
export class NetworkPairInput {
  @Field(() => String, { description: "Slug of one network." })
  @IsString()
  networkSlug!: string;

  @Field(() => String, { description: "Slug of the other network." })
  @IsString()
  partnerSlug!: string;
}
