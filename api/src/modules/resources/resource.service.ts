import type { EntityManager } from "@mikro-orm/postgresql";
import { LoadStrategy, ref, type Collection, type FilterQuery } from "@mikro-orm/core";
import { validateInput } from "../../graphql/validation.js";
import { alreadyTaken, badInput } from "../../graphql/errors.js";
import { takenIn } from "../../graphql/unique-values.js";
import { charCount } from "../../graphql/input-rules.js";
import type { Connection } from "../../graphql/relay.js";
import { byCreatedAtDesc, byTitleAsc, byUpdatedAtDesc, paginate, type KeysetOrder } from "../../graphql/pagination.js";
import {
  authorize,
  canContribute,
  canEdit,
  canModerate,
  canSubmitForReview,
  canView,
  isAdmin,
  isLiveResource,
  moderationScope,
  requireViewer,
  resourceVisibleWhere,
  Visibility,
  type GovernedItem,
  type Viewer,
} from "../../policy/index.js";
import { User } from "../accounts/user.entity.js";
import { Network, School } from "../organisations/index.js";
import { normaliseTags, TaxonomyService, type Subject, type Theme } from "../taxonomy/index.js";
import { AmbitionService, SharedAmbition } from "../ambitions/index.js";
import { BODY_MAX_BYTES, Resource, type ResourceLink } from "./resource.entity.js";
import { LICENCES, ResourceOrder, ResourceStatus } from "./resource.enums.js";
import {
  CreateResourceInput,
  RequestResourceChangesInput,
  ResourceRefInput,
  RestoreResourceRevisionInput,
  UpdateResourceInput,
  type ResourceFilter,
  type ResourceLinkInput,
} from "./resource.inputs.js";
import { ResourceRevision } from "./resource-revision.entity.js";
import { ResourceSlugRedirect } from "./resource-slug-redirect.entity.js";
import { diffSnapshots, snapshotOf, type ResourceSnapshot } from "./resource.snapshot.js";

/** Relations a list loads with its page, one query each, so a page costs the same for 10 rows or 100. */
const LIST_POPULATE = ["authors", "subjects", "themes", "owningNetwork", "sharedWith", "school"] as const;

/** Content with every reference resolved to its row: what an edit, a creation or a restore applies. */
interface ResolvedContent {
  slug?: string;
  title?: string;
  summary?: string;
  body?: string;
  type?: Resource["type"];
  subjects?: Subject[];
  themes?: Theme[];
  ambitions?: SharedAmbition[];
  phases?: Resource["phases"];
  keyStages?: Resource["keyStages"];
  yearGroups?: Resource["yearGroups"];
  tags?: string[];
  licence?: Resource["licence"];
  visibility?: Visibility;
  sharedWith?: Network[];
  school?: School | null;
  links?: ResourceLink[];
  relatedResources?: Resource[];
}

const ORDERS: Record<ResourceOrder, KeysetOrder<Resource>> = {
  [ResourceOrder.NEWEST]: byCreatedAtDesc<Resource>(),
  [ResourceOrder.UPDATED]: byUpdatedAtDesc<Resource>(),
  [ResourceOrder.TITLE]: byTitleAsc<Resource>(),
};

