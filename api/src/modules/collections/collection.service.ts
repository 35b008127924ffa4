import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode, type FilterQuery } from "@mikro-orm/core";
import { alreadyTaken, badInput } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import { bucketBy, loadBatched } from "../../graphql/batch.js";
import { decodeCursor, localIdOf, toConnection, type Connection } from "../../graphql/relay.js";
import { byCreatedAtDesc, byTitleAsc, byUpdatedAtDesc, paginate, type KeysetOrder } from "../../graphql/pagination.js";
import { placeAt, renumber } from "../../db/ordering.js";
import {
  authorize,
  canEdit,
  canModerate,
  canView,
  collectionVisibleWhere,
  editScope,
  requireViewer,
  Visibility,
  type EditScope,
  type GovernedItem,
  type Viewer,
} from "../../policy/index.js";
import { Network } from "../organisations/index.js";
import { ResourceService, type Resource } from "../resources/index.js";
import {
  COLLECTION_DESCRIPTION_MAX_BYTES,
  COLLECTION_MAX_ITEMS,
  CollectionEntry,
  ResourceCollection,
  type CollectionItem,
} from "./collection.entity.js";
import {
  AddResourceToCollectionInput,
  CollectionFilter,
  CollectionOrder,
  CollectionRefInput,
  CollectionResourceInput,
  CreateCollectionInput,
  MoveResourceInCollectionInput,
  UpdateCollectionInput,
} from "./collection.inputs.js";

type Page = { first: number; after?: string | null };

const ORDERS: Record<CollectionOrder, KeysetOrder<ResourceCollection>> = {
  [CollectionOrder.NEWEST]: byCreatedAtDesc<ResourceCollection>(),
  [CollectionOrder.UPDATED]: byUpdatedAtDesc<ResourceCollection>(),
  [CollectionOrder.TITLE]: byTitleAsc<ResourceCollection>(),
};

/**
 * What the policy needs to know about a collection. A collection is live
 * once made (it has no review), its owner is its only author, and a
 * network-owned one is curated by the network's moderators.
 */
export function governedCollection(collection: ResourceCollection): GovernedItem {
  return {
    visibility: collection.visibility,
    published: true,
    owningNetworkId: collection.owningNetwork?.unwrap().uuid ?? null,
    authorIds: collection.owner ? [collection.owner.unwrap().uuid] : [],
  };
}

/**
 * {@link canEdit} for collections as a SQL condition, built from the policy's scope. An empty
 * list matches nothing, so the public curates nothing.
 */
function curatedWhere(scope: EditScope): FilterQuery<ResourceCollection> {
  if (scope.everything) return {};
  return {
    $or: [
      {
        owner: { $in: scope.userId ? [scope.userId] : [] },
        $or: [{ owningNetwork: null }, { owningNetwork: { $in: scope.contributorNetworkIds } }],
      },
      { owningNetwork: { $in: scope.moderatedNetworkIds } },
    ],
  };
}

/** Collections and the resources in them. Every permission question goes to the policy module. */
export class CollectionService {
  constructor(private readonly em: EntityManager) {}

  canEdit(viewer: Viewer | null, collection: ResourceCollection): boolean {
    return canEdit(viewer, governedCollection(collection));
  }

  async visibleBySlug(viewer: Viewer | null, slug: string): Promise<ResourceCollection | null> {
    const collection = await this.em.findOne(ResourceCollection, { slug });
    return collection && canView(viewer, governedCollection(collection)) ? collection : null;
  }

  async visibleByIds(viewer: Viewer | null, uuids: string[]): Promise<ResourceCollection[]> {
    const found = await this.em.find(ResourceCollection, { uuid: { $in: uuids } });
    return found.filter((collection) => canView(viewer, governedCollection(collection)));
  }

  /** One page of the collections the viewer may see, narrowed by the filter. */
  async list(
    viewer: Viewer | null,
    rawFilter: CollectionFilter | null | undefined,
    orderBy: CollectionOrder,
    page: Page,
  ): Promise<Connection<ResourceCollection>> {
    const conditions: FilterQuery<ResourceCollection>[] = [collectionVisibleWhere(viewer)];
    if (rawFilter) {
      const filter = await validateInput(CollectionFilter, rawFilter, "filter");
      if (filter.networkSlug) conditions.push({ owningNetwork: { slug: filter.networkSlug } });
      if (filter.visibility) conditions.push({ visibility: filter.visibility });
      if (filter.ownerId) {
        const ownerId = localIdOf(filter.ownerId, "User");
        if (!ownerId) throw badInput("filter.ownerId", "filter.ownerId is not a user ID");
        conditions.push({ owner: ownerId });
      }
      if (filter.curatedByMe) conditions.push(curatedWhere(editScope(viewer)));
    }
    return paginate(this.em, ResourceCollection, { $and: conditions }, ORDERS[orderBy], page);
  }

