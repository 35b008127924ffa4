import type { EntityManager } from "@mikro-orm/postgresql";
import type { SearchDocument, SearchSource } from "../search/source.js";
import { Resource } from "./resource.entity.js";

function toDocument(resource: Resource): SearchDocument {
  return {
    id: resource.uuid,
    kind: "resource",
    slug: resource.slug,
    title: resource.title,
    summary: resource.summary,
    createdAt: Math.floor(resource.createdAt.getTime() / 1000),
    updatedAt: Math.floor(resource.updatedAt.getTime() / 1000),
  };
}

/** Resources in search: title ranks above summary above body. */
export const resourceSearch: SearchSource<Resource> = {
  kind: "resource",
  index: "resources",
  entity: Resource,
  settings: {
    searchableAttributes: ["title", "summary"],
    displayedAttributes: ["*"],
    filterableAttributes: ["kind", "createdAt"],
    sortableAttributes: ["createdAt", "title"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    typoTolerance: { enabled: true },
    pagination: { maxTotalHits: 10_000 },
  },
  async load(em: EntityManager, ids: string[]) {
    const resources = await em.find(Resource, { uuid: { $in: ids } });
    return resources.map(toDocument);
  },
  async allIds(em: EntityManager, afterId: string | null, limit: number) {
    const rows = await em.find(Resource, afterId ? { uuid: { $gt: afterId } } : {}, {
      fields: ["uuid"],
      orderBy: { uuid: "asc" },
      limit,
    });
    return rows.map((row) => row.uuid);
  },
};
