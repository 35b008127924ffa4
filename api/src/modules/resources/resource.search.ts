import type { EntityManager } from "@mikro-orm/postgresql";
import { isLiveResource, resourceVisibleWhere, type Viewer, type Visibility } from "../../policy/index.js";
import { searchDocument, SearchKind, type SearchFields } from "../search/document.js";
import { allIdsOf, dependency, idsBySql, type SearchSource } from "../search/source.js";
import { Network, School } from "../organisations/index.js";
import { SharedAmbition } from "../ambitions/index.js";
import { Attachment } from "../files/attachment.entity.js";
import { KEY_STAGE_LABELS, PHASE_LABELS, type KeyStage, type Phase, type YearGroup } from "../taxonomy/index.js";
import { Resource } from "./resource.entity.js";
import { RESOURCE_TYPE_LABELS, type Licence, type ResourceStatus, type ResourceType } from "./resource.enums.js";
import { markdownToText } from "./resource.markdown.js";

/** Enough of a body for search to match on; the rest adds index size, not findability. */
export const SEARCH_BODY_MAX_CHARS = 20_000;
/** The same for the text of all of a resource's attachments together. */
export const SEARCH_ATTACHMENT_TEXT_MAX_CHARS = 50_000;

/** Each resource's attachment text, titles first, in the attachments' order, one query for the batch. */
async function attachmentTextOf(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const rows = await em.getConnection().execute<{ resource_id: string; title: string; text: string | null }[]>(
    `select resource_id, title, left(extracted_text, ?) as text from attachment
     where resource_id in (?) order by resource_id, position`,
    [SEARCH_ATTACHMENT_TEXT_MAX_CHARS, ids],
    "all",
    em.getTransactionContext(),
  );
  const texts = new Map<string, string>();
  for (const row of rows) {
    const piece = row.text ? `${row.title}: ${row.text}` : row.title;
    texts.set(row.resource_id, [texts.get(row.resource_id), piece].filter(Boolean).join("\n\n"));
  }
  return texts;
}

/**
 * Everything a resource's document needs, one row per resource. Read with
 * plain SQL rather than as entities: reindexing builds every document, and
 * loading resources with their seven relations as entities was over a third
 * of the API's CPU in a reindex (15.8 s against 9.9 s for 20,000 resources).
 */
interface ResourceRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  type: ResourceType;
  tags: string[];
  phases: Phase[];
  key_stages: KeyStage[];
  year_groups: YearGroup[];
  licence: Licence;
  visibility: Visibility;
  status: ResourceStatus;
  /** Published (or else created), in Unix seconds. */
  date: number;
  owner_id: string | null;
  owner_slug: string | null;
  owner_name: string | null;
  owner_region: string | null;
  school_name: string | null;
  school_region: string | null;
  /**
   * In a fixed order (subjects and themes by their sort order, ambitions by
   * position), so a document comes out the same each time it is built.
   */
  subjects: { slug: string; name: string }[];
  themes: { slug: string; name: string }[];
  ambitions: { slug: string; title: string }[];
  shared_with: string[];
  authors: string[];
}

const RESOURCE_ROWS = `
  select r.id, r.slug, r.title, r.summary, r.body, r.type, r.tags, r.phases, r.key_stages, r.year_groups,
    r.licence, r.visibility, r.status,
    floor(extract(epoch from coalesce(r.published_at, r.created_at)))::float8 as date,
    o.id as owner_id, o.slug as owner_slug, o.name as owner_name, o.region as owner_region,
    s.name as school_name, s.region as school_region,
    coalesce((select json_agg(json_build_object('slug', x.slug, 'name', x.name) order by x.sort_order, x.slug)
      from resource_subjects j join subject x on x.id = j.subject_id where j.resource_id = r.id), '[]') as subjects,
    coalesce((select json_agg(json_build_object('slug', x.slug, 'name', x.name) order by x.sort_order, x.slug)
      from resource_themes j join theme x on x.id = j.theme_id where j.resource_id = r.id), '[]') as themes,
    coalesce((select json_agg(json_build_object('slug', x.slug, 'title', x.title) order by x.position, x.slug)
      from resource_ambitions j join shared_ambition x on x.id = j.shared_ambition_id
      where j.resource_id = r.id), '[]') as ambitions,
    array(select network_id from resource_shared_with where resource_id = r.id order by network_id) as shared_with,
    array(select user_id from resource_authors where resource_id = r.id order by user_id) as authors
  from resource r
  left join network o on o.id = r.owning_network_id
  left join school s on s.id = r.school_id
  where r.id in (?)`;

