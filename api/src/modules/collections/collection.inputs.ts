import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString } from "class-validator";
import { Visibility } from "../../policy/index.js";
import { IsSlug, OmittableButNotNull, Chars } from "../../graphql/input-rules.js";

/** How a list of collections is ordered. */
export enum CollectionOrder {
  NEWEST = "NEWEST",
  UPDATED = "UPDATED",
  TITLE = "TITLE",
}

registerEnumType(CollectionOrder, {
  name: "CollectionOrder",
  description: "How a list of collections is ordered.",
  valuesConfig: {
    NEWEST: { description: "Most recently made first." },
    UPDATED: { description: "Most recently changed first." },
    TITLE: { description: "By title, A to Z." },
  },
});

@InputType({ description: "A new collection, owned by a network you moderate or, without one, by you." })
export class CreateCollectionInput {
  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `aoe-event-starter-kit`." })
  @Chars(3, 120)
  @IsSlug()
  slug!: string;

  @Field(() => String, { description: "The collection's title." })
  @Chars(3, 200)
  title!: string;

  @Field(() => String, { nullable: true, description: "What the collection is for, as Markdown (at most 20 KB)." })
  @IsOptional()
  @IsString()
  description?: string | null;

  @Field(() => Visibility, {
    description: "Who may see it. NETWORK needs an owning network; a collection of your own is PUBLIC or PRIVATE.",
  })
  @IsEnum(Visibility)
  visibility!: Visibility;

  @Field(() => String, {
    nullable: true,
    description: "Slug of the network that owns it (you must moderate it); left out, the collection is yours.",
  })
  @IsOptional()
  @Chars(1, 120)
  owningNetworkSlug?: string | null;
}

@InputType({ description: "Changes to a collection; fields left out stay as they are." })
export class UpdateCollectionInput {
  @Field(() => String, { description: "The collection's slug." })
  @Chars(1, 120)
  slug!: string;

  @Field(() => String, { nullable: true, description: "A new title." })
  @OmittableButNotNull()
  @Chars(3, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: "A new description, as Markdown; null or empty removes it." })
  @IsOptional()
  @IsString()
  description?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Who may see it." })
  @OmittableButNotNull()
  @IsEnum(Visibility)
  visibility?: Visibility;
}

@InputType({ description: "Names a collection." })
export class CollectionRefInput {
  @Field(() => String, { description: "The collection's slug." })
  @Chars(1, 120)
  slug!: string;
}

@InputType({ description: "A collection and one resource in it (or to go in it)." })
export class CollectionResourceInput {
  @Field(() => String, { description: "The collection's slug." })
  @Chars(1, 120)
  collectionSlug!: string;

  @Field(() => String, { description: "The resource's slug (an old slug works too)." })
  @Chars(1, 120)
  resourceSlug!: string;
}

@InputType({ description: "A resource to add to a collection, and where." })
export class AddResourceToCollectionInput extends CollectionResourceInput {
  @Field(() => Int, { nullable: true, description: "Its place in the list, from 1; at the end when left out." })
  @IsOptional()
  @IsInt()
  position?: number | null;
}

@InputType({ description: "A resource in a collection and its new place." })
export class MoveResourceInCollectionInput extends CollectionResourceInput {
  @Field(() => Int, { description: "Its new place in the list, from 1 to the number of resources in it." })
  @IsInt()
  position!: number;
}

@InputType({ description: "Narrows a list of collections; every field given must match." })
export class CollectionFilter {
  @Field(() => String, { nullable: true, description: "Only collections owned by the network with this slug." })
  @IsOptional()
  @IsString()
  networkSlug?: string | null;

  @Field(() => ID, { nullable: true, description: "Only collections owned by the person with this user ID." })
  @IsOptional()
  @IsString()
  ownerId?: string | null;

  @Field(() => Visibility, { nullable: true, description: "Only collections with this visibility." })
  @IsOptional()
  @IsEnum(Visibility)
  visibility?: Visibility | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True: only collections you curate, your own and those of networks you moderate (every collection for admins; none for the public).",
  })
  @IsOptional()
  @IsBoolean()
  curatedByMe?: boolean | null;
}
