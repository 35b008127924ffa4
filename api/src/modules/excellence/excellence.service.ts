import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { alreadyTaken, badInput, notFound } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import { localIdOf, type Connection } from "../../graphql/relay.js";
import { bucketBy, keepWhere, loadBatched } from "../../graphql/batch.js";
import { byCreatedAtDesc, byTitleAsc, byUpdatedAtDesc, paginate, type KeysetOrder } from "../../graphql/pagination.js";
import {
  authorize,
  canEditExcellence,
  canProposeExcellence,
  canValidateExcellence,
  canViewExcellence,
  excellenceValidationScope,
  excellenceVisibleWhere,
  isValidatedExcellence,
  requireViewer,
  type ExcellenceFacts,
  type Viewer,
} from "../../policy/index.js";
import { HUB_KINDS, School } from "../organisations/index.js";
import { User } from "../accounts/index.js";
import { ResourceService } from "../resources/index.js";
import { TaxonomyService } from "../taxonomy/index.js";
import { AmbitionService } from "../ambitions/index.js";
import { AOE_VALIDITY_YEARS, AreaOfExcellence, yearsAfter } from "./area-of-excellence.entity.js";
import { AoeStatus, AreaOfExcellenceOrder } from "./excellence.enums.js";
import {
  AreaOfExcellenceFilter,
  AreaOfExcellenceRefInput,
  AreaOfExcellenceResourceInput,
  ProposeAreaOfExcellenceInput,
  UpdateAreaOfExcellenceInput,
} from "./excellence.inputs.js";

const EVIDENCE_MAX_BYTES = 100 * 1024;

const ORDERS: Record<AreaOfExcellenceOrder, KeysetOrder<AreaOfExcellence>> = {
  [AreaOfExcellenceOrder.NEWEST]: byCreatedAtDesc<AreaOfExcellence>(),
  [AreaOfExcellenceOrder.UPDATED]: byUpdatedAtDesc<AreaOfExcellence>(),
  [AreaOfExcellenceOrder.TITLE]: byTitleAsc<AreaOfExcellence>(),
};
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The networks of some schools, keyed by school uuid; `hubsOnly` keeps hubs and teaching school hubs. */
async function networksOfSchools(
  em: EntityManager,
  schoolIds: readonly string[],
  hubsOnly = false,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(schoolIds.map((id) => [id, []]));
  if (schoolIds.length === 0) return result;
  const rows = await em.getConnection().execute<{ school_id: string; network_id: string }[]>(
    `select ns.school_id, ns.network_id from network_school ns join network n on n.id = ns.network_id
     where ns.school_id in (?) ${hubsOnly ? "and n.kind in (?)" : ""}`,
    hubsOnly ? [schoolIds, HUB_KINDS] : [schoolIds],
  );
  for (const row of rows) result.get(row.school_id)?.push(row.network_id);
  return result;
}

/**
 * The networks of one school (hubs only when asked), for the permission
 * fields of a list: the schools of every row GraphQL is resolving load in one query.
 */
export async function networksOfSchoolBatched(
  em: EntityManager,
  schoolId: string,
  hubsOnly = false,
): Promise<string[]> {
  const batch = hubsOnly ? "School.hubIds" : "School.networkIds";
  return (await loadBatched(em, batch, schoolId, (ids) => networksOfSchools(em, ids, hubsOnly))) ?? [];
}

/** The schools that belong to any of some networks (hubs only when asked). */
export async function schoolsInNetworks(
  em: EntityManager,
  networkIds: readonly string[],
  hubsOnly = false,
): Promise<string[]> {
  if (networkIds.length === 0) return [];
  const rows = await em.getConnection().execute<{ school_id: string }[]>(
    `select distinct ns.school_id from network_school ns join network n on n.id = ns.network_id
     where ns.network_id in (?) ${hubsOnly ? "and n.kind in (?)" : ""}`,
    hubsOnly ? [networkIds, HUB_KINDS] : [networkIds],
  );
  return rows.map((row) => row.school_id);
}

/** Every school, for admins; otherwise the uuids of some. */
const ALL_SCHOOLS = "all";
type ValidatableSchools = typeof ALL_SCHOOLS | string[];

const visibleWhere = (viewer: Viewer | null, validatable: ValidatableSchools) =>
  excellenceVisibleWhere(viewer, validatable === ALL_SCHOOLS ? [] : validatable);

function assertLocalDate(value: string, field: string): void {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!LOCAL_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badInput(field, `${field} must be a date written YYYY-MM-DD`);
  }
}

