import { validateInput } from "../../graphql/validation.js";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { alreadyTaken, badInput } from "../../graphql/errors.js";
import type { Connection } from "../../graphql/relay.js";
import { paginate } from "../../graphql/pagination.js";
import { OrganisationOrder, organisationOrder } from "./organisation.order.js";
import { authorize, canManageOrganisations, type Viewer } from "../../policy/index.js";
import { CreateSchoolInput, SchoolFilter, UpdateSchoolInput } from "./organisation.inputs.js";
import { likeContaining, likeExactly, normalisePostcode } from "./organisation.validation.js";
import { Network } from "./network.entity.js";
import { School } from "./school.entity.js";

/** Reads and writes schools. Callers pass the request's entity manager; writers pass the viewer. */
export class SchoolService {
  constructor(private readonly em: EntityManager) {}

  byIds(uuids: string[]): Promise<School[]> {
    return this.em.find(School, { uuid: { $in: uuids } });
  }

  /** A school by exactly one of its URN or slug. */
  async find(key: { urn?: string | null; slug?: string | null }): Promise<School | null> {
    const given = [key.urn, key.slug].filter((value) => value !== undefined && value !== null);
    if (given.length !== 1) throw badInput("urn", "Give exactly one of `urn` and `slug`.");
    return this.em.findOne(School, key.urn ? { urn: key.urn } : { slug: key.slug! });
  }

  /** Schools matching every condition of the filter, by name. */
  async list(
    filter: SchoolFilter | null | undefined,
    page: { first: number; after?: string | null },
    orderBy: OrganisationOrder = OrganisationOrder.NAME,
  ) {
    if (filter) await validateInput(SchoolFilter, filter, "filter");
    const conditions: FilterQuery<School>[] = [];
    if (filter?.region) conditions.push({ region: filter.region });
    if (filter?.phase) conditions.push({ phase: filter.phase });
    const authority = filter?.localAuthority?.trim();
    if (authority) conditions.push({ localAuthority: { $ilike: likeExactly(authority) } });
    if (filter?.networkSlug) {
      const network = await this.em.findOne(Network, { slug: filter.networkSlug }, { fields: ["uuid"] });
      if (!network) throw badInput("filter.networkSlug", `There is no network "${filter.networkSlug}".`);
      conditions.push({ networks: network.uuid });
    }
    const text = filter?.query?.trim();
    if (text) {
      const pattern = likeContaining(text);
      conditions.push({
        $or: [{ name: { $ilike: pattern } }, { urn: { $like: pattern } }, { localAuthority: { $ilike: pattern } }],
      });
    }
    return this.page(conditions.length ? { $and: conditions } : {}, page, orderBy);
  }

  /** Every local authority that has a school on the hub, alphabetically: the choices of the directory's filter. */
  async localAuthorities(): Promise<string[]> {
    const rows = await this.em
      .getConnection()
      .execute<{ local_authority: string }[]>("select distinct local_authority from school order by local_authority");
    return rows.map((row) => row.local_authority);
  }

  /** The schools of one network, by name. */
  inNetwork(network: Network, page: { first: number; after?: string | null }): Promise<Connection<School>> {
    return this.page({ networks: network.uuid }, page);
  }

  private page(
    where: FilterQuery<School>,
    page: { first: number; after?: string | null },
    orderBy: OrganisationOrder = OrganisationOrder.NAME,
  ) {
    return paginate(this.em, School, where, organisationOrder<School>(orderBy), page);
  }

  /**
   * The networks a school belongs to, by name. MikroORM's dataloader gathers
   * the collections of every school on a page into one query.
   */
  async networksOf(school: School): Promise<Network[]> {
    const networks = await school.networks.load({ dataloader: true });
    return networks.getItems().sort((a, b) => a.name.localeCompare(b.name));
  }

  async create(viewer: Viewer | null, input: CreateSchoolInput): Promise<School> {
    authorize(viewer, canManageOrganisations(viewer), "add schools");
    const values = await validateInput(CreateSchoolInput, input);
    if (await this.em.count(School, { urn: values.urn })) throw alreadyTaken("school_urn_unique");
    await this.assertSlugFree(values.slug);
    const school = this.em.create(School, {
      urn: values.urn,
      name: values.name.trim(),
      slug: values.slug,
      phase: values.phase,
      region: values.region,
      localAuthority: values.localAuthority.trim(),
      postcode: values.postcode ? normalisePostcode(values.postcode) : null,
    });
    await this.em.flush();
    return school;
  }

  async update(viewer: Viewer | null, input: UpdateSchoolInput): Promise<School> {
    authorize(viewer, canManageOrganisations(viewer), "change schools");
    const values = await validateInput(UpdateSchoolInput, input);
    const school = await this.em.findOne(School, { urn: values.urn });
    if (!school) throw badInput("input.urn", `There is no school with URN ${values.urn}.`);
    if (values.slug !== undefined && values.slug !== school.slug) await this.assertSlugFree(values.slug);
    this.em.assign(school, {
      ...(values.name !== undefined && { name: values.name.trim() }),
      ...(values.slug !== undefined && { slug: values.slug }),
      ...(values.phase !== undefined && { phase: values.phase }),
      ...(values.region !== undefined && { region: values.region }),
      ...(values.localAuthority !== undefined && { localAuthority: values.localAuthority.trim() }),
      ...(values.postcode !== undefined && { postcode: values.postcode ? normalisePostcode(values.postcode) : null }),
    });
    await this.em.flush();
    return school;
  }

  private async assertSlugFree(slug: string): Promise<void> {
    if (await this.em.count(School, { slug })) throw alreadyTaken("school_slug_unique");
  }
}
