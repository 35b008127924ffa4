import type { EntityManager } from "@mikro-orm/postgresql";
import {
  KeyStage,
  Licence,
  LICENCES,
  Phase,
  Resource,
  ResourceService,
  ResourceStatus,
  ResourceType,
  Visibility,
  YearGroup,
  type CreateResourceInput,
  type Viewer,
} from "@hub/api";
import { SeedDataError, inFile } from "./errors.js";
import { frontMatterFiles } from "./files.js";
import type { Tally } from "./tally.js";

/** The file's key for each field of the API's resource input, so errors name the line to fix. */
const FILE_KEYS: Record<string, string> = {
  subjectSlugs: "subjects",
  themeSlugs: "themes",
  owningNetworkSlug: "network",
  sharedWithNetworkSlugs: "sharedWith",
  schoolUrn: "school",
  relatedResourceSlugs: "related",
  newSlug: "slug",
  message: "revisionMessage",
  ambitionSlugs: "ambitions",
};

export interface ResourceSeed {
  file: string;
  input: CreateResourceInput;
  status: ResourceStatus;
  authors: string[];
  publishedAt?: Date;
  /** The first save, when the file describes a resource that was later revised. */
  previous?: { slug: string; title: string; summary: string; message?: string };
}

/** Parses and checks every `seeds/data/resources/*.md`; the first wrong field stops the load with its file name. */
export function readResources(dataDir?: string): ResourceSeed[] {
  const seeds = frontMatterFiles("resources", dataDir).map((file): ResourceSeed => {
    const slug = file.required("slug");
    const visibility = file.oneOf("visibility", Visibility);
    const licence = file.oneOf("licence", Licence);
    if (visibility === Visibility.PUBLIC && !LICENCES[licence].open) {
      throw new SeedDataError(
        file.file,
        "licence",
        `${licence} is not an open licence, so the resource cannot be PUBLIC`,
      );
    }
    const status = file.oneOf("status", ResourceStatus);
    const publishedOn = file.date("publishedAt");
    if (publishedOn && status !== ResourceStatus.PUBLISHED && status !== ResourceStatus.ARCHIVED) {
      throw new SeedDataError(file.file, "publishedAt", `a ${status} resource has not been published`);
    }
    const authors = file.list("authors");
    if (authors.length === 0) throw new SeedDataError(file.file, "authors", "is required (emails from people.json)");
    const previousTitle = file.optional("previousTitle");
    const previousSummary = file.optional("previousSummary");
    const previousSlug = file.optional("previousSlug");
    const revisionMessage = file.optional("revisionMessage");
    const title = file.required("title");
    const summary = file.required("summary");
    const seed: ResourceSeed = {
      file: file.file,
      input: {
        slug,
        title,
        summary,
        body: file.body,
        type: file.oneOf("type", ResourceType),
        subjectSlugs: file.list("subjects"),
        phases: file.listOf("phases", Phase),
        keyStages: file.listOf("keyStages", KeyStage),
        yearGroups: file.listOf("yearGroups", YearGroup),
        themeSlugs: file.list("themes"),
        tags: file.list("tags"),
        licence,
        visibility,
        owningNetworkSlug: file.required("network"),
        sharedWithNetworkSlugs: file.list("sharedWith"),
        schoolUrn: file.optional("school") ?? null,
        links: file.links("links"),
        relatedResourceSlugs: file.list("related"),
        ambitionSlugs: file.list("ambitions"),
      },
      status,
      authors,
      publishedAt: publishedOn ? new Date(`${publishedOn}T09:00:00Z`) : undefined,
      previous:
        previousTitle || previousSummary || previousSlug
          ? {
              slug: previousSlug ?? slug,
              title: previousTitle ?? title,
              summary: previousSummary ?? summary,
              message: revisionMessage,
            }
          : undefined,
    };
    if (!seed.previous && revisionMessage) {
      throw new SeedDataError(file.file, "revisionMessage", "needs previousTitle, previousSummary or previousSlug");
    }
    file.finish();
    return seed;
  });
  const seen = new Map<string, string>();
  for (const seed of seeds) {
    for (const slug of new Set([seed.input.slug, seed.previous?.slug].filter((s): s is string => !!s))) {
      const other = seen.get(slug);
      if (other) throw new SeedDataError(seed.file, "slug", `"${slug}" is also used by ${other}`);
      seen.set(slug, seed.file);
    }
  }
  for (const seed of seeds) {
    const unknown = (seed.input.relatedResourceSlugs ?? []).filter((slug) => !seen.has(slug));
    if (unknown.length)
      throw new SeedDataError(seed.file, "related", `there is no resource file for ${unknown.join(", ")}`);
  }
  return seeds;
}

