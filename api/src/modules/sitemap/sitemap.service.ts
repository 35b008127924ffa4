import type { EntityManager } from "@mikro-orm/postgresql";
import type { EntityName, FilterQuery } from "@mikro-orm/core";
import { collectionVisibleWhere, entitlementVisibleWhere, resourceVisibleWhere } from "../../policy/index.js";
import { Resource } from "../resources/index.js";
import { AreaOfExcellence, EventService, ExcellenceEvent, ExcellenceService } from "../excellence/index.js";
import { CurriculumEntitlement, EntitlementStatus } from "../curriculum/index.js";
import { Network, School } from "../organisations/index.js";
import { ResourceCollection } from "../collections/index.js";
import { SitemapKind, type SitemapEntry, type SitemapPage } from "./sitemap.types.js";

interface SitemapSource {
  entity: EntityName<object>;
  /** The column that names each page: a slug, or a school's URN. */
  key: "slug" | "urn";
  /** What the public may see of this kind, from the module that owns the rule. */
  publicWhere(em: EntityManager): Promise<FilterQuery<object>> | FilterQuery<object>;
}

// A sitemap is for everyone, so every kind is listed as the public (no viewer) sees it, whoever asks.

const SOURCES: Record<SitemapKind, SitemapSource> = {
  [SitemapKind.RESOURCES]: {
    entity: Resource,
    key: "slug",
    publicWhere: () => resourceVisibleWhere(null) as FilterQuery<object>,
  },
  [SitemapKind.AREAS_OF_EXCELLENCE]: {
    entity: AreaOfExcellence,
    key: "slug",
    publicWhere: (em) => new ExcellenceService(em).visibleFilter(null) as Promise<FilterQuery<object>>,
  },
  [SitemapKind.EVENTS]: {
    entity: ExcellenceEvent,
    key: "slug",
    publicWhere: (em) => new EventService(em).visibleFilter(null) as Promise<FilterQuery<object>>,
  },
  [SitemapKind.CURRICULUM_ENTITLEMENTS]: {
    entity: CurriculumEntitlement,
    key: "slug",
    // Versions share their series' slug and page; the agreed version stands for the series.
    publicWhere: () => ({ $and: [entitlementVisibleWhere(null), { status: EntitlementStatus.AGREED }] }),
  },
  [SitemapKind.SCHOOLS]: { entity: School, key: "urn", publicWhere: () => ({}) },
  [SitemapKind.NETWORKS]: { entity: Network, key: "slug", publicWhere: () => ({}) },
  [SitemapKind.COLLECTIONS]: {
    entity: ResourceCollection,
    key: "slug",
    publicWhere: () => collectionVisibleWhere(null) as FilterQuery<object>,
  },
};

/**
 * Blocks of public pages for sitemap files. Unlike the keyset-paged lists, a block starts at
 * a position, so the 5th file of 50,000 costs one query rather than a walk through the first 200,000.
 */
export class SitemapService {
  constructor(private readonly em: EntityManager) {}

  async page(kind: SitemapKind, offset: number, limit: number): Promise<SitemapPage> {
    const source = SOURCES[kind];
    const where = await source.publicWhere(this.em);
    const query = () => this.em.createQueryBuilder(source.entity, "item").where(where);
    const [rows, totalCount] = await Promise.all([
      query()
        .select([`item.${source.key} as key`, "item.updated_at as updated_at"])
        // Oldest first, so new pages join the last file and earlier files keep their contents.
        .orderBy({ createdAt: "asc", uuid: "asc" })
        .offset(offset)
        .limit(limit)
        .execute<{ key: string; updated_at: Date }[]>("all", false),
      query().getCount(),
    ]);
    const entries: SitemapEntry[] = rows.map((row) => ({ key: row.key, updatedAt: new Date(row.updated_at) }));
    return { totalCount, entries };
  }
}
