import type { EntityManager } from "@mikro-orm/postgresql";
import { searchDocument, seconds, SearchKind, type SearchFields } from "../search/document.js";
import { allIdsOf, dependency, idsBySql, type SearchSource } from "../search/source.js";
import { excellenceVisibleWhere } from "../../policy/index.js";
import { AreaOfExcellence, ExcellenceEvent } from "../excellence/index.js";
import { networksBySchool, publicEventsUntil } from "../excellence/excellence.search.js";
import { PHASE_LABELS, REGION_LABELS } from "../taxonomy/index.js";
import { Network } from "./network.entity.js";
import { NetworkSchool } from "./network-school.entity.js";
import { NETWORK_KIND_LABELS } from "./network-kind.js";
import { School } from "./school.entity.js";

/** Titles of each school's Areas of Excellence as the public sees them (validated ones: proposals never reach a school's document). */
async function strengthsBySchool(em: EntityManager, schoolIds: string[]): Promise<Map<string, string[]>> {
  const aoes = await em.find(
    AreaOfExcellence,
    { $and: [excellenceVisibleWhere(null, []), { school: { $in: schoolIds } }] },
    { fields: ["title", "school"] },
  );
  const result = new Map<string, string[]>();
  for (const aoe of aoes) {
    const id = aoe.school.unwrap().uuid;
    result.set(id, [...(result.get(id) ?? []), aoe.title]);
  }
  return result;
}

/** Schools are public: found by name, URN, local authority, their networks and their Areas of Excellence. */
export const schoolSearch: SearchSource<School> = {
  kind: "school",
  searchKind: SearchKind.SCHOOL,
  withEvents: true,
  name: "schools",
  entity: School,
  async load(em, ids) {
    const schools = await em.find(School, { uuid: { $in: ids } });
    const networks = await networksBySchool(em, ids);
    const strengths = await strengthsBySchool(em, ids);
    const until = await publicEventsUntil(em, "host_school_id", ids);
    return schools.map((school): SearchFields => {
      const schoolNetworks = networks.get(school.uuid) ?? [];
      return searchDocument({
        id: school.uuid,
        kind: SearchKind.SCHOOL,
        slug: school.slug,
        title: school.name,
        summary: `${PHASE_LABELS[school.phase]} school in ${school.localAuthority}, ${REGION_LABELS[school.region]}.`,
        keywords: strengths.get(school.uuid) ?? [],
        context: [
          school.urn,
          school.postcode ?? "",
          school.localAuthority,
          ...schoolNetworks.map((network) => network.name),
        ],
        date: seconds(school.createdAt),
        eventsUntil: until.get(school.uuid) ?? 0,
        phases: [school.phase],
        regions: [school.region],
        networks: schoolNetworks.map((network) => network.slug),
      });
    });
  },
  allIds: (em, afterId, limit) => allIdsOf(em, School, afterId, limit),
  visible: (em, _viewer, ids) => em.find(School, { uuid: { $in: ids } }),
  dependencies: [
    dependency<NetworkSchool>({ entity: NetworkSchool, affected: (row) => [row.school.uuid] }),
    dependency<AreaOfExcellence>({
      entity: AreaOfExcellence,
      fields: ["title", "status"],
      affected: (aoe) => [aoe.school.unwrap().uuid],
    }),
    dependency<ExcellenceEvent>({ entity: ExcellenceEvent, affected: (event) => [event.hostSchool?.unwrap().uuid] }),
    dependency<Network>({
      entity: Network,
      fields: ["name", "slug"],
      key: "network",
      expand: (em, ids) => idsBySql(em, `select school_id as id from network_school where network_id in (?)`, [ids]),
    }),
  ],
};

/** Networks are public: trusts, hubs, subject networks and the rest. */
export const networkSearch: SearchSource<Network> = {
  kind: "network",
  searchKind: SearchKind.NETWORK,
  withEvents: true,
  name: "networks",
  entity: Network,
  async load(em, ids) {
    const networks = await em.find(Network, { uuid: { $in: ids } }, { populate: ["parent"] });
    const until = await publicEventsUntil(em, "host_network_id", ids);
    return networks.map((network): SearchFields =>
      searchDocument({
        id: network.uuid,
        kind: SearchKind.NETWORK,
        slug: network.slug,
        title: network.name,
        summary: network.description,
        keywords: [NETWORK_KIND_LABELS[network.kind], ...(network.subject ? [network.subject] : [])],
        context: network.parent ? [network.parent.unwrap().name] : [],
        date: seconds(network.createdAt),
        eventsUntil: until.get(network.uuid) ?? 0,
        type: network.kind,
        regions: network.region ? [network.region] : [],
        networks: [network.slug],
      }),
    );
  },
  allIds: (em, afterId, limit) => allIdsOf(em, Network, afterId, limit),
  visible: (em, _viewer, ids) => em.find(Network, { uuid: { $in: ids } }),
  dependencies: [
    dependency<ExcellenceEvent>({
      entity: ExcellenceEvent,
      affected: (event) => [event.hostNetwork?.unwrap().uuid],
    }),
    dependency<Network>({
      entity: Network,
      fields: ["name"],
      key: "network_parent",
      expand: (em, ids) => idsBySql(em, `select id from network where parent_id in (?)`, [ids]),
    }),
  ],
};