function assertEvidenceSize(evidence: string): void {
  if (Buffer.byteLength(evidence, "utf8") > EVIDENCE_MAX_BYTES) {
    throw badInput("input.evidence", "input.evidence must be at most 100 KB");
  }
}

/**
 * Areas of Excellence: proposing, validating, renewing and listing them.
 * Every permission question goes to the policy module. A VALIDATED one whose
 * `expiresAt` has passed is reported as EXPIRED on read (status is never
 * rewritten by a job); filters treat it the same way.
 */
export class ExcellenceService {
  constructor(private readonly em: EntityManager) {}

  async facts(aoe: AreaOfExcellence): Promise<ExcellenceFacts> {
    return {
      validated: isValidatedExcellence(aoe.status),
      proposerId: aoe.proposedBy.unwrap().uuid,
      contactId: aoe.contact.unwrap().uuid,
      schoolHubIds: await networksOfSchoolBatched(this.em, aoe.school.unwrap().uuid, true),
    };
  }

  async canView(viewer: Viewer | null, aoe: AreaOfExcellence): Promise<boolean> {
    return canViewExcellence(viewer, await this.facts(aoe));
  }

  /** Those of these uuids the viewer may see; their schools' hubs load together. */
  async byIds(viewer: Viewer | null, uuids: string[]): Promise<AreaOfExcellence[]> {
    const found = await this.em.find(AreaOfExcellence, { uuid: { $in: uuids } });
    return keepWhere(found, (aoe) => this.canView(viewer, aoe));
  }

  async bySlug(viewer: Viewer | null, slug: string): Promise<AreaOfExcellence | null> {
    const aoe = await this.em.findOne(AreaOfExcellence, { slug });
    return aoe && (await this.canView(viewer, aoe)) ? aoe : null;
  }

  /** The Areas of Excellence you may see that link to a resource, by title; batched over a page of resources. */
  async linkedTo(viewer: Viewer | null, resource: { uuid: string }): Promise<AreaOfExcellence[]> {
    const found = await loadBatched(this.em, "Resource.areasOfExcellence", resource.uuid, async (resourceIds) => {
      // Inside the batch, so a page of resources shares one visibility lookup and one query.
      const visible = await this.visibleFilter(viewer);
      const areas = await this.em.find(
        AreaOfExcellence,
        { $and: [visible, { linkedResources: { $in: resourceIds } }] },
        { populate: ["linkedResources"], orderBy: { title: "asc", uuid: "asc" } },
      );
      return bucketBy(resourceIds, areas, (area) => area.linkedResources.getItems().map((linked) => linked.uuid));
    });
    return found ?? [];
  }

  /** The policy's {@link excellenceVisibleWhere}, with the schools the viewer may validate for looked up. */
  async visibleFilter(viewer: Viewer | null): Promise<FilterQuery<AreaOfExcellence>> {
    return visibleWhere(viewer, await this.validatableSchoolIds(viewer));
  }

  async list(
    viewer: Viewer | null,
    filter: AreaOfExcellenceFilter | null | undefined,
    page: { first: number; after?: string | null },
    orderBy: AreaOfExcellenceOrder = AreaOfExcellenceOrder.NEWEST,
  ): Promise<Connection<AreaOfExcellence>> {
    if (filter) await validateInput(AreaOfExcellenceFilter, filter, "filter");
    // Both the visibility rule and the validatableByMe filter need these: asked for once.
    const validatable = await this.validatableSchoolIds(viewer);
    const conditions: FilterQuery<AreaOfExcellence>[] = [visibleWhere(viewer, validatable)];
    if (filter?.themeSlug) conditions.push({ themes: { slug: filter.themeSlug } });
    if (filter?.ambitionSlug) conditions.push({ ambitions: { slug: filter.ambitionSlug } });
    if (filter?.phase) conditions.push({ phase: filter.phase });
    if (filter?.region) conditions.push({ school: { region: filter.region } });
    if (filter?.schoolUrn) conditions.push({ school: { urn: filter.schoolUrn } });
    if (filter?.networkSlug) conditions.push({ school: { networks: { slug: filter.networkSlug } } });
    if (filter?.mine) {
      const me = viewer ? [viewer.userId] : [];
      conditions.push({ $or: [{ proposedBy: { $in: me } }, { contact: { $in: me } }] });
    }
    if (filter?.validatableByMe && validatable !== ALL_SCHOOLS) conditions.push({ school: { $in: validatable } });
    const now = new Date();
    switch (filter?.status) {
      case AoeStatus.PROPOSED:
        conditions.push({ status: AoeStatus.PROPOSED });
        break;
      case AoeStatus.VALIDATED:
        conditions.push({ status: AoeStatus.VALIDATED, expiresAt: { $gt: now } });
        break;
      case AoeStatus.EXPIRED:
        conditions.push({ status: AoeStatus.VALIDATED, expiresAt: { $lte: now } });
        break;
      default:
        break;
    }
    return paginate(this.em, AreaOfExcellence, { $and: conditions }, ORDERS[orderBy], page);
  }

