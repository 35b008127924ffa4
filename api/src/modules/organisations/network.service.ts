import { validateInput } from "../../graphql/validation.js";
import type { EntityManager } from "@mikro-orm/postgresql";
import type { FilterQuery } from "@mikro-orm/core";
import { alreadyTaken, badInput } from "../../graphql/errors.js";
import type { Connection } from "../../graphql/relay.js";
import { byNameAsc, paginate } from "../../graphql/pagination.js";
import { OrganisationOrder, organisationOrder } from "./organisation.order.js";
import { authorize, canManageNetwork, canManageOrganisations, requireViewer, type Viewer } from "../../policy/index.js";
import { loadBatched } from "../../graphql/batch.js";
import {
  AddSchoolsToNetworkInput,
  CreateNetworkInput,
  NetworkPairInput,
  RemoveSchoolFromNetworkInput,
  UpdateNetworkInput,
} from "./organisation.inputs.js";
import type { NetworkKind } from "./network-kind.js";
import type { Region } from "../taxonomy/index.js";
import { charCount } from "../../graphql/input-rules.js";
import { likeContaining } from "./organisation.validation.js";
import { NetworkPartnership } from "./network-partnership.entity.js";
import { NetworkSchool } from "./network-school.entity.js";
import { Network } from "./network.entity.js";
import { School } from "./school.entity.js";

type Page = { first: number; after?: string | null };

const byName = (a: Network, b: Network) => a.name.localeCompare(b.name);

/** Reads and writes networks, their schools and their partnerships. Writers pass the viewer. */
export class NetworkService {
  constructor(private readonly em: EntityManager) {}

  byIds(uuids: string[]): Promise<Network[]> {
    return this.em.find(Network, { uuid: { $in: uuids } });
  }

  bySlug(slug: string): Promise<Network | null> {
    return this.em.findOne(Network, { slug });
  }

  /** Networks (by name unless asked otherwise), optionally of one kind or inside one parent. */
  async list(
    filter: { kind?: NetworkKind | null; parentSlug?: string | null; region?: Region | null; query?: string | null },
    page: Page,
    orderBy: OrganisationOrder = OrganisationOrder.NAME,
  ) {
    const where: FilterQuery<Network> = {};
    if (filter.kind) where.kind = filter.kind;
    if (filter.parentSlug) where.parent = (await this.existing(filter.parentSlug, "parentSlug")).uuid;
    if (filter.region) where.region = filter.region;
    const text = filter.query?.trim();
    if (text && charCount(text) > 100) throw badInput("query", "query must be at most 100 characters");
    if (text) where.name = { $ilike: likeContaining(text) };
    return paginate(this.em, Network, where, organisationOrder<Network>(orderBy), page);
  }

  /** The networks directly inside this one, by name. */
  children(network: Network, page: Page): Promise<Connection<Network>> {
    return paginate(this.em, Network, { parent: network.uuid }, byNameAsc<Network>(), page);
  }

  /** The network this one sits inside; the parents of a whole page load in one query. */
  async parentOf(network: Network): Promise<Network | null> {
    return network.parent ? network.parent.load({ dataloader: true }) : null;
  }

  /** The networks paired with this one, by name; the partners of a whole page load in one query. */
  async partnersOf(network: Network): Promise<Network[]> {
    const partners = await loadBatched(this.em, "Network.partners", network.uuid, (ids) => this.partnersOfMany(ids));
    return partners ?? [];
  }

  private async partnersOfMany(ids: string[]): Promise<Map<string, Network[]>> {
    const pairs = await this.em.find(
      NetworkPartnership,
      { $or: [{ networkA: { $in: ids } }, { networkB: { $in: ids } }] },
      { populate: ["networkA", "networkB"] },
    );
    const partners = new Map<string, Network[]>(ids.map((id) => [id, []]));
    for (const { networkA, networkB } of pairs) {
      partners.get(networkA.uuid)?.push(networkB);
      partners.get(networkB.uuid)?.push(networkA);
    }
    for (const list of partners.values()) list.sort(byName);
    return partners;
  }

  async create(viewer: Viewer | null, input: CreateNetworkInput): Promise<Network> {
    authorize(viewer, canManageOrganisations(viewer), "add networks");
    const values = await validateInput(CreateNetworkInput, input);
    if (await this.em.count(Network, { slug: values.slug })) throw alreadyTaken("network_slug_unique");
    const parent = values.parentSlug ? await this.existing(values.parentSlug, "input.parentSlug") : null;
    const network = this.em.create(Network, {
      kind: values.kind,
      name: values.name.trim(),
      slug: values.slug,
      description: values.description.trim(),
      parent,
      subject: values.subject?.trim() || null,
      region: values.region ?? null,
      moderatorsPublishDirectly: values.moderatorsPublishDirectly ?? false,
    });
    await this.em.flush();
    return network;
  }