function filterWhere(filter: ResourceFilter | null | undefined, viewer: Viewer | null): FilterQuery<Resource>[] {
  if (!filter) return [];
  const where: FilterQuery<Resource>[] = [];
  if (filter.type) where.push({ type: filter.type });
  if (filter.subjectSlug) where.push({ subjects: { slug: filter.subjectSlug } });
  if (filter.themeSlug) where.push({ themes: { slug: filter.themeSlug } });
  if (filter.ambitionSlug) where.push({ ambitions: { slug: filter.ambitionSlug } });
  if (filter.keyStage) where.push({ keyStages: { $contains: [filter.keyStage] } });
  if (filter.phase) where.push({ phases: { $contains: [filter.phase] } });
  if (filter.networkSlug) where.push({ owningNetwork: { slug: filter.networkSlug } });
  if (filter.schoolUrn) where.push({ school: { urn: filter.schoolUrn } });
  if (filter.licence) where.push({ licence: filter.licence });
  if (filter.status) where.push({ status: filter.status });
  if (filter.visibility) where.push({ visibility: filter.visibility });
  // An empty list matches nothing: the public has authored nothing and moderates nothing.
  if (filter.authoredByMe) where.push({ authors: { uuid: { $in: viewer ? [viewer.userId] : [] } } });
  const moderating = moderationScope(viewer);
  if (filter.moderatedByMe && !moderating.everything) {
    where.push({ owningNetwork: { uuid: { $in: moderating.networkIds } } });
  }
  return where;
}

/** A collection's rows, loading them only when a list has not already populated them. */
export function itemsOf<T extends object>(collection: Collection<T>): Promise<T[]> | T[] {
  return collection.isInitialized() ? collection.getItems() : collection.loadItems();
}

/** Reads and writes resources, asking the policy module about every permission. */
export class ResourceService {
  constructor(private readonly em: EntityManager) {}

  /** What the policy needs to know about a resource (loads its authors and sharing networks if needed). */
  async governed(resource: Resource): Promise<GovernedItem> {
    const [authors, sharedWith] = await Promise.all([itemsOf(resource.authors), itemsOf(resource.sharedWith)]);
    return {
      visibility: resource.visibility,
      published: isLiveResource(resource.status),
      owningNetworkId: resource.owningNetwork?.unwrap().uuid ?? null,
      sharedNetworkIds: sharedWith.map((network) => network.uuid),
      authorIds: authors.map((author) => author.uuid),
    };
  }

  async canView(viewer: Viewer | null, resource: Resource): Promise<boolean> {
    return canView(viewer, await this.governed(resource));
  }

  async canEdit(viewer: Viewer | null, resource: Resource): Promise<boolean> {
    return canEdit(viewer, await this.governed(resource));
  }

  private canModerate(viewer: Viewer | null, resource: Resource): boolean {
    // Resources from before networks owned them are moderated by admins alone.
    return resource.owningNetwork ? canModerate(viewer, resource.owningNetwork.unwrap().uuid) : isAdmin(viewer);
  }

  /** A resource by its current slug or by a slug it used to have, whoever asks. */
  async bySlugOrRedirect(slug: string): Promise<Resource | null> {
    const current = await this.em.findOne(Resource, { slug });
    if (current) return current;
    const redirect = await this.em.findOne(ResourceSlugRedirect, { oldSlug: slug }, { populate: ["resource"] });
    return redirect?.resource ?? null;
  }

  /** The resource at this slug (current or old) if the viewer may see it. */
  async visibleBySlug(viewer: Viewer | null, slug: string): Promise<Resource | null> {
    const resource = await this.bySlugOrRedirect(slug);
    return resource && (await this.canView(viewer, resource)) ? resource : null;
  }

  /** Those of these uuids the viewer may see, in one query. */
  visibleByIds(viewer: Viewer | null, uuids: string[]): Promise<Resource[]> {
    return this.em.find(Resource, { $and: [resourceVisibleWhere(viewer), { uuid: { $in: uuids } }] });
  }

  async visibleById(viewer: Viewer | null, uuid: string): Promise<Resource | null> {
    const resource = await this.em.findOne(Resource, { uuid });
    return resource && (await this.canView(viewer, resource)) ? resource : null;
  }

  /** One page of what the viewer may see, narrowed by the filter; the total counts under the same condition. */
  async list(
    viewer: Viewer | null,
    filter: ResourceFilter | null | undefined,
    orderBy: ResourceOrder,
    page: { first: number; after?: string | null },
  ): Promise<Connection<Resource>> {
    const where = { $and: [resourceVisibleWhere(viewer), ...filterWhere(filter, viewer)] };
    const connection = await paginate(this.em, Resource, where, ORDERS[orderBy], page);
    await this.preloadForList(connection.nodes);
    return connection;
  }

