import type { EntityManager } from "@mikro-orm/postgresql";
import { LoadStrategy } from "@mikro-orm/core";
import type { SearchDocument, SearchSource } from "../search/source.js";
import { Resource } from "./resource.entity.js";
import { markdownToText } from "./resource.markdown.js";

/** Enough of a body for search to match on; the rest adds index size, not findability. */
export const SEARCH_BODY_MAX_CHARS = 20_000;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * A resource as search stores it: the text to match, the facets to filter
 * by, and every fact the visibility filter needs (status, visibility, owning
 * and sharing networks, authors), so search can apply the policy's scope.
 */
function toDocument(resource: Resource): SearchDocument {
  return {
    id: resource.uuid,
    kind: "resource",
    slug: resource.slug,
    title: resource.title,
    summary: resource.summary,
    body: markdownToText(resource.body).slice(0, SEARCH_BODY_MAX_CHARS),
    type: resource.type,
    status: resource.status,
    visibility: resource.visibility,
    licence: resource.licence,
    owningNetworkId: resource.owningNetwork?.unwrap().uuid ?? null,
    sharedNetworkIds: resource.sharedWith.getItems().map((network) => network.uuid),
    authorIds: resource.authors.getItems().map((author) => author.uuid),
    subjects: resource.subjects.getItems().map((subject) => subject.slug),
    themes: resource.themes.getItems().map((theme) => theme.slug),
    keyStages: resource.keyStages,
    phases: resource.phases,
    yearGroups: resource.yearGroups,
    tags: resource.tags,
    publishedAt: resource.publishedAt ? seconds(resource.publishedAt) : null,
    createdAt: seconds(resource.createdAt),
    updatedAt: seconds(resource.updatedAt),
  };
}

/** Resources in search: title ranks above summary above tags above body. */
export const resourceSearch: SearchSource<Resource> = {
  kind: "resource",
  index: "resources",
  entity: Resource,
  settings: {
    searchableAttributes: ["title", "summary", "tags", "body"],
    displayedAttributes: ["*"],
    filterableAttributes: [
      "kind",
      "createdAt",
      "publishedAt",
      "type",
      "status",
      "visibility",
      "licence",
      "owningNetworkId",
      "sharedNetworkIds",
      "authorIds",
      "subjects",
      "themes",
      "keyStages",
      "phases",
      "yearGroups",
    ],
    sortableAttributes: ["createdAt", "publishedAt", "title"],
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
    typoTolerance: { enabled: true },
    pagination: { maxTotalHits: 10_000 },
  },
  async load(em: EntityManager, ids: string[]) {
    // One query for the resources, then one per relation, whatever the batch size.
    const resources = await em.find(
      Resource,
      { uuid: { $in: ids } },
      { populate: ["authors", "subjects", "themes", "sharedWith"], strategy: LoadStrategy.SELECT_IN },
    );
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