  /**
   * Leads may change their network's description and settings; moving it
   * (parent) or changing its kind reshapes the organisation tree, so that is
   * for admins.
   */
  async update(viewer: Viewer | null, input: UpdateNetworkInput): Promise<Network> {
    requireViewer(viewer, "change networks");
    const values = await validateInput(UpdateNetworkInput, input);
    const network = await this.existing(values.slug, "input.slug");
    authorize(viewer, canManageNetwork(viewer, network.uuid), `change ${network.name}`);
    if (values.kind !== undefined || values.parentSlug !== undefined) {
      authorize(viewer, canManageOrganisations(viewer), "change a network's kind or parent");
    }
    let parent: Network | null | undefined;
    if (values.parentSlug) {
      parent = await this.existing(values.parentSlug, "input.parentSlug");
      if (await this.isWithin(parent, network)) {
        throw badInput(
          "input.parentSlug",
          `${parent.name} is ${network.name} or inside it, so it cannot be its parent.`,
        );
      }
    } else if (values.parentSlug === null) {
      parent = null;
    }
    this.em.assign(network, {
      ...(values.kind !== undefined && { kind: values.kind }),
      ...(values.name !== undefined && { name: values.name.trim() }),
      ...(values.description !== undefined && { description: values.description.trim() }),
      ...(parent !== undefined && { parent }),
      ...(values.subject !== undefined && { subject: values.subject?.trim() || null }),
      ...(values.region !== undefined && { region: values.region }),
      ...(values.moderatorsPublishDirectly !== undefined && {
        moderatorsPublishDirectly: values.moderatorsPublishDirectly,
      }),
    });
    await this.em.flush();
    return network;
  }

  /** Adds schools by URN; every URN must exist, and schools already in the network stay as they are. */
  async addSchools(
    viewer: Viewer | null,
    input: AddSchoolsToNetworkInput,
  ): Promise<{ network: Network; schools: School[] }> {
    requireViewer(viewer, "add schools to networks");
    const values = await validateInput(AddSchoolsToNetworkInput, input);
    const network = await this.existing(values.networkSlug, "input.networkSlug");
    authorize(viewer, canManageNetwork(viewer, network.uuid), `add schools to ${network.name}`);
    const urns = [...new Set(values.urns)];
    const schools = await this.em.find(School, { urn: { $in: urns } }, { orderBy: { name: "asc", uuid: "asc" } });
    const found = new Set(schools.map((school) => school.urn));
    const unknown = urns.filter((urn) => !found.has(urn));
    if (unknown.length) throw badInput("input.urns", `There is no school with URN ${unknown.join(", ")}.`);
    const already = await this.em.find(NetworkSchool, { network, school: { $in: schools } });
    const members = new Set(already.map((row) => row.school.uuid));
    for (const school of schools) {
      if (!members.has(school.uuid)) this.em.create(NetworkSchool, { network, school });
    }
    await this.em.flush();
    return { network, schools };
  }

  async removeSchool(
    viewer: Viewer | null,
    input: RemoveSchoolFromNetworkInput,
  ): Promise<{ network: Network; school: School }> {
    requireViewer(viewer, "remove schools from networks");
    const values = await validateInput(RemoveSchoolFromNetworkInput, input);
    const network = await this.existing(values.networkSlug, "input.networkSlug");
    authorize(viewer, canManageNetwork(viewer, network.uuid), `remove schools from ${network.name}`);
    const school = await this.em.findOne(School, { urn: values.urn });
    if (!school) throw badInput("input.urn", `There is no school with URN ${values.urn}.`);
    const membership = await this.em.findOne(NetworkSchool, { network, school });
    if (!membership) throw badInput("input.urn", `${school.name} is not in ${network.name}.`);
    this.em.remove(membership);
    await this.em.flush();
    return { network, school };
  }

  async pair(viewer: Viewer | null, input: NetworkPairInput): Promise<{ network: Network; partner: Network }> {
    authorize(viewer, canManageOrganisations(viewer), "pair networks");
    const { network, partner, key } = await this.pairOf(input);
    if (await this.em.count(NetworkPartnership, key)) throw alreadyTaken("network_partnership_pkey");
    this.em.create(NetworkPartnership, key);
    await this.em.flush();
    return { network, partner };
  }

  async unpair(viewer: Viewer | null, input: NetworkPairInput): Promise<{ network: Network; partner: Network }> {
    authorize(viewer, canManageOrganisations(viewer), "unpair networks");
    const { network, partner, key } = await this.pairOf(input);
    const partnership = await this.em.findOne(NetworkPartnership, key);
    if (!partnership) throw badInput("input.partnerSlug", `${network.name} and ${partner.name} are not partners.`);
    this.em.remove(partnership);
    await this.em.flush();
    return { network, partner };
  }

  /** The two networks of a pairing and its row key, smaller uuid first (as the table's check requires). */
  private async pairOf(input: NetworkPairInput) {
    const values = await validateInput(NetworkPairInput, input);
    const network = await this.existing(values.networkSlug, "input.networkSlug");
    const partner = await this.existing(values.partnerSlug, "input.partnerSlug");
    if (network === partner) throw badInput("input.partnerSlug", "A network cannot be its own partner.");
    const [networkA, networkB] = network.uuid < partner.uuid ? [network, partner] : [partner, network];
    return { network, partner, key: { networkA, networkB } };
  }

  private async existing(slug: string, field: string): Promise<Network> {
    const network = await this.bySlug(slug);
    if (!network) throw badInput(field, `There is no network "${slug}".`);
    return network;
  }

  /** Whether `candidate` is `network` itself or sits anywhere inside it (so making it the parent would loop). */
  private async isWithin(candidate: Network, network: Network): Promise<boolean> {
    const rows = await this.em.execute<{ found: number }[]>(
      `with recursive ancestor (id, parent_id) as (
         select id, parent_id from network where id = ?
         union
         select n.id, n.parent_id from network n join ancestor a on n.id = a.parent_id
       )
       select 1 as found from ancestor where id = ? limit 1`,
      [candidate.uuid, network.uuid],
    );
    return rows.length > 0;
  }
}