  /** Loads what a list shows of each resource (authors, subjects, network...) in one query per relation. */
  async preloadForList(resources: Resource[]): Promise<void> {
    if (resources.length === 0) return;
    // One query per relation rather than joins: joining several to-many relations multiplies the rows.
    await this.em.populate(resources, LIST_POPULATE, { strategy: LoadStrategy.SELECT_IN });
  }

  /** Of these resources, the ones the viewer may see, in the order given. */
  async visibleAmong(viewer: Viewer | null, resources: Resource[]): Promise<Resource[]> {
    if (resources.length === 0) return [];
    const visible = await this.visibleByIds(
      viewer,
      resources.map((resource) => resource.uuid),
    );
    const visibleIds = new Set(visible.map((resource) => resource.uuid));
    return resources.filter((resource) => visibleIds.has(resource.uuid));
  }

  /** Creates a draft owned by a network the viewer contributes to, with the viewer as its author. */
  async create(viewer: Viewer | null, raw: CreateResourceInput): Promise<Resource> {
    const author = requireViewer(viewer, "create a resource");
    const input = await validateInput(CreateResourceInput, raw);
    const network = await this.em.findOne(Network, { slug: input.owningNetworkSlug });
    if (!network) throw badInput("input.owningNetworkSlug", `There is no network "${input.owningNetworkSlug}".`);
    authorize(viewer, canContribute(viewer, network.uuid), `add resources to ${network.name}`);
    const resource = await this.createResource(input, network, this.em.getReference(User, author.userId));
    await this.em.flush();
    return resource;
  }

  /**
   * For seeds and imports, without a viewer: saves a resource already
   * published, with no authors. Validates exactly as `create` does.
   */
  async importPublished(raw: CreateResourceInput): Promise<Resource> {
    const input = await validateInput(CreateResourceInput, raw);
    const network = await this.em.findOne(Network, { slug: input.owningNetworkSlug });
    if (!network) throw badInput("input.owningNetworkSlug", `There is no network "${input.owningNetworkSlug}".`);
    const resource = await this.createResource(input, network, null);
    resource.status = ResourceStatus.PUBLISHED;
    resource.publishedAt = resource.createdAt;
    await this.em.flush();
    return resource;
  }

  /**
   * For seeds and imports, after the lifecycle calls: what a real history
   * leaves behind that no mutation can say. Co-authors join the creator, and
   * the dates it was first saved and published become the original ones, so
   * an imported library keeps its order and age. Changes nothing else.
   */
  async importProvenance(
    slug: string,
    provenance: { coAuthorIds?: string[]; firstSavedAt?: Date; publishedAt?: Date },
  ): Promise<Resource> {
    const resource = await this.bySlugOrRedirect(slug);
    if (!resource) throw badInput("slug", `There is no resource "${slug}".`);
    await itemsOf(resource.authors);
    for (const userId of provenance.coAuthorIds ?? []) resource.authors.add(this.em.getReference(User, userId));
    if (provenance.firstSavedAt) resource.createdAt = provenance.firstSavedAt;
    if (provenance.publishedAt) {
      if (resource.status !== ResourceStatus.PUBLISHED && resource.status !== ResourceStatus.ARCHIVED) {
        throw badInput("publishedAt", "Only a published or archived resource has a publication date.");
      }
      resource.publishedAt = provenance.publishedAt;
    }
    await this.em.flush();
    return resource;
  }