/** Roles the loader needs to act as people: each person's viewer, and who moderates each network. */
export interface Actors {
  admin: Viewer;
  viewers: Map<string, Viewer>;
  /** A person who moderates the network (MODERATOR or LEAD), else the admin. */
  moderatorOf(networkSlug: string): Viewer;
  viewer(file: string, field: string, email: string): Viewer;
}

/**
 * Saves each resource through the real lifecycle, as its people would: the
 * first author creates it (under its earlier title when the file gives one,
 * then revises it), submits it for review, a moderator of the owning
 * network publishes it and, for ARCHIVED, archives it. Co-authors and the
 * original dates are then recorded through the service's import path. One
 * transaction per resource: a failure leaves no half-made resource behind.
 */
export async function loadResources(
  em: EntityManager,
  seeds: ResourceSeed[],
  actors: Actors,
  tally: Tally,
): Promise<void> {
  for (const seed of seeds) {
    if (await new ResourceService(em.fork()).bySlugOrRedirect(seed.input.slug)) {
      tally.skipped("resources");
      continue;
    }
    const author = actors.viewer(seed.file, "authors", seed.authors[0]!);
    const coAuthorIds = seed.authors.slice(1).map((email) => actors.viewer(seed.file, "authors", email).userId);
    const moderator = actors.moderatorOf(seed.input.owningNetworkSlug);
    await inFile(seed.file, FILE_KEYS, () =>
      em.fork().transactional(async (tx) => {
        const service = new ResourceService(tx);
        const { slug } = seed.input;
        // Related resources not loaded yet are linked once every resource exists (see linkRelated).
        const present = await tx.find(Resource, { slug: { $in: seed.input.relatedResourceSlugs ?? [] } });
        const related = present.map((resource) => resource.slug);
        if (seed.previous) {
          await service.create(author, {
            ...seed.input,
            ...seed.previous,
            relatedResourceSlugs: related,
            message: null,
          });
          await service.update(author, {
            slug: seed.previous.slug,
            newSlug: slug === seed.previous.slug ? null : slug,
            title: seed.input.title,
            summary: seed.input.summary,
            message: seed.previous.message ?? null,
          });
        } else {
          await service.create(author, { ...seed.input, relatedResourceSlugs: related });
        }
        if (seed.status !== ResourceStatus.DRAFT) await service.submitForReview(author, { slug });
        if (seed.status === ResourceStatus.PUBLISHED || seed.status === ResourceStatus.ARCHIVED) {
          await service.publish(moderator, { slug });
        }
        if (seed.status === ResourceStatus.ARCHIVED) await service.archive(moderator, { slug });
        await service.importProvenance(slug, {
          coAuthorIds,
          publishedAt: seed.publishedAt,
          // Drafted a fortnight before publication, so the library's "newest" order follows the real dates.
          firstSavedAt: seed.publishedAt ? new Date(seed.publishedAt.getTime() - 14 * 86_400_000) : undefined,
        });
      }),
    );
    tally.created("resources");
  }
}

/**
 * Links related resources that did not exist yet when a resource was
 * created (the files may point at each other). Idempotent: only missing
 * links are added, as a revision by the first author.
 */
export async function linkRelated(em: EntityManager, seeds: ResourceSeed[], actors: Actors): Promise<void> {
  for (const seed of seeds) {
    const wanted = seed.input.relatedResourceSlugs ?? [];
    if (wanted.length === 0) continue;
    const fork = em.fork();
    const resource = await fork.findOneOrFail(Resource, { slug: seed.input.slug }, { populate: ["relatedResources"] });
    const have = new Set(resource.relatedResources.getItems().map((other) => other.slug));
    if (wanted.every((slug) => have.has(slug))) continue;
    const editor = actors.moderatorOf(seed.input.owningNetworkSlug);
    await inFile(seed.file, FILE_KEYS, () =>
      new ResourceService(fork).update(editor, {
        slug: seed.input.slug,
        relatedResourceSlugs: wanted,
        message: "Linked related resources",
      }),
    );
  }
}
