import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode, type FilterQuery } from "@mikro-orm/core";
import { alreadyTaken, badInput } from "../../graphql/errors.js";
import { localIdOf, type Connection } from "../../graphql/relay.js";
import { byCreatedAtDesc, byTitleAsc, paginate } from "../../graphql/pagination.js";
import { validateInput } from "../../graphql/validation.js";
import { bucketBy, loadBatched } from "../../graphql/batch.js";
import {
  authorize,
  canContribute,
  canModerate,
  canRecordAdoption,
  canView,
  contributionScope,
  entitlementVisibleWhere,
  requireViewer,
  Visibility,
  type Viewer,
} from "../../policy/index.js";
import { User } from "../accounts/user.entity.js";
import { Network, NetworkKind, NetworkSchool, School } from "../organisations/index.js";
import { Resource, ResourceService } from "../resources/index.js";
import {
  Subject,
  KEY_STAGE_OF_YEAR,
  KEY_STAGE_LABELS,
  TaxonomyService,
  YEAR_GROUP_LABELS,
  type YearGroup,
} from "../taxonomy/index.js";
import { AdoptionCoverage, CurriculumEntitlementOrder, EntitlementStatus } from "./curriculum.enums.js";
import { compareUnits, type ComparableUnit } from "./curriculum.compare.js";
import { CurriculumEntitlement, RATIONALE_MAX_BYTES, governedEntitlement } from "./curriculum-entitlement.entity.js";
import { CurriculumUnit } from "./curriculum-unit.entity.js";
import { EntitlementAdoption } from "./entitlement-adoption.entity.js";
import {
  AddCurriculumUnitInput,
  CreateCurriculumEntitlementInput,
  CurriculumUnitRefInput,
  EntitlementSeriesInput,
  EntitlementVersionInput,
  MoveCurriculumUnitInput,
  RecordEntitlementAdoptionInput,
  UpdateCurriculumUnitInput,
  UpdateCurriculumEntitlementInput,
  CurriculumEntitlementFilter,
} from "./curriculum.inputs.js";
import type { EntitlementComparison, EntitlementCoverageRow } from "./curriculum.types.js";

const describe = (entitlement: CurriculumEntitlement) => `version ${entitlement.version} of "${entitlement.slug}"`;

/**
 * The network whose schools an entitlement owned by `network` is for: its
 * parent trust when it has one (a trust's subject network serves the whole
 * trust), otherwise the network itself. Needs `parent` loaded.
 */
export function entitlementSchoolsNetwork(network: Network): Network {
  const parent = network.parent?.getEntity();
  return parent?.kind === NetworkKind.TRUST ? parent : network;
}

/** Reads and writes curriculum entitlements, their units and schools' adoptions of them. */
export class CurriculumService {
  constructor(private readonly em: EntityManager) {}

  canSee(viewer: Viewer | null, entitlement: CurriculumEntitlement): boolean {
    return canView(viewer, governedEntitlement(entitlement));
  }

  /** Whether the viewer may change this version: only drafts change, and only their network's contributors change them. */
  canEditDraft(viewer: Viewer | null, entitlement: CurriculumEntitlement): boolean {
    return entitlement.status === EntitlementStatus.DRAFT && canContribute(viewer, networkOf(entitlement));
  }

  /** Whether the viewer may start the next version from this one (a draft may already exist; that is checked then). */
  canStartDraftFrom(viewer: Viewer | null, entitlement: CurriculumEntitlement): boolean {
    return entitlement.status === EntitlementStatus.AGREED && canContribute(viewer, networkOf(entitlement));
  }

  /** Whether the viewer may agree this version: a draft, and they moderate its network. */
  canAgree(viewer: Viewer | null, entitlement: CurriculumEntitlement): boolean {
    return entitlement.status === EntitlementStatus.DRAFT && canModerate(viewer, networkOf(entitlement));
  }

