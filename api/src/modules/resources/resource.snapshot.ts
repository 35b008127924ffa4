import type { Visibility } from "../../policy/index.js";
import { inAmbitionOrder } from "../ambitions/shared-ambition.entity.js";
import type { CpdStage, KeyStage, Phase, YearGroup } from "../taxonomy/index.js";
import type { Licence, ResourceType } from "./resource.enums.js";
import type { Resource, ResourceLink } from "./resource.entity.js";

/**
 * A resource's editable content as a revision stores it. Reference data is
 * named by slug (subjects and themes never change slug); networks, the
 * school and related resources by id, since their slugs may change.
 */
export interface ResourceSnapshot {
  slug: string;
  title: string;
  summary: string;
  body: string;
  type: ResourceType;
  subjectSlugs: string[];
  themeSlugs: string[];
  /** Left out of revisions saved before resources had ambitions: read as none. */
  ambitionSlugs?: string[];
  phases: Phase[];
  keyStages: KeyStage[];
  yearGroups: YearGroup[];
  /** Left out of revisions saved before resources had CPD stages: read as none. */
  cpdStages?: CpdStage[];
  tags: string[];
  licence: Licence;
  visibility: Visibility;
  sharedWithNetworkIds: string[];
  schoolId: string | null;
  links: ResourceLink[];
  relatedResourceIds: string[];
}

/** The snapshot of a resource whose collections are loaded. */
export function snapshotOf(resource: Resource): ResourceSnapshot {
  return {
    slug: resource.slug,
    title: resource.title,
    summary: resource.summary,
    body: resource.body,
    type: resource.type,
    subjectSlugs: resource.subjects.getItems().map((subject) => subject.slug),
    themeSlugs: resource.themes.getItems().map((theme) => theme.slug),
    ambitionSlugs: inAmbitionOrder(resource.ambitions.getItems()).map((ambition) => ambition.slug),
    phases: [...resource.phases],
    keyStages: [...resource.keyStages],
    yearGroups: [...resource.yearGroups],
    cpdStages: [...resource.cpdStages],
    tags: [...resource.tags],
    licence: resource.licence,
    visibility: resource.visibility,
    sharedWithNetworkIds: resource.sharedWith.getItems().map((network) => network.uuid),
    schoolId: resource.school?.unwrap().uuid ?? null,
    links: resource.links.map((link) => ({ title: link.title, url: link.url })),
    relatedResourceIds: resource.relatedResources.getItems().map((related) => related.uuid),
  };
}

/** The order fields are compared and listed in (jsonb does not keep key order). */
const SNAPSHOT_FIELDS: (keyof ResourceSnapshot)[] = [
  "slug",
  "title",
  "summary",
  "body",
  "type",
  "subjectSlugs",
  "themeSlugs",
  "ambitionSlugs",
  "phases",
  "keyStages",
  "yearGroups",
  "cpdStages",
  "tags",
  "licence",
  "visibility",
  "sharedWithNetworkIds",
  "schoolId",
  "links",
  "relatedResourceIds",
];

/** Fields older revisions may lack, read as empty lists when they do. */
const LATER_LISTS: ReadonlySet<keyof ResourceSnapshot> = new Set(["ambitionSlugs", "cpdStages"]);

/** Field-level differences between two snapshots, in the snapshot's field order. */
export function diffSnapshots(
  before: ResourceSnapshot,
  after: ResourceSnapshot,
): { field: string; before: string; after: string }[] {
  const value = (snapshot: ResourceSnapshot, field: keyof ResourceSnapshot) =>
    JSON.stringify(snapshot[field] ?? (LATER_LISTS.has(field) ? [] : null));
  return SNAPSHOT_FIELDS.map((field) => ({ field, before: value(before, field), after: value(after, field) })).filter(
    (change) => change.before !== change.after,
  );
}