  /** The schools whose Areas of Excellence the viewer may validate: those in the hubs of the policy's scope. */
  private async validatableSchoolIds(viewer: Viewer | null): Promise<ValidatableSchools> {
    const scope = excellenceValidationScope(viewer);
    return scope.everything ? ALL_SCHOOLS : schoolsInNetworks(this.em, scope.networkIds, true);
  }

  /** May the viewer change its details? */
  async canEdit(viewer: Viewer | null, aoe: AreaOfExcellence): Promise<boolean> {
    return canEditExcellence(viewer, await this.facts(aoe));
  }

  /** May the viewer validate or renew it? */
  async canValidate(viewer: Viewer | null, aoe: AreaOfExcellence): Promise<boolean> {
    return canValidateExcellence(viewer, (await this.facts(aoe)).schoolHubIds);
  }

  async propose(viewer: Viewer | null, input: ProposeAreaOfExcellenceInput): Promise<AreaOfExcellence> {
    const me = requireViewer(viewer, "propose an Area of Excellence");
    const values = await validateInput(ProposeAreaOfExcellenceInput, input);
    const school = await this.em.findOne(School, { urn: values.schoolUrn });
    if (!school) throw badInput("input.schoolUrn", `There is no school with URN ${values.schoolUrn}.`);
    const schoolNetworks = (await networksOfSchools(this.em, [school.uuid])).get(school.uuid) ?? [];
    authorize(viewer, canProposeExcellence(viewer, schoolNetworks), `propose Areas of Excellence for ${school.name}`);
    assertLocalDate(values.reviewDate, "input.reviewDate");
    assertEvidenceSize(values.evidence);
    await this.assertSlugFree(values.slug);
    const themes = await new TaxonomyService(this.em).themesBySlugs(values.themeSlugs, "input.themeSlugs");
    const ambitions = await new AmbitionService(this.em).bySlugs(values.ambitionSlugs ?? [], "input.ambitionSlugs");
    const contact = values.contactId ? await this.user(values.contactId, "input.contactId") : me.userId;
    const aoe = this.em.create(AreaOfExcellence, {
      school,
      title: values.title.trim(),
      slug: values.slug,
      phase: values.phase,
      summary: values.summary.trim(),
      evidence: values.evidence,
      sourceReview: values.sourceReview,
      reviewDate: values.reviewDate,
      overallEstimate: values.overallEstimate?.trim() || null,
      contact,
      proposedBy: me.userId,
    });
    aoe.themes.set(themes);
    aoe.ambitions.set(ambitions);
    await this.em.flush();
    return aoe;
  }

  async update(viewer: Viewer | null, input: UpdateAreaOfExcellenceInput): Promise<AreaOfExcellence> {
    const values = await validateInput(UpdateAreaOfExcellenceInput, input);
    const aoe = await this.visible(viewer, values.slug);
    authorize(viewer, canEditExcellence(viewer, await this.facts(aoe)), "change this Area of Excellence");
    if (values.reviewDate !== undefined) assertLocalDate(values.reviewDate, "input.reviewDate");
    if (values.evidence !== undefined) assertEvidenceSize(values.evidence);
    if (values.themeSlugs !== undefined) {
      aoe.themes.set(await new TaxonomyService(this.em).themesBySlugs(values.themeSlugs, "input.themeSlugs"));
    }
    if (values.ambitionSlugs !== undefined) {
      const ambitions = await new AmbitionService(this.em).bySlugs(values.ambitionSlugs, "input.ambitionSlugs");
      await aoe.ambitions.init();
      aoe.ambitions.set(ambitions);
    }
    if (values.contactId !== undefined) {
      aoe.contact = this.em.getReference(User, await this.user(values.contactId, "input.contactId"), {
        wrapped: true,
      });
    }
    if (values.title !== undefined) aoe.title = values.title.trim();
    if (values.phase !== undefined) aoe.phase = values.phase;
    if (values.summary !== undefined) aoe.summary = values.summary.trim();
    if (values.evidence !== undefined) aoe.evidence = values.evidence;
    if (values.sourceReview !== undefined) aoe.sourceReview = values.sourceReview;
    if (values.reviewDate !== undefined) aoe.reviewDate = values.reviewDate;
    if (values.overallEstimate !== undefined) aoe.overallEstimate = values.overallEstimate?.trim() || null;
    await this.em.flush();
    return aoe;
  }