  /**
   * A page of the resources in a collection that the viewer may see, in the
   * collection's order. Hidden resources leave no trace: not in the page, the
   * count or the positions. The items of a whole page of collections load
   * together, in a fixed number of queries.
   */
  async items(viewer: Viewer | null, collection: ResourceCollection, page: Page): Promise<Connection<CollectionItem>> {
    const all =
      (await loadBatched(this.em, "Collection.items", collection.uuid, (ids) => this.visibleItemsOf(viewer, ids))) ??
      [];
    const start = page.after ? Number(decodeCursor(page.after).value) : 0;
    if (!Number.isInteger(start) || start < 0) throw badInput("after", "is not a cursor this list gave out");
    return toConnection(all.slice(start, start + page.first + 1), page.first, all.length, start > 0, (item) => ({
      value: String(item.position),
      id: item.resource.uuid,
    }));
  }

  private async visibleItemsOf(viewer: Viewer | null, collectionIds: string[]): Promise<Map<string, CollectionItem[]>> {
    const entries = await this.em.find(
      CollectionEntry,
      { collection: { $in: collectionIds } },
      { orderBy: [{ collection: "asc" }, { position: "asc" }], populate: ["resource"] },
    );
    const resources = new ResourceService(this.em);
    const visible = await resources.visibleAmong(
      viewer,
      entries.map((entry) => entry.resource.unwrap()),
    );
    await resources.preloadForList(visible);
    const seen = new Set(visible.map((resource) => resource.uuid));
    const items = new Map<string, CollectionItem[]>(collectionIds.map((id) => [id, []]));
    for (const entry of entries) {
      const resource = entry.resource.unwrap();
      if (!seen.has(resource.uuid)) continue;
      const list = items.get(entry.collection.unwrap().uuid)!;
      list.push({ position: list.length + 1, addedAt: entry.addedAt, resource });
    }
    return items;
  }

  /** The collections containing a resource that the viewer may see, by title; batched over a page of resources. */
  async containing(viewer: Viewer | null, resource: Resource): Promise<ResourceCollection[]> {
    const found = await loadBatched(this.em, "Resource.collections", resource.uuid, async (resourceIds) => {
      const entries = await this.em.find(CollectionEntry, { resource: { $in: resourceIds } });
      const collectionIds = [...new Set(entries.map((entry) => entry.collection.unwrap().uuid))];
      if (collectionIds.length === 0) return new Map<string, ResourceCollection[]>();
      const entriesOf = bucketBy(collectionIds, entries, (entry) => [entry.collection.unwrap().uuid]);
      const collections = await this.em.find(
        ResourceCollection,
        { $and: [collectionVisibleWhere(viewer), { uuid: { $in: collectionIds } }] },
        { orderBy: { title: "asc", uuid: "asc" } },
      );
      return bucketBy(resourceIds, collections, (collection) =>
        entriesOf.get(collection.uuid)!.map((entry) => entry.resource.unwrap().uuid),
      );
    });
    return found ?? [];
  }

  async create(viewer: Viewer | null, raw: CreateCollectionInput): Promise<ResourceCollection> {
    const me = requireViewer(viewer, "make a collection");
    const input = await validateInput(CreateCollectionInput, raw);
    let network: Network | null = null;
    if (input.owningNetworkSlug) {
      network = await this.em.findOne(Network, { slug: input.owningNetworkSlug });
      if (!network) throw badInput("input.owningNetworkSlug", `There is no network "${input.owningNetworkSlug}".`);
      authorize(viewer, canModerate(viewer, network.uuid), `curate collections for ${network.name}`);
    }
    assertVisibilityFits(input.visibility, network !== null);
    const description = checkedDescription(input.description ?? "");
    if (await this.em.count(ResourceCollection, { slug: input.slug })) throw alreadyTaken("collection_slug_unique");
    const collection = this.em.create(ResourceCollection, {
      slug: input.slug,
      title: input.title.trim(),
      description,
      visibility: input.visibility,
      owningNetwork: network,
      owner: network ? null : me.userId,
      createdBy: me.userId,
    });
    await this.em.flush();
    return collection;
  }

  async update(viewer: Viewer | null, raw: UpdateCollectionInput): Promise<ResourceCollection> {
    const input = await validateInput(UpdateCollectionInput, raw);
    const collection = await this.editable(viewer, input.slug, "input.slug");
    if (input.visibility !== undefined) {
      assertVisibilityFits(input.visibility, collection.owningNetwork !== null);
      collection.visibility = input.visibility;
    }
    if (input.description !== undefined) collection.description = checkedDescription(input.description ?? "");
    if (input.title !== undefined) collection.title = input.title.trim();
    await this.em.flush();
    return collection;
  }

