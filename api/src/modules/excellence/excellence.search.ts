import type { EntityManager } from "@mikro-orm/postgresql";
import { LoadStrategy } from "@mikro-orm/core";
import { isValidatedExcellence, type Viewer } from "../../policy/index.js";
import { searchDocument, seconds, SearchKind, type SearchFields } from "../search/document.js";
import { allIdsOf, dependency, idsBySql, type SearchSource } from "../search/source.js";
import { Network, NetworkSchool, School } from "../organisations/index.js";
import { markdownToText } from "../resources/index.js";
import { PHASE_LABELS } from "../taxonomy/index.js";
import { SharedAmbition } from "../ambitions/index.js";
import { AreaOfExcellence } from "./area-of-excellence.entity.js";
import { ExcellenceEvent } from "./event.entity.js";
import { EVENT_KIND_LABELS } from "./excellence.enums.js";
import { EventService } from "./event.service.js";
import { ExcellenceService } from "./excellence.service.js";

const HUB_KINDS = new Set(["HUB", "TEACHING_SCHOOL_HUB"]);

/** The networks each of some schools belongs to, in one query. */
export async function networksBySchool(em: EntityManager, schoolIds: string[]): Promise<Map<string, Network[]>> {
  const result = new Map<string, Network[]>(schoolIds.map((id) => [id, []]));
  if (!schoolIds.length) return result;
  const rows = await em.find(NetworkSchool, { school: { $in: schoolIds } }, { populate: ["network"] });
  for (const row of rows) result.get(row.school.uuid)?.push(row.network);
  return result;
}

/**
 * When the latest public event linked through `column` ends, per linked id
 * (Unix seconds). Only public events count: a network-only event must not
 * reveal itself through a public school's "has upcoming events".
 */
export async function publicEventsUntil(
  em: EntityManager,
  column: "area_of_excellence_id" | "host_school_id" | "host_network_id",
  ids: string[],
): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await em.getConnection().execute<{ id: string; until: Date }[]>(
    `select ${column} as id, max(ends_at) as until from excellence_event
      where visibility = 'PUBLIC' and ${column} in (?) group by ${column}`,
    [ids],
    "all",
    em.getTransactionContext(),
  );
  return new Map(rows.map((row) => [row.id, seconds(new Date(row.until))]));
}

const aoesOfSchools = (em: EntityManager, ids: string[]) =>
  idsBySql(em, `select id from area_of_excellence where school_id in (?)`, [ids]);
const eventsOfSchools = (em: EntityManager, ids: string[]) =>
  idsBySql(em, `select id from excellence_event where host_school_id in (?)`, [ids]);

const slugsOf = (networks: Network[]) => networks.map((network) => network.slug);

/** Areas of Excellence: public once validated; proposals for their proposer, contact and the school's hub moderators. */
export const areaOfExcellenceSearch: SearchSource<AreaOfExcellence> = {
  kind: "area_of_excellence",
  searchKind: SearchKind.AREA_OF_EXCELLENCE,
  withEvents: true,
  name: "areas_of_excellence",
  entity: AreaOfExcellence,
  async load(em, ids) {
    const aoes = await em.find(
      AreaOfExcellence,
      { uuid: { $in: ids } },
      { populate: ["themes", "ambitions", "school"], strategy: LoadStrategy.SELECT_IN },
    );
    const schoolIds = aoes.map((aoe) => aoe.school.unwrap().uuid);
    const networks = await networksBySchool(em, schoolIds);
    const until = await publicEventsUntil(em, "area_of_excellence_id", ids);
    return aoes.map((aoe): SearchFields => {
      const school = aoe.school.unwrap();
      const schoolNetworks = networks.get(school.uuid) ?? [];
      return searchDocument({
        id: aoe.uuid,
        kind: SearchKind.AREA_OF_EXCELLENCE,
        slug: aoe.slug,
        title: aoe.title,
        summary: aoe.summary,
        keywords: [
          aoe.sourceReview,
          PHASE_LABELS[aoe.phase],
          ...aoe.themes.getItems().map((theme) => theme.name),
          ...aoe.ambitions.getItems().map((ambition) => ambition.title),
        ],
        body: markdownToText(aoe.evidence),
        context: [school.name, school.localAuthority, ...schoolNetworks.map((network) => network.name)],
        date: seconds(new Date(`${aoe.reviewDate}T00:00:00Z`)),
        eventsUntil: until.get(aoe.uuid) ?? 0,
        themes: aoe.themes.getItems().map((theme) => theme.slug),
        phases: [aoe.phase],
        regions: [school.region],
        networks: slugsOf(schoolNetworks),
        ambitions: aoe.ambitions.getItems().map((ambition) => ambition.slug),
        live: isValidatedExcellence(aoe.status),
        moderatorNetworkIds: schoolNetworks.filter((n) => HUB_KINDS.has(n.kind)).map((n) => n.uuid),
        authorIds: [aoe.proposedBy.unwrap().uuid, aoe.contact.unwrap().uuid],
      });
    });
  },
  allIds: (em, afterId, limit) => allIdsOf(em, AreaOfExcellence, afterId, limit),
  async visible(em: EntityManager, viewer: Viewer | null, ids: string[]) {
    const where = await new ExcellenceService(em).visibleFilter(viewer);
    return em.find(AreaOfExcellence, { $and: [where, { uuid: { $in: ids } }] });
  },
  dependencies: [
    dependency<ExcellenceEvent>({
      entity: ExcellenceEvent,
      affected: (event) => [event.areaOfExcellence?.unwrap().uuid],
    }),
    dependency<School>({
      entity: School,
      fields: ["name", "region", "localAuthority"],
      key: "school",
      expand: aoesOfSchools,
    }),
    dependency<NetworkSchool>({
      entity: NetworkSchool,
      key: "school",
      keyOf: (row) => row.school.uuid,
      expand: aoesOfSchools,
    }),
    dependency<Network>({
      entity: Network,
      fields: ["name", "slug", "kind"],
      key: "network",
      expand: (em, ids) =>
        idsBySql(
          em,
          `select a.id from area_of_excellence a join network_school ns on ns.school_id = a.school_id
            where ns.network_id in (?)`,
          [ids],
        ),
    }),
    dependency<SharedAmbition>({
      entity: SharedAmbition,
      fields: ["title"],
      key: "ambition",
      expand: (em, ids) =>
        idsBySql(
          em,
          `select area_of_excellence_id as id from area_of_excellence_ambition where shared_ambition_id in (?)`,
          [ids],
        ),
    }),
  ],
};