/**
 * A resource as search stores it: the text to match, the facets to filter
 * by, and every fact the visibility filter needs (status, visibility, owning
 * and sharing networks, authors), so search can apply the policy's scope.
 */
function toDocument(row: ResourceRow, attachmentText = ""): SearchFields {
  const region = row.school_region ?? row.owner_region;
  return searchDocument({
    id: row.id,
    kind: SearchKind.RESOURCE,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    keywords: [
      RESOURCE_TYPE_LABELS[row.type],
      ...row.tags,
      ...row.subjects.map((subject) => subject.name),
      ...row.themes.map((theme) => theme.name),
      ...row.ambitions.map((ambition) => ambition.title),
      // The labels, not the codes: the index's synonyms take "KS2" to "key stage 2".
      ...row.key_stages.map((keyStage) => KEY_STAGE_LABELS[keyStage]),
      ...row.phases.map((phase) => PHASE_LABELS[phase]),
    ],
    body: markdownToText(row.body).slice(0, SEARCH_BODY_MAX_CHARS),
    attachmentText: attachmentText.slice(0, SEARCH_ATTACHMENT_TEXT_MAX_CHARS),
    context: [row.owner_name, row.school_name].filter((name): name is string => !!name),
    date: row.date,
    type: row.type,
    subjects: row.subjects.map((subject) => subject.slug),
    themes: row.themes.map((theme) => theme.slug),
    phases: row.phases,
    keyStages: row.key_stages,
    yearGroups: row.year_groups,
    regions: region ? [region] : [],
    networks: row.owner_slug ? [row.owner_slug] : [],
    ambitions: row.ambitions.map((ambition) => ambition.slug),
    licence: row.licence,
    visibility: row.visibility,
    live: isLiveResource(row.status),
    memberNetworkIds: [...(row.owner_id ? [row.owner_id] : []), ...row.shared_with],
    moderatorNetworkIds: row.owner_id ? [row.owner_id] : [],
    authorIds: row.authors,
  });
}

export const resourceSearch: SearchSource<Resource> = {
  kind: "resource",
  searchKind: SearchKind.RESOURCE,
  name: "resources",
  entity: Resource,
  async load(em: EntityManager, ids: string[]) {
    const rows = await em
      .getConnection()
      .execute<ResourceRow[]>(RESOURCE_ROWS, [ids], "all", em.getTransactionContext());
    const attachmentTexts = await attachmentTextOf(em, ids);
    return rows.map((row) => toDocument(row, attachmentTexts.get(row.id)));
  },
  allIds: (em, afterId, limit) => allIdsOf(em, Resource, afterId, limit),
  visible: (em: EntityManager, viewer: Viewer | null, ids: string[]) =>
    em.find(Resource, { $and: [resourceVisibleWhere(viewer), { uuid: { $in: ids } }] }),
  dependencies: [
    // An attachment added, removed, renamed or read changes its resource's text.
    dependency<Attachment>({
      entity: Attachment,
      fields: ["title", "extractedText"],
      affected: (attachment) => [attachment.resource.unwrap().uuid],
    }),
    dependency<Network>({
      entity: Network,
      fields: ["name", "slug", "region"],
      key: "network",
      expand: (em, ids) =>
        idsBySql(
          em,
          `select id from resource where owning_network_id in (?)
           union select resource_id as id from resource_shared_with where network_id in (?)`,
          [ids, ids],
        ),
    }),
    dependency<School>({
      entity: School,
      fields: ["name", "region"],
      key: "school",
      expand: (em, ids) => idsBySql(em, `select id from resource where school_id in (?)`, [ids]),
    }),
    dependency<SharedAmbition>({
      entity: SharedAmbition,
      fields: ["title"],
      key: "ambition",
      expand: (em, ids) =>
        idsBySql(em, `select resource_id as id from resource_ambitions where shared_ambition_id in (?)`, [ids]),
    }),
  ],
};
