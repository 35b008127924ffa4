import type { EntityManager } from "@mikro-orm/postgresql";
import { AmbitionService, ResourceCollection, CollectionService, SharedAmbition, Visibility } from "@hub/api";
import { inFile } from "./errors.js";
import { Json } from "./files.js";
import type { Actors } from "./resources.js";
import type { Tally } from "./tally.js";

export interface AmbitionSeed {
  networkSlug: string;
  slug: string;
  title: string;
  description: string;
  targetYear: number;
  targetPercentage: number;
  setBy: string;
}

export interface CollectionSeed {
  path: string;
  slug: string;
  title: string;
  description: string;
  visibility: Visibility;
  /** The curating network; or, for a personal collection, its owner's email. */
  networkSlug?: string;
  owner?: string;
  resources: string[];
}

export function readAmbitions(dataDir?: string): AmbitionSeed[] {
  return Json.read("ambitions.json", dataDir)
    .field("ambitions")
    .items()
    .map((item) => ({
      networkSlug: item.str("network"),
      slug: item.str("slug"),
      title: item.str("title"),
      description: item.str("description"),
      targetYear: item.int("targetYear") ?? item.fail("is required", "targetYear"),
      targetPercentage: item.int("targetPercentage") ?? item.fail("is required", "targetPercentage"),
      setBy: item.str("setBy"),
    }));
}

/** `collections.json`, written alongside the resource files. */
export function readCollections(dataDir?: string): CollectionSeed[] {
  return Json.read("collections.json", dataDir)
    .items()
    .map((item) => ({
      path: item.path,
      slug: item.str("slug"),
      title: item.str("title"),
      description: item.str("description"),
      visibility: item.oneOf("visibility", Visibility),
      networkSlug: item.optStr("network"),
      owner: item.has("network") ? undefined : item.str("owner"),
      resources: item.strings("resources"),
    }));
}

/** The trust's shared ambitions, set by its lead; before resources, which name them. */
export async function loadAmbitions(em: EntityManager, seeds: AmbitionSeed[], actors: Actors, tally: Tally) {
  for (const seed of seeds) {
    if (await em.fork().count(SharedAmbition, { slug: seed.slug })) {
      tally.skipped("shared ambitions");
      continue;
    }
    const viewer = actors.viewer("seeds/data/ambitions.json", `${seed.slug}.setBy`, seed.setBy);
    await inFile("seeds/data/ambitions.json", {}, () => new AmbitionService(em.fork()).create(viewer, seed));
    tally.created("shared ambitions");
  }
}

/**
 * Collections curated by a moderator of their network (or made by their
 * owner, for a personal one), items in the file's order; one transaction each.
 */
export async function loadCollections(em: EntityManager, seeds: CollectionSeed[], actors: Actors, tally: Tally) {
  for (const seed of seeds) {
    if (await em.fork().count(ResourceCollection, { slug: seed.slug })) {
      tally.skipped("collections");
      continue;
    }
    const file = `seeds/data/collections.json: ${seed.path}`;
    const curator = seed.networkSlug ? actors.moderatorOf(seed.networkSlug) : actors.viewer(file, "owner", seed.owner!);
    await inFile(file, { owningNetworkSlug: "network", resourceSlug: "resources" }, () =>
      em.fork().transactional(async (tx) => {
        const service = new CollectionService(tx);
        await service.create(curator, {
          slug: seed.slug,
          title: seed.title,
          description: seed.description,
          visibility: seed.visibility,
          owningNetworkSlug: seed.networkSlug ?? null,
        });
        for (const resourceSlug of seed.resources) {
          await service.addResource(curator, { collectionSlug: seed.slug, resourceSlug });
        }
      }),
    );
    tally.created("collections");
  }
}
