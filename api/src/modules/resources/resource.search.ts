import type { EntityManager } from "@mikro-orm/postgresql";
import { LoadStrategy } from "@mikro-orm/core";
import { contentScope, type Viewer } from "../../policy/index.js";
import { searchDocument, seconds, SearchKind, type SearchFields } from "../search/document.js";
import { allIdsOf, dependency, idsBySql, type SearchSource } from "../search/source.js";
import { Network, School } from "../organisations/index.js";
import { SharedAmbition } from "../ambitions/index.js";
import { Attachment } from "../files/attachment.entity.js";
import { KEY_STAGE_LABELS, PHASE_LABELS } from "../taxonomy/index.js";
import { Resource } from "./resource.entity.js";
import { ResourceStatus, RESOURCE_TYPE_LABELS } from "./resource.enums.js";
import { markdownToText } from "./resource.markdown.js";
import { visibleResourcesWhere } from "./resource.service.js";

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
 * A resource as search stores it: the text to match, the facets to filter
 * by, and every fact the visibility filter needs (status, visibility, owning
 * and sharing networks, authors), so search can apply the policy's scope.
 */
function toDocument(resource: Resource, attachmentText = ""): SearchFields {
  const owner = resource.owningNetwork?.unwrap() ?? null;
  const shared = resource.sharedWith.getItems();
  const school = resource.school?.unwrap() ?? null;
  const region = school?.region ?? owner?.region ?? null;
  return searchDocument({
    id: resource.uuid,
    kind: SearchKind.RESOURCE,
    slug: resource.slug,
    title: resource.title,
    summary: resource.summary,
    keywords: [
      RESOURCE_TYPE_LABELS[resource.type],
      ...resource.tags,
      ...resource.subjects.getItems().map((subject) => subject.name),
      ...resource.themes.getItems().map((theme) => theme.name),
      ...resource.ambitions.getItems().map((ambition) => ambition.title),
      // The labels, not the codes: the index's synonyms take "KS2" to "key stage 2".
      ...resource.keyStages.map((keyStage) => KEY_STAGE_LABELS[keyStage]),
      ...resource.phases.map((phase) => PHASE_LABELS[phase]),
    ],
    body: markdownToText(resource.body).slice(0, SEARCH_BODY_MAX_CHARS),
    attachmentText: attachmentText.slice(0, SEARCH_ATTACHMENT_TEXT_MAX_CHARS),
    context: [owner?.name, school?.name].filter((name): name is string => !!name),
    date: seconds(resource.publishedAt ?? resource.createdAt),
    type: resource.type,
    subjects: resource.subjects.getItems().map((subject) => subject.slug),
    themes: resource.themes.getItems().map((theme) => theme.slug),
    phases: resource.phases,
    keyStages: resource.keyStages,
    yearGroups: resource.yearGroups,
    regions: region ? [region] : [],
    networks: owner ? [owner.slug] : [],
    ambitions: resource.ambitions.getItems().map((ambition) => ambition.slug),
    licence: resource.licence,
    visibility: resource.visibility,
    live: resource.status === ResourceStatus.PUBLISHED,
    memberNetworkIds: [...(owner ? [owner.uuid] : []), ...shared.map((network) => network.uuid)],
    moderatorNetworkIds: owner ? [owner.uuid] : [],
    authorIds: resource.authors.getItems().map((author) => author.uuid),
  });
}

export const resourceSearch: SearchSource<Resource> = {
  kind: "resource",
  searchKind: SearchKind.RESOURCE,
  name: "resources",
  entity: Resource,
  async load(em: EntityManager, ids: string[]) {
    // One query for the resources, then one per relation, whatever the batch size.
    const resources = await em.find(
      Resource,
      { uuid: { $in: ids } },
      {
        populate: ["authors", "subjects", "themes", "ambitions", "sharedWith", "owningNetwork", "school"],
        strategy: LoadStrategy.SELECT_IN,
      },
    );
    const attachmentTexts = await attachmentTextOf(em, ids);
    return resources.map((resource) => toDocument(resource, attachmentTexts.get(resource.uuid)));
  },
  allIds: (em, afterId, limit) => allIdsOf(em, Resource, afterId, limit),
  visible: (em: EntityManager, viewer: Viewer | null, ids: string[]) =>
    em.find(Resource, { $and: [visibleResourcesWhere(contentScope(viewer)), { uuid: { $in: ids } }] }),
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