  private async createResource(input: CreateResourceInput, network: Network, author: User | null): Promise<Resource> {
    await this.assertSlugFree(input.slug, null, "createResource");
    const content = await this.resolve(input, "input");
    content.slug = input.slug;
    content.title = input.title.trim();
    content.summary = input.summary.trim();
    content.type = input.type;
    content.licence = input.licence;
    content.visibility = input.visibility;
    assertLicenceFits(input.visibility, input.licence);
    const resource = this.em.create(Resource, {
      slug: input.slug,
      title: content.title,
      summary: content.summary,
      owningNetwork: network,
    });
    if (author) resource.authors.add(author);
    this.apply(resource, content);
    this.writeRevision(resource, 1, author, { message: input.message ?? null, autosave: input.autosave ?? false });
    return resource;
  }

  /**
   * Changes a resource's content; a new slug leaves the old one as a redirect. Writes a revision,
   * or rewrites the latest one when it is the viewer's own recent autosave.
   */
  async update(viewer: Viewer | null, raw: UpdateResourceInput): Promise<Resource> {
    const input = await validateInput(UpdateResourceInput, raw);
    const resource = await this.editable(viewer, input.slug);
    // Background saves change what the author is still writing, never what readers or reviewers see.
    if (input.autosave && resource.status !== ResourceStatus.DRAFT) {
      throw badInput("input.autosave", "Only a draft is saved automatically: save this resource by hand.");
    }
    const content = await this.resolve(input, "input");
    if (input.newSlug && input.newSlug !== resource.slug) {
      await this.assertSlugFree(input.newSlug, resource, "updateResource");
      content.slug = input.newSlug;
    }
    if (input.title) content.title = input.title.trim();
    if (input.summary !== undefined && input.summary !== null) content.summary = input.summary.trim();
    if (input.type) content.type = input.type;
    if (input.licence) content.licence = input.licence;
    if (input.visibility) content.visibility = input.visibility;
    assertLicenceFits(content.visibility ?? resource.visibility, content.licence ?? resource.licence);
    await this.saveRevision(viewer!, resource, content, {
      message: input.message ?? null,
      autosave: input.autosave ?? false,
      foldIntoAutosave: true,
    });
    return resource;
  }

  /** Brings back an earlier version's content as a new revision. */
  async restoreRevision(viewer: Viewer | null, raw: RestoreResourceRevisionInput): Promise<Resource> {
    const input = await validateInput(RestoreResourceRevisionInput, raw);
    const resource = await this.editable(viewer, input.slug);
    const revision = await this.em.findOne(ResourceRevision, { resource, number: input.number });
    if (!revision) throw badInput("input.number", `This resource has no revision ${input.number}.`);
    const content = await this.fromSnapshot(revision.snapshot, resource);
    assertLicenceFits(content.visibility!, content.licence!);
    const message = input.message ?? `Restored revision ${input.number}`;
    // Always a version of its own, so the one it replaces stays in the history.
    await this.saveRevision(viewer!, resource, content, { message, autosave: false, foldIntoAutosave: false });
    return resource;
  }

  /** Applies resolved content, records the slug change and a revision, and saves it all in one transaction. */
  private async saveRevision(
    viewer: Viewer,
    resource: Resource,
    content: ResolvedContent,
    revision: RevisionNote & { foldIntoAutosave: boolean },
  ): Promise<void> {
    const previousSlug = resource.slug;
    const latest = await this.em.findOne(ResourceRevision, { resource }, { orderBy: { number: "desc" } });
    this.apply(resource, content);
    if (resource.slug !== previousSlug) {
      // The new slug may be one this resource used before: it is current again, not a redirect.
      const reclaimed = await this.em.findOne(ResourceSlugRedirect, { oldSlug: resource.slug, resource });
      if (reclaimed) this.em.remove(reclaimed);
      this.em.create(ResourceSlugRedirect, { oldSlug: previousSlug, resource });
    }
    // Changes to relations alone must still mark the resource changed, for search and `updatedAt`.
    resource.updatedAt = new Date();
    if (revision.foldIntoAutosave && latest && isOpenAutosave(latest, viewer, resource.updatedAt)) {
      latest.snapshot = snapshotOf(resource);
      latest.message = revision.message?.trim() || latest.message;
      latest.autosave = revision.autosave;
      latest.updatedAt = resource.updatedAt;
    } else {
      this.writeRevision(resource, (latest?.number ?? 0) + 1, this.em.getReference(User, viewer.userId), revision);
    }
    await this.em.flush();
  }