  /** One version, or without `version` the latest agreed version the viewer may see, else the latest visible. */
  async find(viewer: Viewer | null, slug: string, version?: number | null): Promise<CurriculumEntitlement | null> {
    const visible = (await this.em.find(CurriculumEntitlement, { slug }, { orderBy: { version: "desc" } })).filter(
      (entitlement) => this.canSee(viewer, entitlement),
    );
    if (version !== undefined && version !== null) return visible.find((e) => e.version === version) ?? null;
    return visible.find((e) => e.status === EntitlementStatus.AGREED) ?? visible[0] ?? null;
  }

  /** Those of these entitlement versions the viewer may see. */
  async byIds(viewer: Viewer | null, uuids: string[]): Promise<CurriculumEntitlement[]> {
    const found = await this.em.find(CurriculumEntitlement, { uuid: { $in: uuids } });
    return found.filter((entitlement) => this.canSee(viewer, entitlement));
  }

  /**
   * The units that link to a resource, in entitlement versions you may see
   * (newest version first, then unit order); batched over a page of resources.
   */
  async unitsLinkedTo(viewer: Viewer | null, resource: { uuid: string }): Promise<CurriculumUnit[]> {
    const found = await loadBatched(this.em, "Resource.curriculumUnits", resource.uuid, async (resourceIds) => {
      const units = await this.em.find(
        CurriculumUnit,
        { linkedResources: { $in: resourceIds }, entitlement: entitlementVisibleWhere(viewer) },
        {
          populate: ["linkedResources", "entitlement"],
          orderBy: { entitlement: { createdAt: "desc" }, position: "asc", uuid: "asc" },
        },
      );
      return bucketBy(resourceIds, units, linkedResourceIds);
    });
    return found ?? [];
  }

  /** Those of these units whose entitlement version the viewer may see. */
  async unitsByIds(viewer: Viewer | null, uuids: string[]): Promise<CurriculumUnit[]> {
    const found = await this.em.find(CurriculumUnit, { uuid: { $in: uuids } }, { populate: ["entitlement"] });
    return found.filter((unit) => this.canSee(viewer, unit.entitlement.getEntity()));
  }

  /** Those of these adoptions whose entitlement version the viewer may see. */
  async adoptionsByIds(viewer: Viewer | null, uuids: string[]): Promise<EntitlementAdoption[]> {
    const found = await this.em.find(EntitlementAdoption, { uuid: { $in: uuids } }, { populate: ["entitlement"] });
    return found.filter((adoption) => this.canSee(viewer, adoption.entitlement.getEntity()));
  }

  /** Every version of the entitlement's series the viewer may see, oldest first. */
  async versionsOf(viewer: Viewer | null, entitlement: CurriculumEntitlement): Promise<CurriculumEntitlement[]> {
    const versions = await this.em.find(
      CurriculumEntitlement,
      { slug: entitlement.slug },
      { orderBy: { version: "asc" } },
    );
    return versions.filter((version) => this.canSee(viewer, version));
  }

  /** The owning network; those of a whole page load in one query. */
  async networkOf(entitlement: CurriculumEntitlement): Promise<Network> {
    const uuid = networkOf(entitlement);
    const network = await loadBatched(this.em, "CurriculumEntitlement.owningNetwork", uuid, async (ids) => {
      const rows = await this.em.find(Network, { uuid: { $in: ids } });
      return new Map(rows.map((row) => [row.uuid, row]));
    });
    return network!;
  }

  /** The subject; those of a whole page load in one query. */
  async subjectOf(entitlement: CurriculumEntitlement): Promise<Subject> {
    const uuid = entitlement.subject.unwrap().uuid;
    const subject = await loadBatched(this.em, "CurriculumEntitlement.subject", uuid, async (ids) => {
      const rows = await this.em.find(Subject, { uuid: { $in: ids } });
      return new Map(rows.map((row) => [row.uuid, row]));
    });
    return subject!;
  }

