import { ArgsType, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Max, Min } from "class-validator";

/** The sitemap protocol's limit on addresses in one file. */
export const SITEMAP_MAX_ENTRIES = 50_000;

/** The kinds of public page a sitemap lists. */
export enum SitemapKind {
  RESOURCES = "RESOURCES",
  AREAS_OF_EXCELLENCE = "AREAS_OF_EXCELLENCE",
  EVENTS = "EVENTS",
  CURRICULUM_ENTITLEMENTS = "CURRICULUM_ENTITLEMENTS",
  SCHOOLS = "SCHOOLS",
  NETWORKS = "NETWORKS",
  COLLECTIONS = "COLLECTIONS",
}

registerEnumType(SitemapKind, {
  name: "SitemapKind",
  description: "A kind of public page that a sitemap lists.",
  valuesConfig: {
    RESOURCES: { description: "Published public resources, by slug." },
    AREAS_OF_EXCELLENCE: { description: "Validated Areas of Excellence, by slug." },
    EVENTS: { description: "Public events, by slug." },
    CURRICULUM_ENTITLEMENTS: { description: "Curriculum entitlements with an agreed version, by series slug." },
    SCHOOLS: { description: "Schools, by URN." },
    NETWORKS: { description: "Networks, by slug." },
    COLLECTIONS: { description: "Public collections, by slug." },
  },
});

@ArgsType()
export class SitemapArgs {
  @Field(() => SitemapKind, { description: "Which kind of page to list." })
  kind!: SitemapKind;

  @Field(() => Int, {
    defaultValue: 0,
    description: "How many entries to skip: a sitemap file's first position, e.g. 50000 for the second file.",
  })
  @Min(0, { message: "must be 0 or more" })
  offset!: number;

  @Field(() => Int, {
    defaultValue: SITEMAP_MAX_ENTRIES,
    description: `How many entries to return, from 1 to ${SITEMAP_MAX_ENTRIES} (one sitemap file's worth).`,
  })
  @Min(1, { message: "must be at least 1" })
  @Max(SITEMAP_MAX_ENTRIES, { message: `must be at most ${SITEMAP_MAX_ENTRIES}, the sitemap protocol's limit` })
  limit!: number;
}

@ObjectType({ description: "One public page for a sitemap." })
export class SitemapEntry {
  @Field(() => String, { description: "The page's key: a slug, or a URN for schools." })
  key!: string;

  @Field(() => Date, { description: "When the item last changed." })
  updatedAt!: Date;
}

@ObjectType({
  description: "A block of one kind's public pages, oldest first, so files stay stable as items are added.",
})
export class SitemapPage {
  @Field(() => Int, { description: "How many public pages of this kind there are in all." })
  totalCount!: number;

  @Field(() => [SitemapEntry], { description: "The pages in this block." })
  entries!: SitemapEntry[];
}