  private writeRevision(resource: Resource, number: number, author: User | null, revision: RevisionNote): void {
    this.em.create(ResourceRevision, {
      resource,
      number,
      author,
      message: revision.message?.trim() || null,
      autosave: revision.autosave,
      snapshot: snapshotOf(resource),
    });
  }

  /** What reviewers were sent stays in the history: later autosaves start a version of their own. */
  private async closeAutosaves(resource: Resource): Promise<void> {
    // Changed as entities, so the next flush writes them with the status change, in one transaction.
    for (const revision of await this.em.find(ResourceRevision, { resource, autosave: true })) {
      revision.autosave = false;
    }
  }

  /** DRAFT to IN_REVIEW, by an author (or anyone who may edit it). */
  async submitForReview(viewer: Viewer | null, raw: ResourceRefInput): Promise<Resource> {
    const input = await validateInput(ResourceRefInput, raw);
    const resource = await this.findVisible(viewer, input.slug);
    authorize(viewer, canSubmitForReview(viewer, await this.governed(resource)), "submit this resource for review");
    expectStatus(resource, [ResourceStatus.DRAFT], "Only a draft can be submitted for review");
    resource.status = ResourceStatus.IN_REVIEW;
    await this.closeAutosaves(resource);
    await this.em.flush();
    return resource;
  }

  /** IN_REVIEW to PUBLISHED by a moderator; from DRAFT too where the network lets moderators publish directly. */
  async publish(viewer: Viewer | null, raw: ResourceRefInput): Promise<Resource> {
    const input = await validateInput(ResourceRefInput, raw);
    const resource = await this.findVisible(viewer, input.slug);
    authorize(viewer, this.canModerate(viewer, resource), "publish this resource");
    const network = resource.owningNetwork ? await resource.owningNetwork.load() : null;
    const from = network?.moderatorsPublishDirectly
      ? [ResourceStatus.IN_REVIEW, ResourceStatus.DRAFT]
      : [ResourceStatus.IN_REVIEW];
    expectStatus(resource, from, "Only a resource in review can be published");
    assertLicenceFits(resource.visibility, resource.licence);
    resource.status = ResourceStatus.PUBLISHED;
    resource.publishedAt ??= new Date();
    resource.reviewComment = null;
    await this.closeAutosaves(resource);
    await this.em.flush();
    return resource;
  }

  /** IN_REVIEW back to DRAFT by a moderator, with a comment for the authors. */
  async requestChanges(viewer: Viewer | null, raw: RequestResourceChangesInput): Promise<Resource> {
    const input = await validateInput(RequestResourceChangesInput, raw);
    if (input.comment.trim() === "") throw badInput("input.comment", "input.comment must say what to change");
    const resource = await this.findVisible(viewer, input.slug);
    authorize(viewer, this.canModerate(viewer, resource), "review this resource");
    expectStatus(resource, [ResourceStatus.IN_REVIEW], "Changes can only be requested for a resource in review");
    resource.status = ResourceStatus.DRAFT;
    resource.reviewComment = input.comment.trim();
    await this.em.flush();
    return resource;
  }

  /** PUBLISHED to ARCHIVED by a moderator: withdrawn from view, kept for its authors and moderators. */
  async archive(viewer: Viewer | null, raw: ResourceRefInput): Promise<Resource> {
    const input = await validateInput(ResourceRefInput, raw);
    const resource = await this.findVisible(viewer, input.slug);
    authorize(viewer, this.canModerate(viewer, resource), "archive this resource");
    expectStatus(resource, [ResourceStatus.PUBLISHED], "Only a published resource can be archived");
    resource.status = ResourceStatus.ARCHIVED;
    await this.em.flush();
    return resource;
  }

