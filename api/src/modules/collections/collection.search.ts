import type { EntityManager } from "@mikro-orm/postgresql";
import { LoadStrategy } from "@mikro-orm/core";
import { collectionVisibleWhere, type Viewer } from "../../policy/index.js";
import { searchDocument, seconds, SearchKind, type SearchFields } from "../search/document.js";
import { allIdsOf, dependency, idsBySql, type SearchSource } from "../search/source.js";
import { Network } from "../organisations/index.js";
import { markdownToText } from "../resources/index.js";
import { ResourceCollection } from "./collection.entity.js";
import { governedCollection } from "./collection.service.js";

/**
 * A collection as search stores it: its own title and description only.
 * The resources in it stay out of its document on purpose: a public
 * collection holding a network-only resource must not be found by that
 * resource's words, and adding or removing a resource then changes nothing
 * in the index.
 */
function toDocument(collection: ResourceCollection): SearchFields {
  const network = collection.owningNetwork?.unwrap() ?? null;
  const governed = governedCollection(collection);
  return searchDocument({
    id: collection.uuid,
    kind: SearchKind.COLLECTION,
    slug: collection.slug,
    title: collection.title,
    body: markdownToText(collection.description),
    context: network ? [network.name] : [],
    date: seconds(collection.createdAt),
    regions: network?.region ? [network.region] : [],
    networks: network ? [network.slug] : [],
    visibility: governed.visibility,
    live: governed.published,
    memberNetworkIds: network ? [network.uuid] : [],
    moderatorNetworkIds: network ? [network.uuid] : [],
    authorIds: [...(governed.authorIds ?? [])],
  });
}

/** Collections: live once made; seen as `collectionVisibleWhere` allows. */
export const collectionSearch: SearchSource<ResourceCollection> = {
  kind: "collection",
  searchKind: SearchKind.COLLECTION,
  name: "collections",
  entity: ResourceCollection,
  async load(em, ids) {
    const collections = await em.find(
      ResourceCollection,
      { uuid: { $in: ids } },
      { populate: ["owningNetwork"], strategy: LoadStrategy.SELECT_IN },
    );
    return collections.map(toDocument);
  },
  allIds: (em, afterId, limit) => allIdsOf(em, ResourceCollection, afterId, limit),
  visible: (em: EntityManager, viewer: Viewer | null, ids: string[]) =>
    em.find(ResourceCollection, { $and: [collectionVisibleWhere(viewer), { uuid: { $in: ids } }] }),
  dependencies: [
    dependency<Network>({
      entity: Network,
      fields: ["name", "slug", "region"],
      key: "network",
      expand: (em, ids) => idsBySql(em, `select id from collection where owning_network_id in (?)`, [ids]),
    }),
  ],
};
