import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode } from "@mikro-orm/core";
import { alreadyTaken, badInput } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import { loadBatched } from "../../graphql/batch.js";
import { placeAt } from "../../db/ordering.js";
import { authorize, canManageAmbitions, requireViewer, type Viewer } from "../../policy/index.js";
import { Network } from "../organisations/index.js";
import { rowsBySlugs } from "../taxonomy/index.js";
import { SharedAmbition } from "./shared-ambition.entity.js";
import { CreateAmbitionInput, UpdateAmbitionInput } from "./ambition.inputs.js";

/**
 * Shared ambitions: who may set them is asked of the policy module; anyone
 * may read them (a network's goals are public, like its name).
 */
export class AmbitionService {
  constructor(private readonly em: EntityManager) {}

  bySlug(slug: string): Promise<SharedAmbition | null> {
    return this.em.findOne(SharedAmbition, { slug });
  }

  byIds(uuids: string[]): Promise<SharedAmbition[]> {
    return this.em.find(SharedAmbition, { uuid: { $in: uuids } });
  }

  /** Every ambition, or one network's, grouped by network and in each network's order. */
  async list(networkSlug?: string | null): Promise<SharedAmbition[]> {
    if (networkSlug) {
      const network = await this.em.findOne(Network, { slug: networkSlug });
      if (!network) throw badInput("networkSlug", `There is no network "${networkSlug}".`);
      return this.em.find(SharedAmbition, { network }, { orderBy: { position: "asc" } });
    }
    return this.em.find(SharedAmbition, {}, { orderBy: [{ network: { name: "asc" } }, { position: "asc" }] });
  }

  /** A network's ambitions in order; the ambitions of a whole page of networks load in one query. */
  async ofNetwork(network: Network): Promise<SharedAmbition[]> {
    const found = await loadBatched(this.em, "Network.ambitions", network.uuid, async (ids) => {
      const rows = await this.em.find(SharedAmbition, { network: { $in: ids } }, { orderBy: { position: "asc" } });
      const byNetwork = new Map<string, SharedAmbition[]>(ids.map((id) => [id, []]));
      for (const row of rows) byNetwork.get(row.network.unwrap().uuid)?.push(row);
      return byNetwork;
    });
    return found ?? [];
  }

  /** The ambitions named by `slugs`, in the order given; BAD_USER_INPUT on `field` for any unknown slug. */
  bySlugs(slugs: string[], field: string): Promise<SharedAmbition[]> {
    return rowsBySlugs(this.em, SharedAmbition, slugs, field, "ambition");
  }

  async create(viewer: Viewer | null, raw: CreateAmbitionInput): Promise<SharedAmbition> {
    requireViewer(viewer, "set shared ambitions");
    const input = await validateInput(CreateAmbitionInput, raw);
    return this.inNetworkOrder(viewer, { slug: input.networkSlug }, "input.networkSlug", async (em, network, rows) => {
      if (await em.count(SharedAmbition, { slug: input.slug })) throw alreadyTaken("shared_ambition_slug_unique");
      const ambition = em.create(SharedAmbition, {
        network,
        slug: input.slug,
        title: input.title.trim(),
        description: input.description?.trim() ?? "",
        targetYear: input.targetYear,
        targetPercentage: input.targetPercentage ?? null,
        position: rows.length + 1,
      });
      placeAt(rows, ambition, input.position ?? rows.length + 1, "input.position");
      return ambition;
    });
  }

  async update(viewer: Viewer | null, raw: UpdateAmbitionInput): Promise<SharedAmbition> {
    requireViewer(viewer, "change shared ambitions");
    const input = await validateInput(UpdateAmbitionInput, raw);
    const existing = await this.bySlug(input.slug);
    if (!existing) throw badInput("input.slug", `There is no ambition "${input.slug}".`);
    return this.inNetworkOrder(
      viewer,
      { uuid: existing.network.unwrap().uuid },
      "input.slug",
      (_em, _network, rows) => {
        const ambition = rows.find((row) => row.slug === input.slug)!;
        if (input.position !== undefined) placeAt(rows, ambition, input.position, "input.position");
        if (input.title !== undefined) ambition.title = input.title.trim();
        if (input.description !== undefined) ambition.description = input.description?.trim() ?? "";
        if (input.targetYear !== undefined) ambition.targetYear = input.targetYear;
        if (input.targetPercentage !== undefined) ambition.targetPercentage = input.targetPercentage;
        return Promise.resolve(ambition);
      },
    );
  }

  /**
   * Runs `work` on a network's ambitions, in order, inside one transaction
   * holding the network's row, so two edits at once cannot give two
   * ambitions the same place. Checks the viewer may manage them first.
   */
  private async inNetworkOrder(
    viewer: Viewer | null,
    where: { slug: string } | { uuid: string },
    field: string,
    work: (em: EntityManager, network: Network, rows: SharedAmbition[]) => Promise<SharedAmbition>,
  ): Promise<SharedAmbition> {
    return this.em.transactional(async (em) => {
      const network = await em.findOne(Network, where, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!network) throw badInput(field, `There is no network "${"slug" in where ? where.slug : ""}".`);
      authorize(viewer, canManageAmbitions(viewer, network.uuid), `set the ambitions of ${network.name}`);
      const rows = await em.find(SharedAmbition, { network }, { orderBy: { position: "asc" } });
      return work(em, network, rows);
    });
  }
}
