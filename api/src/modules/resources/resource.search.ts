import type { EntityManager } from "@mikro-orm/postgresql";
import { LoadStrategy } from "@mikro-orm/core";
import { contentScope, type Viewer } from "../../policy/index.js";
import { searchDocument, seconds, SearchKind, type SearchFields } from "../search/document.js";
import { allIdsOf, dependency, idsBySql, type SearchSource } from "../search/source.js";
import { Network, School } from "../organisations/index.js";
import { Resource } from "./resource.entity.js";
import { ResourceStatus, RESOURCE_TYPE_LABELS } from "./resource.enums.js";
import { markdownToText } from "./resource.markdown.js";
import { visibleResourcesWhere } from "./resource.service.js";

/** Enough of a body for search to match on; the rest adds index size, not findability. */
export const SEARCH_BODY_MAX_CHARS = 20_000;

/**
 * A resource as search stores it: the text to match, the facets to filter
 * by, and every fact the visibility filter needs (status, visibility, owning
 * and sharing networks, authors), so search can apply the policy's scope.
 */
function toDocument(resource: Resource): SearchFields {
  const owner = resource.owningNetwork?.unwrap() ?? null;
  const shared = resource.sharedWith.getItems();
  const school = resource.school?.unwrap() ?? null;
  const region = school?.region ?? owner?.region ?? null;
  return searchDocument({
    id: resource.uuid,
    kind: SearchKind.RESOURCE,
    slug: resource.slug,
    title: resource.title,
    summary: resource.summary,
    keywords: [
      RESOURCE_TYPE_LABELS[resource.type],
      ...resource.tags,
      ...resource.subjects.getItems().map((subject) => subject.name),
      ...resource.themes.getItems().map((theme) => theme.name),
    ],
    body: markdownToText(resource.body).slice(0, SEARCH_BODY_MAX_CHARS),
    context: [owner?.name, school?.name].filter((name): name is string => !!name),
    date: seconds(resource.publishedAt ?? resource.createdAt),
    type: resource.type,
    subjects: resource.subjects.getItems().map((subject) => subject.slug),
    themes: resource.themes.getItems().map((theme) => theme.slug),
    phases: resource.phases,
    keyStages: resource.keyStages,
    yearGroups: resource.yearGroups,
    regions: region ? [region] : [],
    networks: owner ? [owner.slug] : [],
    licence: resource.licence,
    visibility: resource.visibility,
    live: resource.status === ResourceStatus.PUBLISHED,
    memberNetworkIds: [...(owner ? [owner.uuid] : []), ...shared.map((network) => network.uuid)],
    moderatorNetworkIds: owner ? [owner.uuid] : [],
    authorIds: resource.authors.getItems().map((author) => author.uuid),
  });
}

export const resourceSearch: SearchSource<Resource> = {
  kind: "resource",
  searchKind: SearchKind.RESOURCE,
  index: "resources",
  entity: Resource,
  async load(em: EntityManager, ids: string[]) {
    // One query for the resources, then one per relation, whatever the batch size.
    const resources = await em.find(
      Resource,
      { uuid: { $in: ids } },
      {
        populate: ["authors", "subjects", "themes", "sharedWith", "owningNetwork", "school"],
        strategy: LoadStrategy.SELECT_IN,
      },
    );
    return resources.map(toDocument);
  },
  allIds: (em, afterId, limit) => allIdsOf(em, Resource, afterId, limit),
  visible: (em: EntityManager, viewer: Viewer | null, ids: string[]) =>
    em.find(Resource, { $and: [visibleResourcesWhere(contentScope(viewer)), { uuid: { $in: ids } }] }),
  dependencies: [
    dependency<Network>({
      entity: Network,
      fields: ["name", "slug", "region"],
      key: "network",
      expand: (em, ids) =>
        idsBySql(
          em,
          `select id from resource where owning_network_id in (?)
           union select resource_id as id from resource_shared_with where network_id in (?)`,
          [ids, ids],
        ),
    }),
    dependency<School>({
      entity: School,
      fields: ["name", "region"],
      key: "school",
      expand: (em, ids) => idsBySql(em, `select id from resource where school_id in (?)`, [ids]),
    }),
  ],
};