  /** The units in order; the units of a whole page of entitlements load in one query. */
  async unitsOf(entitlement: CurriculumEntitlement): Promise<CurriculumUnit[]> {
    const units = await loadBatched(this.em, "CurriculumEntitlement.units", entitlement.uuid, async (ids) => {
      const rows = await this.em.find(
        CurriculumUnit,
        { entitlement: { $in: ids } },
        { orderBy: { position: "asc", uuid: "asc" } },
      );
      return bucketBy(ids, rows, (unit) => [unit.entitlement.unwrap().uuid]);
    });
    return units ?? [];
  }

  /** Schools that teach this version, by name; batched across a page like {@link unitsOf}. */
  async adoptionsOf(entitlement: CurriculumEntitlement): Promise<EntitlementAdoption[]> {
    const adoptions = await loadBatched(this.em, "CurriculumEntitlement.adoptions", entitlement.uuid, async (ids) => {
      const rows = await this.em.find(
        EntitlementAdoption,
        { entitlement: { $in: ids } },
        { populate: ["school"], orderBy: { school: { name: "asc" }, uuid: "asc" } },
      );
      return bucketBy(ids, rows, (adoption) => [adoption.entitlement.unwrap().uuid]);
    });
    return adoptions ?? [];
  }

  /** A unit's linked resources that the viewer may see; the links of every unit in a response load together. */
  async linkedResourcesOf(viewer: Viewer | null, unit: CurriculumUnit): Promise<Resource[]> {
    const resources = await loadBatched(this.em, "CurriculumUnit.linkedResources", unit.uuid, async (ids) => {
      const units = await this.em.find(CurriculumUnit, { uuid: { $in: ids } }, { populate: ["linkedResources"] });
      const linked = units.flatMap((row) => row.linkedResources.getItems());
      const visible = new Set(await new ResourceService(this.em).visibleAmong(viewer, linked));
      return new Map(
        units.map((row) => [row.uuid, row.linkedResources.getItems().filter((resource) => visible.has(resource))]),
      );
    });
    return resources ?? [];
  }

  /** Versions matching the filter that the viewer may see, newest first. */
  async list(
    viewer: Viewer | null,
    filter: CurriculumEntitlementFilter | null | undefined,
    page: { first: number; after?: string | null },
    orderBy: CurriculumEntitlementOrder = CurriculumEntitlementOrder.NEWEST,
  ): Promise<Connection<CurriculumEntitlement>> {
    if (filter) await validateInput(CurriculumEntitlementFilter, filter, "filter");
    const conditions: FilterQuery<CurriculumEntitlement>[] = [entitlementVisibleWhere(viewer)];
    if (filter?.subjectSlug) conditions.push({ subject: { slug: filter.subjectSlug } });
    if (filter?.keyStage) conditions.push({ keyStage: filter.keyStage });
    if (filter?.networkSlug) conditions.push({ owningNetwork: { slug: filter.networkSlug } });
    if (filter?.status) conditions.push({ status: filter.status });
    const contributing = contributionScope(viewer);
    if (filter?.contributedByMe && !contributing.everything) {
      conditions.push({ owningNetwork: { $in: contributing.networkIds } });
    }
    return paginate(
      this.em,
      CurriculumEntitlement,
      { $and: conditions },
      orderBy === CurriculumEntitlementOrder.TITLE
        ? byTitleAsc<CurriculumEntitlement>()
        : byCreatedAtDesc<CurriculumEntitlement>(),
      page,
    );
  }