  /** Revisions, newest first, for those who may edit the resource; null for anyone else. */
  async revisions(
    viewer: Viewer | null,
    resource: Resource,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ResourceRevision> | null> {
    if (!(await this.canEdit(viewer, resource))) return null;
    return paginate(this.em, ResourceRevision, { resource }, BY_NUMBER_DESC, page, { populate: ["author"] });
  }

  async revision(viewer: Viewer | null, slug: string, number: number): Promise<ResourceRevision | null> {
    const resource = await this.bySlugOrRedirect(slug);
    if (!resource || !(await this.canEdit(viewer, resource))) return null;
    return this.em.findOne(ResourceRevision, { resource, number });
  }

  /** Field-level differences from one revision to another; null when the viewer may not see the history. */
  async compareRevisions(
    viewer: Viewer | null,
    slug: string,
    from: number,
    to: number,
  ): Promise<{ field: string; before: string; after: string }[] | null> {
    const resource = await this.bySlugOrRedirect(slug);
    if (!resource || !(await this.canEdit(viewer, resource))) return null;
    const revisions = await this.em.find(ResourceRevision, { resource, number: { $in: [from, to] } });
    const byNumber = new Map(revisions.map((revision) => [revision.number, revision]));
    if (!byNumber.has(from)) throw badInput("from", `This resource has no revision ${from}.`);
    if (!byNumber.has(to)) throw badInput("to", `This resource has no revision ${to}.`);
    return diffSnapshots(byNumber.get(from)!.snapshot, byNumber.get(to)!.snapshot);
  }

  /** The resource at `slug` if the viewer may see it; otherwise the same answer as for no resource at all. */
  private async findVisible(viewer: Viewer | null, slug: string): Promise<Resource> {
    const resource = await this.visibleBySlug(viewer, slug);
    if (!resource) throw badInput("input.slug", `There is no resource "${slug}".`);
    return resource;
  }

  private async editable(viewer: Viewer | null, slug: string): Promise<Resource> {
    requireViewer(viewer, "change a resource");
    const resource = await this.findVisible(viewer, slug);
    authorize(viewer, await this.canEdit(viewer, resource), "change this resource");
    await Promise.all([
      itemsOf(resource.subjects),
      itemsOf(resource.themes),
      itemsOf(resource.ambitions),
      itemsOf(resource.relatedResources),
    ]);
    return resource;
  }

  /**
   * A slug is free when no other resource has it now or had it before (old links must keep working).
   * Said as the database's key says it when a concurrent request takes the slug first.
   */
  private async assertSlugFree(
    slug: string,
    self: Resource | null,
    operation: "createResource" | "updateResource",
  ): Promise<void> {
    const [taken, redirect] = await Promise.all([
      this.em.count(Resource, { slug }),
      this.em.findOne(ResourceSlugRedirect, { oldSlug: slug }),
    ]);
    if (taken > 0) throw alreadyTaken("resource_slug_unique", { slug }, operation);
    if (redirect && redirect.resource.uuid !== self?.uuid) {
      const { field } = takenIn("resource_slug_unique", { slug }, operation);
      throw badInput(field, `"${slug}" is an old address of another resource, kept so its links keep working`);
    }
  }

  /** Checks the optional content fields of an input and looks up everything they name; changes nothing. */
  private async resolve(input: CreateResourceInput | UpdateResourceInput, prefix: string): Promise<ResolvedContent> {
    const content: ResolvedContent = {};
    const taxonomy = new TaxonomyService(this.em);
    if (input.body !== undefined && input.body !== null) {
      if (Buffer.byteLength(input.body, "utf8") > BODY_MAX_BYTES) {
        throw badInput(`${prefix}.body`, `${prefix}.body must be at most ${BODY_MAX_BYTES / 1024} KB`);
      }
      content.body = input.body;
    }
    if (input.subjectSlugs)
      content.subjects = await taxonomy.subjectsBySlugs(input.subjectSlugs, `${prefix}.subjectSlugs`);
    if (input.themeSlugs) content.themes = await taxonomy.themesBySlugs(input.themeSlugs, `${prefix}.themeSlugs`);
    if (input.ambitionSlugs) {
      content.ambitions = await new AmbitionService(this.em).bySlugs(input.ambitionSlugs, `${prefix}.ambitionSlugs`);
    }
    if (input.phases) content.phases = [...new Set(input.phases)];
    if (input.keyStages) content.keyStages = [...new Set(input.keyStages)];
    if (input.yearGroups) content.yearGroups = [...new Set(input.yearGroups)];
    if (input.tags) content.tags = normaliseTags(input.tags, `${prefix}.tags`);
    if (input.links) content.links = checkLinks(input.links, `${prefix}.links`);
    if (input.sharedWithNetworkSlugs) {
      content.sharedWith = await this.networksBySlugs(input.sharedWithNetworkSlugs, `${prefix}.sharedWithNetworkSlugs`);
    }
    if (input.schoolUrn !== undefined) {
      content.school = input.schoolUrn === null ? null : await this.em.findOne(School, { urn: input.schoolUrn });
      if (content.school === null && input.schoolUrn !== null) {
        throw badInput(`${prefix}.schoolUrn`, `There is no school with URN ${input.schoolUrn}.`);
      }
    }
    if (input.relatedResourceSlugs) {
      const slugs = [...new Set(input.relatedResourceSlugs)];
      const related = await this.em.find(Resource, { slug: { $in: slugs } });
      const unknown = slugs.filter((slug) => !related.some((resource) => resource.slug === slug));
      if (unknown.length > 0) {
        throw badInput(
          `${prefix}.relatedResourceSlugs`,
          `There is no resource ${unknown.map((s) => `"${s}"`).join(", ")}.`,
        );
      }
      content.relatedResources = slugs.map((slug) => related.find((resource) => resource.slug === slug)!);
    }
    return content;
  }

  /** A revision's snapshot as content to apply; ambitions, networks, schools and resources deleted since are left out. */
  private async fromSnapshot(snapshot: ResourceSnapshot, resource: Resource): Promise<ResolvedContent> {
    const taxonomy = new TaxonomyService(this.em);
    const ambitionSlugs = snapshot.ambitionSlugs ?? [];
    const [subjects, themes, ambitions, sharedWith, school, related] = await Promise.all([
      taxonomy.subjectsBySlugs(snapshot.subjectSlugs, "input.number"),
      taxonomy.themesBySlugs(snapshot.themeSlugs, "input.number"),
      ambitionSlugs.length ? this.em.find(SharedAmbition, { slug: { $in: ambitionSlugs } }) : [],
      snapshot.sharedWithNetworkIds.length
        ? this.em.find(Network, { uuid: { $in: snapshot.sharedWithNetworkIds } })
        : [],
      snapshot.schoolId ? this.em.findOne(School, { uuid: snapshot.schoolId }) : null,
      snapshot.relatedResourceIds.length ? this.em.find(Resource, { uuid: { $in: snapshot.relatedResourceIds } }) : [],
    ]);
    let slug = snapshot.slug;
    if (slug !== resource.slug) {
      const taken = await this.em.count(Resource, { slug, uuid: { $ne: resource.uuid } });
      const redirect = await this.em.findOne(ResourceSlugRedirect, { oldSlug: slug });
      // An old slug now used by another resource cannot come back; the current one stays.
      if (taken > 0 || (redirect && redirect.resource.uuid !== resource.uuid)) slug = resource.slug;
    }
    return {
      slug,
      title: snapshot.title,
      summary: snapshot.summary,
      body: snapshot.body,
      type: snapshot.type,
      subjects,
      themes,
      ambitions: ambitionSlugs.flatMap((slug) => ambitions.filter((ambition) => ambition.slug === slug)),
      phases: snapshot.phases,
      keyStages: snapshot.keyStages,
      yearGroups: snapshot.yearGroups,
      tags: snapshot.tags,
      licence: snapshot.licence,
      visibility: snapshot.visibility,
      sharedWith,
      school,
      links: snapshot.links,
      relatedResources: related.filter((other) => other.uuid !== resource.uuid),
    };
  }

  private async networksBySlugs(slugs: string[], field: string): Promise<Network[]> {
    const wanted = [...new Set(slugs)];
    if (wanted.length === 0) return [];
    const networks = await this.em.find(Network, { slug: { $in: wanted } });
    const unknown = wanted.filter((slug) => !networks.some((network) => network.slug === slug));
    if (unknown.length > 0) throw badInput(field, `There is no network ${unknown.map((s) => `"${s}"`).join(", ")}.`);
    return networks;
  }

  private apply(resource: Resource, content: ResolvedContent): void {
    const { subjects, themes, ambitions, sharedWith, relatedResources, school, ...scalars } = content;
    for (const [key, value] of Object.entries(scalars)) {
      if (value !== undefined) (resource as unknown as Record<string, unknown>)[key] = value;
    }
    if (subjects) resource.subjects.set(subjects);
    if (themes) resource.themes.set(themes);
    if (ambitions) resource.ambitions.set(ambitions);
    if (sharedWith) resource.sharedWith.set(sharedWith);
    if (relatedResources) resource.relatedResources.set(relatedResources.filter((other) => other !== resource));
    if (school !== undefined) resource.school = school ? ref(school) : null;
  }
}

/** How a save describes the revision it makes. */
interface RevisionNote {
  message: string | null;
  autosave: boolean;
}

/** How long one autosaved version keeps absorbing its author's saves before the next starts a new one. */
export const AUTOSAVE_VERSION_SPAN_MS = 30 * 60_000;

/** Whether the viewer's save may rewrite this revision: their own autosave, still recent. */
function isOpenAutosave(revision: ResourceRevision, viewer: Viewer, now: Date): boolean {
  return (
    revision.autosave &&
    revision.author?.uuid === viewer.userId &&
    now.getTime() - revision.createdAt.getTime() < AUTOSAVE_VERSION_SPAN_MS
  );
}

const BY_NUMBER_DESC: KeysetOrder<ResourceRevision> = {
  field: "number",
  direction: "desc",
  toCursor: (row) => String(row.number),
  fromCursor: (value) => Number(value),
};

/** Open licences only for the open library: a PUBLIC resource must be reusable. */
function assertLicenceFits(visibility: Visibility, licence: Resource["licence"]): void {
  if (visibility === Visibility.PUBLIC && !LICENCES[licence].open) {
    throw badInput(
      "input.licence",
      "A public resource needs an open licence (Creative Commons or the Open Government Licence), not all rights reserved.",
    );
  }
}

function expectStatus(resource: Resource, allowed: ResourceStatus[], message: string): void {
  if (!allowed.includes(resource.status)) {
    throw badInput("input.status", `${message}; this resource is ${resource.status.replace("_", " ").toLowerCase()}.`);
  }
}

function checkLinks(links: ResourceLinkInput[], field: string): ResourceLink[] {
  return links.map((link, index) => {
    const title = (link.title ?? "").trim();
    if (title === "" || charCount(title) > 200) {
      throw badInput(`${field}.${index}.title`, `${field}.${index}.title must be 1 to 200 characters`);
    }
    let url: URL;
    try {
      url = new URL(link.url.trim());
    } catch {
      throw badInput(`${field}.${index}.url`, `${field}.${index}.url must be a full web address`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw badInput(`${field}.${index}.url`, `${field}.${index}.url must start with http:// or https://`);
    }
    return { title, url: url.toString() };
  });
}