  /** Deletes a collection and its list; the resources themselves stay. Returns the deleted collection's ID. */
  async delete(viewer: Viewer | null, raw: CollectionRefInput): Promise<string> {
    const input = await validateInput(CollectionRefInput, raw);
    const collection = await this.editable(viewer, input.slug, "input.slug");
    const id = collection.id;
    // The database deletes its items with it (on delete cascade).
    await this.em.remove(collection).flush();
    return id;
  }

  async addResource(viewer: Viewer | null, raw: AddResourceToCollectionInput): Promise<ResourceCollection> {
    const input = await validateInput(AddResourceToCollectionInput, raw);
    const collection = await this.editable(viewer, input.collectionSlug, "input.collectionSlug");
    const resource = await this.resourceFor(viewer, input);
    return this.editItems(collection, (em, locked, entries) => {
      if (entries.some((entry) => entry.resource.unwrap().uuid === resource.uuid)) {
        throw alreadyTaken("collection_item_collection_id_resource_id_unique");
      }
      if (entries.length >= COLLECTION_MAX_ITEMS) {
        throw badInput("input.resourceSlug", `A collection holds at most ${COLLECTION_MAX_ITEMS} resources.`);
      }
      const entry = em.create(CollectionEntry, {
        collection: locked,
        resource: resource.uuid,
        position: entries.length + 1,
        addedBy: viewer!.userId,
      });
      placeAt(entries, entry, input.position ?? entries.length + 1, "input.position");
    });
  }

  async removeResource(viewer: Viewer | null, raw: CollectionResourceInput): Promise<ResourceCollection> {
    const input = await validateInput(CollectionResourceInput, raw);
    const collection = await this.editable(viewer, input.collectionSlug, "input.collectionSlug");
    const resource = await this.resourceFor(viewer, input);
    return this.editItems(collection, (em, _locked, entries) => {
      const entry = entryFor(entries, resource);
      entries.splice(entries.indexOf(entry), 1);
      em.remove(entry);
      renumber(entries);
    });
  }

  async moveResource(viewer: Viewer | null, raw: MoveResourceInCollectionInput): Promise<ResourceCollection> {
    const input = await validateInput(MoveResourceInCollectionInput, raw);
    const collection = await this.editable(viewer, input.collectionSlug, "input.collectionSlug");
    const resource = await this.resourceFor(viewer, input);
    return this.editItems(collection, (_em, _locked, entries) => {
      placeAt(entries, entryFor(entries, resource), input.position, "input.position");
    });
  }

  /** The collection at `slug` if the viewer may change it; a collection they may not see is reported as missing. */
  private async editable(viewer: Viewer | null, slug: string, field: string): Promise<ResourceCollection> {
    requireViewer(viewer, "change a collection");
    const collection = await this.visibleBySlug(viewer, slug);
    if (!collection) throw badInput(field, `There is no collection "${slug}".`);
    authorize(viewer, this.canEdit(viewer, collection), "change this collection");
    return collection;
  }

  /** The resource an item input names, if the viewer may see it. */
  private async resourceFor(viewer: Viewer | null, input: CollectionResourceInput): Promise<Resource> {
    const resource = await new ResourceService(this.em).visibleBySlug(viewer, input.resourceSlug);
    if (!resource) throw badInput("input.resourceSlug", `There is no resource "${input.resourceSlug}".`);
    return resource;
  }

  /**
   * Changes a collection's list inside one transaction that holds the
   * collection's row, so two edits at once cannot give two items one place.
   */
  private async editItems(
    checked: ResourceCollection,
    work: (em: EntityManager, locked: ResourceCollection, entries: CollectionEntry[]) => void,
  ): Promise<ResourceCollection> {
    await this.em.transactional(async (em) => {
      const collection = await em.findOneOrFail(
        ResourceCollection,
        { uuid: checked.uuid },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const entries = await em.find(CollectionEntry, { collection }, { orderBy: { position: "asc" } });
      work(em, collection, entries);
      collection.updatedAt = new Date();
    });
    return checked;
  }
}

function entryFor(entries: CollectionEntry[], resource: Resource): CollectionEntry {
  const entry = entries.find((candidate) => candidate.resource.unwrap().uuid === resource.uuid);
  if (!entry) throw badInput("input.resourceSlug", `"${resource.slug}" is not in this collection.`);
  return entry;
}

/** NETWORK means "members of the owning network": a collection of one's own has no network to share with. */
function assertVisibilityFits(visibility: Visibility, ownedByNetwork: boolean): void {
  if (visibility === Visibility.NETWORK && !ownedByNetwork) {
    throw badInput(
      "input.visibility",
      "A collection of your own is PUBLIC or PRIVATE; NETWORK needs a network to own the collection.",
    );
  }
}

function checkedDescription(description: string): string {
  if (Buffer.byteLength(description, "utf8") > COLLECTION_DESCRIPTION_MAX_BYTES) {
    throw badInput(
      "input.description",
      `input.description must be at most ${COLLECTION_DESCRIPTION_MAX_BYTES / 1024} KB`,
    );
  }
  return description;
}