/**
 * Events: live once created. NETWORK events are for the host network's
 * members, or, when a school hosts, the members of the school's networks.
 */
export const eventSearch: SearchSource<ExcellenceEvent> = {
  kind: "event",
  searchKind: SearchKind.EVENT,
  withEvents: true,
  name: "events",
  entity: ExcellenceEvent,
  async load(em, ids) {
    const events = await em.find(
      ExcellenceEvent,
      { uuid: { $in: ids } },
      {
        populate: ["hostSchool", "hostNetwork", "areaOfExcellence", "areaOfExcellence.themes"],
        strategy: LoadStrategy.SELECT_IN,
      },
    );
    const schoolIds = events.flatMap((event) => (event.hostSchool ? [event.hostSchool.unwrap().uuid] : []));
    const networks = await networksBySchool(em, schoolIds);
    return events.map((event): SearchFields => {
      const school = event.hostSchool?.unwrap() ?? null;
      const host = event.hostNetwork?.unwrap() ?? null;
      const aoe = event.areaOfExcellence?.unwrap() ?? null;
      const schoolNetworks = school ? (networks.get(school.uuid) ?? []) : [];
      const region = school?.region ?? host?.region ?? null;
      const phase = aoe?.phase ?? school?.phase ?? null;
      return searchDocument({
        id: event.uuid,
        kind: SearchKind.EVENT,
        slug: event.slug,
        title: event.title,
        keywords: [EVENT_KIND_LABELS[event.kind], ...(aoe ? [aoe.title] : [])],
        body: markdownToText(event.description),
        context: [event.venue, school?.name, host?.name].filter((text): text is string => !!text),
        date: seconds(event.startsAt),
        eventsUntil: seconds(event.endsAt),
        type: event.kind,
        themes: aoe ? aoe.themes.getItems().map((theme) => theme.slug) : [],
        phases: phase ? [phase] : [],
        regions: region ? [region] : [],
        networks: host ? [host.slug] : slugsOf(schoolNetworks),
        visibility: event.visibility,
        memberNetworkIds: host ? [host.uuid] : schoolNetworks.map((network) => network.uuid),
        moderatorNetworkIds: host ? [host.uuid] : [],
        authorIds: [event.createdBy.unwrap().uuid],
      });
    });
  },
  allIds: (em, afterId, limit) => allIdsOf(em, ExcellenceEvent, afterId, limit),
  async visible(em: EntityManager, viewer: Viewer | null, ids: string[]) {
    const where = await new EventService(em).visibleFilter(viewer);
    return em.find(ExcellenceEvent, { $and: [where, { uuid: { $in: ids } }] });
  },
  dependencies: [
    dependency<School>({
      entity: School,
      fields: ["name", "region", "phase"],
      key: "school",
      expand: eventsOfSchools,
    }),
    dependency<NetworkSchool>({
      entity: NetworkSchool,
      key: "school",
      keyOf: (row) => row.school.uuid,
      expand: eventsOfSchools,
    }),
    dependency<Network>({
      entity: Network,
      fields: ["name", "slug", "region"],
      key: "network",
      expand: (em, ids) =>
        idsBySql(
          em,
          `select id from excellence_event where host_network_id in (?)
           union select e.id from excellence_event e join network_school ns on ns.school_id = e.host_school_id
            where e.host_network_id is null and ns.network_id in (?)`,
          [ids, ids],
        ),
    }),
    dependency<AreaOfExcellence>({
      entity: AreaOfExcellence,
      fields: ["title", "phase", "themes"],
      key: "area_of_excellence",
      expand: (em, ids) => idsBySql(em, `select id from excellence_event where area_of_excellence_id in (?)`, [ids]),
    }),
  ],
};