  /** Validates a proposal (or re-validates an expired one): public from now, for three years. */
  async validate(viewer: Viewer | null, input: AreaOfExcellenceRefInput): Promise<AreaOfExcellence> {
    const values = await validateInput(AreaOfExcellenceRefInput, input);
    const aoe = await this.visible(viewer, values.slug);
    authorize(viewer, canValidateExcellence(viewer, (await this.facts(aoe)).schoolHubIds), "validate it");
    if (aoe.currentStatus === AoeStatus.VALIDATED) {
      throw badInput("input.slug", "This Area of Excellence is already validated; renew it to extend it.");
    }
    const now = new Date();
    aoe.status = AoeStatus.VALIDATED;
    aoe.validatedAt = now;
    aoe.expiresAt = yearsAfter(now, AOE_VALIDITY_YEARS);
    aoe.validatedBy = this.em.getReference(User, viewer!.userId, { wrapped: true });
    await this.em.flush();
    return aoe;
  }

  /** Renews a validation: it then lasts three years from today. */
  async renew(viewer: Viewer | null, input: AreaOfExcellenceRefInput): Promise<AreaOfExcellence> {
    const values = await validateInput(AreaOfExcellenceRefInput, input);
    const aoe = await this.visible(viewer, values.slug);
    authorize(viewer, canValidateExcellence(viewer, (await this.facts(aoe)).schoolHubIds), "renew it");
    if (aoe.status !== AoeStatus.VALIDATED) {
      throw badInput("input.slug", "Only a validated Area of Excellence can be renewed; validate it first.");
    }
    aoe.expiresAt = yearsAfter(new Date(), AOE_VALIDITY_YEARS);
    aoe.validatedBy = this.em.getReference(User, viewer!.userId, { wrapped: true });
    await this.em.flush();
    return aoe;
  }

  /**
   * For seeds and imports, after `validate`: records when the validation
   * really happened, so one given years ago lapses (EXPIRED) when it should.
   */
  async importValidationDate(slug: string, validatedAt: Date): Promise<AreaOfExcellence> {
    const aoe = await this.em.findOne(AreaOfExcellence, { slug });
    if (!aoe) throw notFound(`There is no Area of Excellence "${slug}".`);
    if (aoe.status !== AoeStatus.VALIDATED) {
      throw badInput("slug", "Only a validated Area of Excellence has a validation date; validate it first.");
    }
    aoe.validatedAt = validatedAt;
    aoe.expiresAt = yearsAfter(validatedAt, AOE_VALIDITY_YEARS);
    await this.em.flush();
    return aoe;
  }

  async linkResource(viewer: Viewer | null, input: AreaOfExcellenceResourceInput, link: boolean) {
    const values = await validateInput(AreaOfExcellenceResourceInput, input);
    const aoe = await this.visible(viewer, values.slug);
    authorize(viewer, canEditExcellence(viewer, await this.facts(aoe)), "change this Area of Excellence");
    const resourceId = localIdOf(values.resourceId, "Resource");
    const resource = resourceId ? await new ResourceService(this.em).visibleById(viewer, resourceId) : null;
    if (!resource) throw badInput("input.resourceId", "There is no such resource.");
    await aoe.linkedResources.init();
    if (link) aoe.linkedResources.add(resource);
    else aoe.linkedResources.remove(resource);
    await this.em.flush();
    return aoe;
  }

  /** The Area of Excellence named by a slug, or NOT_FOUND when there is none the viewer may see. */
  async visible(viewer: Viewer | null, slug: string): Promise<AreaOfExcellence> {
    const aoe = await this.bySlug(viewer, slug);
    if (!aoe) throw notFound(`There is no Area of Excellence "${slug}".`);
    return aoe;
  }

  private async user(globalId: string, field: string): Promise<string> {
    const uuid = localIdOf(globalId, "User");
    if (!uuid || !(await this.em.count(User, { uuid }))) throw badInput(field, `${field} names no known person`);
    return uuid;
  }

  private async assertSlugFree(slug: string): Promise<void> {
    if (await this.em.count(AreaOfExcellence, { slug })) throw alreadyTaken("area_of_excellence_slug_unique");
  }
}