  /** Starts a new series: version 1, as a draft of a subject network. */
  async create(viewer: Viewer | null, raw: CreateCurriculumEntitlementInput): Promise<CurriculumEntitlement> {
    const author = requireViewer(viewer, "start a curriculum entitlement");
    const input = await validateInput(CreateCurriculumEntitlementInput, raw);
    const network = await this.em.findOne(Network, { slug: input.networkSlug });
    if (!network) throw badInput("input.networkSlug", `There is no network "${input.networkSlug}".`);
    if (network.kind !== NetworkKind.SUBJECT_NETWORK) {
      throw badInput(
        "input.networkSlug",
        `${network.name} is not a subject network; curriculum entitlements belong to subject networks.`,
      );
    }
    authorize(viewer, canContribute(viewer, network.uuid), `start curriculum entitlements for ${network.name}`);
    const [subject] = await new TaxonomyService(this.em).subjectsBySlugs([input.subjectSlug], "input.subjectSlug");
    assertRationaleSize(input.rationale ?? "");
    if (await this.em.count(CurriculumEntitlement, { slug: input.slug })) {
      throw alreadyTaken("curriculum_entitlement_slug_version_unique", { slug: input.slug });
    }
    const entitlement = this.em.create(CurriculumEntitlement, {
      owningNetwork: network,
      subject: subject!,
      keyStage: input.keyStage,
      title: input.title,
      slug: input.slug,
      rationale: input.rationale ?? "",
      version: 1,
      visibility: input.visibility ?? Visibility.NETWORK,
      createdBy: this.em.getReference(User, author.userId),
    });
    await this.em.flush();
    return entitlement;
  }

