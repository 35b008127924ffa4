import type { EntityManager } from "@mikro-orm/postgresql";
import { LoadStrategy } from "@mikro-orm/core";
import { entitlementVisibleWhere, type Viewer } from "../../policy/index.js";
import { searchDocument, seconds, SearchKind, type SearchFields } from "../search/document.js";
import { allIdsOf, dependency, idsBySql, type SearchSource } from "../search/source.js";
import { Network } from "../organisations/index.js";
import { markdownToText } from "../resources/index.js";
import { KEY_STAGE_LABELS } from "../taxonomy/index.js";
import { CurriculumEntitlement, governedEntitlement } from "./curriculum-entitlement.entity.js";
import { CurriculumUnit } from "./curriculum-unit.entity.js";

/** A unit's searchable text: its title, summary, and what pupils are entitled to know and do. */
const unitText = (unit: CurriculumUnit) => [unit.title, unit.summary, ...unit.knowledge, ...unit.skills].join(" ");

function toDocument(entitlement: CurriculumEntitlement): SearchFields {
  const network = entitlement.owningNetwork.unwrap();
  const subject = entitlement.subject.unwrap();
  const units = entitlement.units.getItems();
  const governed = governedEntitlement(entitlement);
  return searchDocument({
    id: entitlement.uuid,
    kind: SearchKind.CURRICULUM_ENTITLEMENT,
    slug: entitlement.slug,
    title: entitlement.title,
    // The unit titles say at a glance what the entitlement covers.
    summary: units.map((unit) => unit.title).join("; "),
    keywords: [subject.name, ...subject.aliases, KEY_STAGE_LABELS[entitlement.keyStage]],
    body: [markdownToText(entitlement.rationale), ...units.map(unitText)].join(" "),
    context: [network.name],
    date: seconds(entitlement.agreedAt ?? entitlement.createdAt),
    subjects: [subject.slug],
    keyStages: [entitlement.keyStage],
    yearGroups: [...new Set(units.map((unit) => unit.yearGroup))],
    regions: network.region ? [network.region] : [],
    networks: [network.slug],
    visibility: governed.visibility,
    live: governed.published,
    memberNetworkIds: [network.uuid],
    moderatorNetworkIds: [network.uuid],
    authorIds: [...(governed.authorIds ?? [])],
  });
}

/** Curriculum entitlements, every version, with their units' knowledge and skills searchable. */
export const curriculumSearch: SearchSource<CurriculumEntitlement> = {
  kind: "curriculum_entitlement",
  searchKind: SearchKind.CURRICULUM_ENTITLEMENT,
  name: "curriculum_entitlements",
  entity: CurriculumEntitlement,
  async load(em, ids) {
    const entitlements = await em.find(
      CurriculumEntitlement,
      { uuid: { $in: ids } },
      { populate: ["owningNetwork", "subject", "units"], strategy: LoadStrategy.SELECT_IN },
    );
    return entitlements.map(toDocument);
  },
  allIds: (em, afterId, limit) => allIdsOf(em, CurriculumEntitlement, afterId, limit),
  visible: (em: EntityManager, viewer: Viewer | null, ids: string[]) =>
    em.find(CurriculumEntitlement, {
      $and: [entitlementVisibleWhere(viewer), { uuid: { $in: ids } }],
    }),
  dependencies: [
    dependency<CurriculumUnit>({ entity: CurriculumUnit, affected: (unit) => [unit.entitlement.unwrap().uuid] }),
    dependency<Network>({
      entity: Network,
      fields: ["name", "slug", "region"],
      key: "network",
      expand: (em, ids) => idsBySql(em, `select id from curriculum_entitlement where owning_network_id in (?)`, [ids]),
    }),
  ],
};