  /** Starts version n+1 as a draft holding a copy of the agreed version's units (same unit keys). */
  async draftFromAgreed(viewer: Viewer | null, raw: EntitlementSeriesInput): Promise<CurriculumEntitlement> {
    const author = requireViewer(viewer, "start a new version of an entitlement");
    const input = await validateInput(EntitlementSeriesInput, raw);
    // Two drafts started at once both read "no draft yet"; the (slug, version) key lets only one through.
    return this.em.transactional(async (em) => {
      const versions = await em.find(
        CurriculumEntitlement,
        { slug: input.slug },
        { orderBy: { version: "desc" }, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const latest = versions[0];
      if (
        !latest ||
        !versions.some((version) => this.canSee(viewer, version) || canContribute(viewer, networkOf(version)))
      ) {
        throw badInput("input.slug", `There is no entitlement "${input.slug}".`);
      }
      authorize(viewer, canContribute(viewer, networkOf(latest)), `start a new version of "${input.slug}"`);
      const existingDraft = versions.find((version) => version.status === EntitlementStatus.DRAFT);
      if (existingDraft) {
        throw alreadyTaken(
          "curriculum_entitlement_slug_version_unique",
          { slug: input.slug, version: String(existingDraft.version) },
          "createEntitlementDraftFromAgreed",
        );
      }
      const agreed = versions.find((version) => version.status === EntitlementStatus.AGREED);
      if (!agreed) throw badInput("input.slug", `"${input.slug}" has no agreed version to start from.`);
      const next = em.create(CurriculumEntitlement, {
        owningNetwork: agreed.owningNetwork,
        subject: agreed.subject,
        keyStage: agreed.keyStage,
        title: agreed.title,
        slug: agreed.slug,
        rationale: agreed.rationale,
        version: latest.version + 1,
        visibility: agreed.visibility,
        createdBy: em.getReference(User, author.userId),
      });
      const units = await em.find(
        CurriculumUnit,
        { entitlement: agreed },
        { orderBy: { position: "asc" }, populate: ["linkedResources"] },
      );
      for (const unit of units) {
        em.create(CurriculumUnit, {
          entitlement: next,
          unitKey: unit.unitKey,
          position: unit.position,
          title: unit.title,
          yearGroup: unit.yearGroup,
          term: unit.term,
          summary: unit.summary,
          knowledge: [...unit.knowledge],
          skills: [...unit.skills],
          linkedResources: unit.linkedResources.getItems(),
        });
      }
      return next;
    });
  }

  /** Changes a draft's title, rationale or visibility; agreed versions never change. */
  async updateDraft(viewer: Viewer | null, raw: UpdateCurriculumEntitlementInput): Promise<CurriculumEntitlement> {
    requireViewer(viewer, "edit curriculum entitlements");
    const input = await validateInput(UpdateCurriculumEntitlementInput, raw);
    if (input.rationale) assertRationaleSize(input.rationale);
    const entitlementId = localIdOf(input.entitlementId, "CurriculumEntitlement");
    return this.editDraft(viewer, entitlementId, "input.entitlementId", (_em, entitlement) => {
      if (input.title) entitlement.title = input.title;
      if (input.rationale !== undefined && input.rationale !== null) entitlement.rationale = input.rationale;
      if (input.visibility) entitlement.visibility = input.visibility;
      return Promise.resolve(entitlement);
    });
  }

  async addUnit(
    viewer: Viewer | null,
    raw: AddCurriculumUnitInput,
  ): Promise<{ entitlement: CurriculumEntitlement; unit: CurriculumUnit }> {
    requireViewer(viewer, "edit curriculum entitlements");
    const input = await validateInput(AddCurriculumUnitInput, raw);
    const entitlementId = localIdOf(input.entitlementId, "CurriculumEntitlement");
    return this.editDraft(viewer, entitlementId, "input.entitlementId", async (em, entitlement, units) => {
      assertYearInKeyStage(entitlement, input.yearGroup, "input.yearGroup");
      const position = input.position ?? units.length + 1;
      if (position < 1 || position > units.length + 1) {
        throw badInput("input.position", `input.position must be from 1 to ${units.length + 1}.`);
      }
      const unit = em.create(CurriculumUnit, {
        entitlement,
        position,
        title: input.title,
        yearGroup: input.yearGroup,
        term: input.term,
        summary: input.summary ?? "",
        knowledge: input.knowledge ?? [],
        skills: input.skills ?? [],
        linkedResources: await this.linkableResources(
          em,
          viewer,
          input.linkedResourceSlugs ?? [],
          "input.linkedResourceSlugs",
        ),
      });
      units.splice(position - 1, 0, unit);
      return { entitlement, unit };
    });
  }

  async updateUnit(
    viewer: Viewer | null,
    raw: UpdateCurriculumUnitInput,
  ): Promise<{ entitlement: CurriculumEntitlement; unit: CurriculumUnit }> {
    requireViewer(viewer, "edit curriculum entitlements");
    const input = await validateInput(UpdateCurriculumUnitInput, raw);
    return this.editUnit(viewer, input.unitId, async (em, entitlement, _units, unit) => {
      if (input.yearGroup) assertYearInKeyStage(entitlement, input.yearGroup, "input.yearGroup");
      if (input.title) unit.title = input.title;
      if (input.yearGroup) unit.yearGroup = input.yearGroup;
      if (input.term) unit.term = input.term;
      if (input.summary !== undefined && input.summary !== null) unit.summary = input.summary;
      if (input.knowledge) unit.knowledge = input.knowledge;
      if (input.skills) unit.skills = input.skills;
      if (input.linkedResourceSlugs) {
        await em.populate(unit, ["linkedResources"]);
        unit.linkedResources.set(
          await this.linkableResources(em, viewer, input.linkedResourceSlugs, "input.linkedResourceSlugs"),
        );
      }
      return { entitlement, unit };
    });
  }

  async moveUnit(
    viewer: Viewer | null,
    raw: MoveCurriculumUnitInput,
  ): Promise<{ entitlement: CurriculumEntitlement; unit: CurriculumUnit }> {
    requireViewer(viewer, "edit curriculum entitlements");
    const input = await validateInput(MoveCurriculumUnitInput, raw);
    return this.editUnit(viewer, input.unitId, (_em, entitlement, units, unit) => {
      if (input.toPosition < 1 || input.toPosition > units.length) {
        throw badInput("input.toPosition", `input.toPosition must be from 1 to ${units.length}.`);
      }
      units.splice(units.indexOf(unit), 1);
      units.splice(input.toPosition - 1, 0, unit);
      return Promise.resolve({ entitlement, unit });
    });
  }

  async removeUnit(
    viewer: Viewer | null,
    raw: CurriculumUnitRefInput,
  ): Promise<{ entitlement: CurriculumEntitlement }> {
    requireViewer(viewer, "edit curriculum entitlements");
    const input = await validateInput(CurriculumUnitRefInput, raw);
    return this.editUnit(viewer, input.unitId, (em, entitlement, units, unit) => {
      units.splice(units.indexOf(unit), 1);
      em.remove(unit);
      return Promise.resolve({ entitlement });
    });
  }

  /** Agrees a draft: it becomes the AGREED version and the one agreed before it is SUPERSEDED, together or not at all. */
  async agree(viewer: Viewer | null, raw: EntitlementVersionInput): Promise<CurriculumEntitlement> {
    const moderator = requireViewer(viewer, "agree curriculum entitlements");
    const input = await validateInput(EntitlementVersionInput, raw);
    return this.em.transactional(async (em) => {
      const versions = await em.find(
        CurriculumEntitlement,
        { slug: input.slug },
        { orderBy: { version: "asc" }, lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      const target = versions.find((version) => version.version === input.version);
      if (!target || !(this.canSee(viewer, target) || canContribute(viewer, networkOf(target)))) {
        throw badInput("input.version", `There is no version ${input.version} of "${input.slug}".`);
      }
      authorize(viewer, canModerate(viewer, networkOf(target)), `agree "${input.slug}"`);
      if (target.status !== EntitlementStatus.DRAFT) {
        throw badInput("input.version", `${describe(target)} is ${target.status}; only a draft can be agreed.`);
      }
      if ((await em.count(CurriculumUnit, { entitlement: target })) === 0) {
        throw badInput("input.version", `${describe(target)} has no units yet; add units before agreeing it.`);
      }
      for (const version of versions) {
        if (version.status === EntitlementStatus.AGREED) version.status = EntitlementStatus.SUPERSEDED;
      }
      target.status = EntitlementStatus.AGREED;
      target.agreedAt = new Date();
      target.agreedBy = em.getReference(User, moderator.userId, { wrapped: true });
      return target;
    });
  }

  /** What changed between two versions the viewer may see, units matched by unit key. */
  async compare(viewer: Viewer | null, slug: string, from: number, to: number): Promise<EntitlementComparison> {
    const [earlier, later] = await Promise.all([this.find(viewer, slug, from), this.find(viewer, slug, to)]);
    if (!earlier) throw badInput("from", `There is no version ${from} of "${slug}" you can see.`);
    if (!later) throw badInput("to", `There is no version ${to} of "${slug}" you can see.`);
    const [fromUnits, toUnits] = await Promise.all([this.comparable(earlier), this.comparable(later)]);
    return compareUnits({ version: from, units: fromUnits }, { version: to, units: toUnits });
  }

  /** Records the version a school teaches, replacing its earlier adoption of the same series. */
  async recordAdoption(viewer: Viewer | null, raw: RecordEntitlementAdoptionInput): Promise<EntitlementAdoption> {
    const recorder = requireViewer(viewer, "record a school's adoption of an entitlement");
    const input = await validateInput(RecordEntitlementAdoptionInput, raw);
    if (!isRealDate(input.adoptedOn)) {
      throw badInput("input.adoptedOn", "input.adoptedOn is not a real date.");
    }
    const school = await this.em.findOne(School, { urn: input.schoolUrn });
    if (!school) throw badInput("input.schoolUrn", `There is no school with URN ${input.schoolUrn}.`);
    const entitlement = await this.find(viewer, input.slug, input.version);
    if (!entitlement)
      throw badInput("input.version", `There is no version ${input.version} of "${input.slug}" you can see.`);
    if (entitlement.status === EntitlementStatus.DRAFT) {
      throw badInput("input.version", `${describe(entitlement)} is still a draft; schools adopt agreed versions.`);
    }
    const schoolNetworks = await this.em.find(NetworkSchool, { school });
    authorize(
      viewer,
      canRecordAdoption(
        viewer,
        networkOf(entitlement),
        schoolNetworks.map((row) => row.network.uuid),
      ),
      `record adoptions for ${school.name}`,
    );
    const existing = await this.em.findOne(EntitlementAdoption, { school, seriesSlug: entitlement.slug });
    const adoption =
      existing ??
      this.em.create(EntitlementAdoption, {
        school,
        entitlement,
        seriesSlug: entitlement.slug,
        adoptedOn: input.adoptedOn,
        recordedBy: null,
      });
    adoption.entitlement = this.em.getReference(CurriculumEntitlement, entitlement.uuid, { wrapped: true });
    adoption.adoptedOn = input.adoptedOn;
    adoption.localNotes = input.localNotes ?? "";
    adoption.recordedBy = this.em.getReference(User, recorder.userId, { wrapped: true });
    await this.em.flush();
    return adoption;
  }

  /**
   * Which version of each of the network's agreed entitlement series every
   * school of {@link entitlementSchoolsNetwork} teaches.
   */
  async coverage(viewer: Viewer | null, networkSlug: string): Promise<EntitlementCoverageRow[]> {
    const network = await this.em.findOne(Network, { slug: networkSlug }, { populate: ["parent"] });
    if (!network) throw badInput("networkSlug", `There is no network "${networkSlug}".`);
    const schoolsOf = entitlementSchoolsNetwork(network);
    const members = await this.em.find(
      NetworkSchool,
      { network: schoolsOf },
      { populate: ["school"], orderBy: { school: { name: "asc", uuid: "asc" } } },
    );
    const agreed = (
      await this.em.find(
        CurriculumEntitlement,
        { owningNetwork: network, status: EntitlementStatus.AGREED },
        { orderBy: { slug: "asc" } },
      )
    ).filter((entitlement) => this.canSee(viewer, entitlement));
    const schools = members.map((row) => row.school);
    const adoptions =
      agreed.length && schools.length
        ? await this.em.find(
            EntitlementAdoption,
            { school: { $in: schools }, seriesSlug: { $in: agreed.map((e) => e.slug) } },
            { populate: ["entitlement"] },
          )
        : [];
    const adoptionOf = new Map(
      adoptions.map((adoption) => [`${adoption.school.unwrap().uuid}/${adoption.seriesSlug}`, adoption]),
    );
    return schools.flatMap((school) =>
      agreed.map((series) => {
        const adopted = adoptionOf.get(`${school.uuid}/${series.slug}`)?.entitlement.getEntity().version ?? null;
        const coverage =
          adopted === null
            ? AdoptionCoverage.NOT_ADOPTED
            : adopted >= series.version
              ? AdoptionCoverage.CURRENT
              : AdoptionCoverage.BEHIND;
        return {
          school,
          slug: series.slug,
          title: series.title,
          latestAgreedVersion: series.version,
          adoptedVersion: adopted,
          coverage,
        };
      }),
    );
  }

  private async comparable(entitlement: CurriculumEntitlement): Promise<ComparableUnit[]> {
    const units = await this.em.find(
      CurriculumUnit,
      { entitlement: entitlement.uuid },
      { orderBy: { position: "asc" }, populate: ["linkedResources"] },
    );
    return units.map((unit) => ({
      unitKey: unit.unitKey,
      title: unit.title,
      yearGroup: unit.yearGroup,
      term: unit.term,
      summary: unit.summary,
      knowledge: unit.knowledge,
      skills: unit.skills,
      linkedResourceIds: linkedResourceIds(unit),
    }));
  }

  /** Published resources the viewer may see, by slug; anything else is refused, so links never leak drafts. */
  private async linkableResources(
    em: EntityManager,
    viewer: Viewer | null,
    slugs: string[],
    field: string,
  ): Promise<Resource[]> {
    const wanted = [...new Set(slugs)];
    if (wanted.length === 0) return [];
    const found = await em.find(Resource, { slug: { $in: wanted } });
    const visible = await new ResourceService(em).visibleAmong(viewer, found);
    const bySlug = new Map(visible.map((resource) => [resource.slug, resource]));
    const missing = wanted.filter((slug) => !bySlug.has(slug));
    if (missing.length) throw badInput(field, `There is no resource you can see with slug ${missing.join(", ")}.`);
    return wanted.map((slug) => bySlug.get(slug)!);
  }

  private async editUnit<T>(
    viewer: Viewer | null,
    unitId: string,
    work: (
      em: EntityManager,
      entitlement: CurriculumEntitlement,
      units: CurriculumUnit[],
      unit: CurriculumUnit,
    ) => Promise<T>,
  ): Promise<T> {
    const uuid = localIdOf(unitId, "CurriculumUnit");
    const found = uuid ? await this.em.findOne(CurriculumUnit, { uuid }, { fields: ["entitlement"] }) : null;
    if (!found) throw badInput("input.unitId", "There is no such curriculum unit.");
    return this.editDraft(viewer, found.entitlement.unwrap().uuid, "input.unitId", (em, entitlement, units) => {
      const unit = units.find((candidate) => candidate.uuid === uuid);
      if (!unit) throw badInput("input.unitId", "There is no such curriculum unit.");
      return work(em, entitlement, units, unit);
    });
  }

  /**
   * Runs a change to a draft's units in one transaction, with the draft's
   * row locked so concurrent edits queue, then renumbers the units 1..n in
   * the order the change left them.
   */
  private async editDraft<T>(
    viewer: Viewer | null,
    entitlementUuid: string | undefined,
    field: string,
    work: (em: EntityManager, entitlement: CurriculumEntitlement, units: CurriculumUnit[]) => Promise<T>,
  ): Promise<T> {
    return this.em.transactional(async (em) => {
      const entitlement = entitlementUuid
        ? await em.findOne(CurriculumEntitlement, { uuid: entitlementUuid }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : null;
      if (!entitlement || !(this.canSee(viewer, entitlement) || canContribute(viewer, networkOf(entitlement)))) {
        throw badInput(field, "There is no such curriculum entitlement.");
      }
      authorize(viewer, canContribute(viewer, networkOf(entitlement)), `edit "${entitlement.slug}"`);
      if (entitlement.status !== EntitlementStatus.DRAFT) {
        throw badInput(
          field,
          `${describe(entitlement)} is ${entitlement.status} and never changes; start a new draft with createEntitlementDraftFromAgreed and edit that.`,
        );
      }
      const units = await em.find(CurriculumUnit, { entitlement }, { orderBy: { position: "asc" } });
      const result = await work(em, entitlement, units);
      units.forEach((unit, index) => (unit.position = index + 1));
      entitlement.updatedAt = new Date();
      return result;
    });
  }
}

/** Rows grouped under each of `keys` (every key present, possibly with no rows), keeping the rows' order. */
const linkedResourceIds = (unit: CurriculumUnit) => unit.linkedResources.getItems().map((resource) => resource.uuid);

const networkOf = (entitlement: CurriculumEntitlement) => entitlement.owningNetwork.unwrap().uuid;

function assertYearInKeyStage(entitlement: CurriculumEntitlement, yearGroup: YearGroup, field: string): void {
  if (KEY_STAGE_OF_YEAR[yearGroup] !== entitlement.keyStage) {
    throw badInput(
      field,
      `${YEAR_GROUP_LABELS[yearGroup]} is not in ${KEY_STAGE_LABELS[entitlement.keyStage]}, the key stage of this entitlement.`,
    );
  }
}

function assertRationaleSize(rationale: string): void {
  if (Buffer.byteLength(rationale, "utf8") > RATIONALE_MAX_BYTES) {
    throw badInput("input.rationale", `input.rationale must be at most ${RATIONALE_MAX_BYTES / 1024} KB.`);
  }
}

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
