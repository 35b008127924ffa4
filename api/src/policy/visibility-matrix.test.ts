import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { startTestApi, type TestApi } from "../../test/harness.js";
import { drainOutbox } from "../../test/search-helpers.js";
import { createLogger } from "../logger.js";
import { User } from "../modules/accounts/index.js";
import { Network, NetworkKind, NetworkSchool, School } from "../modules/organisations/index.js";
import { Licence, Resource, ResourceService, ResourceStatus, ResourceType } from "../modules/resources/index.js";
import { governedCollection, ResourceCollection } from "../modules/collections/index.js";
import { CurriculumEntitlement, EntitlementStatus } from "../modules/curriculum/index.js";
import { governedEntitlement } from "../modules/curriculum/curriculum-entitlement.entity.js";
import {
  AoeStatus,
  AreaOfExcellence,
  EventKind,
  EventMode,
  EventService,
  ExcellenceEvent,
  ExcellenceService,
  ReviewKind,
} from "../modules/excellence/index.js";
import { KeyStage, Phase, Region, Subject } from "../modules/taxonomy/index.js";
import { createMeilisearch, facetIn, Indexer, indexName, searchSources, SearchKind } from "../modules/search/index.js";
import { canView, isAdmin, NetworkRole, Visibility, visibilityFilter, type Viewer } from "./index.js";

/**
 * Every SQL form of "who may see this" (the policy's `…VisibleWhere`
 * filters, as each search source's re-check and the services use them) and
 * the Meilisearch filter, held against the yes/no checks on one fixture:
 * every kind of viewer × every state × every visibility, for each kind of
 * governed material. A form that drifts from its check fails here, naming
 * the viewer and the rows.
 */
const VIEWERS = [
  "anonymous",
  "memberA",
  "contributorA",
  "memberB",
  "memberShared",
  "author",
  "moderatorA",
  "leadA",
  "moderatorB",
  "admin",
] as const;
type ViewerName = (typeof VIEWERS)[number];

const VISIBILITIES = [Visibility.PUBLIC, Visibility.NETWORK, Visibility.PRIVATE];
const DAY = 86_400_000;

/** One governed row of the fixture: its kind, and the yes/no check and liveness as the module states them. */
interface Row {
  kind: SearchKind;
  id: string;
  label: string;
  canView(viewer: Viewer | null): Promise<boolean> | boolean;
  live: boolean;
  visibility: Visibility;
}

let api: TestApi;
let indexer: Indexer;
let authorId: string;
const viewers = {} as Record<ViewerName, Viewer | null>;
const rows: Row[] = [];

const ids = { a: "", b: "", shared: "" };

function makeViewers(): void {
  const person = (roles: [string, NetworkRole][], userId: string = randomUUID(), admin = false): Viewer => ({
    userId,
    isAdmin: admin,
    roles: new Map(roles),
  });
  viewers.anonymous = null;
  viewers.memberA = person([[ids.a, NetworkRole.MEMBER]]);
  viewers.contributorA = person([[ids.a, NetworkRole.CONTRIBUTOR]]);
  viewers.memberB = person([[ids.b, NetworkRole.MEMBER]]);
  viewers.memberShared = person([[ids.shared, NetworkRole.MEMBER]]);
  viewers.author = person([[ids.a, NetworkRole.CONTRIBUTOR]], authorId);
  viewers.moderatorA = person([[ids.a, NetworkRole.MODERATOR]]);
  viewers.leadA = person([[ids.a, NetworkRole.LEAD]]);
  viewers.moderatorB = person([[ids.b, NetworkRole.MODERATOR]]);
  viewers.admin = person([], randomUUID(), true);
}

async function arrange(em: EntityManager): Promise<void> {
  const network = (slug: string, kind: NetworkKind) =>
    em.create(Network, { slug, name: `Network ${slug}`, kind, region: Region.LONDON, description: "A network." });
  // Hubs, so their moderators validate their schools' Areas of Excellence.
  const a = network("hub-a", NetworkKind.HUB);
  const b = network("hub-b", NetworkKind.HUB);
  const shared = network("shared-network", NetworkKind.SUBJECT_NETWORK);
  Object.assign(ids, { a: a.uuid, b: b.uuid, shared: shared.uuid });
  const school = (urn: string, hub: Network) => {
    const made = em.create(School, {
      urn,
      name: `School ${urn}`,
      slug: `school-${urn}`,
      phase: Phase.PRIMARY,
      region: Region.LONDON,
      localAuthority: "Camden",
    });
    em.create(NetworkSchool, { network: hub, school: made });
    return made;
  };
  const schoolA = school("100001", a);
  const schoolB = school("100002", b);
  const author = em.getReference(User, authorId);
  const subject = await em.findOneOrFail(Subject, { slug: "history" });

  for (const owner of [a, b]) {
    for (const visibility of VISIBILITIES) {
      for (const status of Object.values(ResourceStatus)) {
        const resource = em.create(Resource, {
          slug: `r-${owner.slug}-${visibility}-${status}`.toLowerCase(),
          title: `Resource ${visibility} ${status}`,
          summary: "A resource.",
          body: "",
          type: ResourceType.GUIDE,
          visibility,
          status,
          // Network-only material may not carry an open licence.
          licence: visibility === Visibility.PUBLIC ? Licence.CC_BY_4_0 : Licence.ALL_RIGHTS_RESERVED,
          owningNetwork: owner,
          publishedAt: status === ResourceStatus.DRAFT ? null : new Date(),
        });
        if (owner === a) {
          resource.authors.add(author);
          resource.sharedWith.add(shared);
        }
      }
      em.create(ResourceCollection, {
        slug: `c-${owner.slug}-${visibility}`.toLowerCase(),
        title: `Collection ${visibility}`,
        visibility,
        owningNetwork: owner,
      });
      for (const status of Object.values(EntitlementStatus)) {
        em.create(CurriculumEntitlement, {
          owningNetwork: owner,
          subject,
          keyStage: KeyStage.KS3,
          title: `Entitlement ${visibility} ${status}`,
          slug: `e-${owner.slug}-${visibility}-${status}`.toLowerCase(),
          version: 1,
          status,
          agreedAt: status === EntitlementStatus.DRAFT ? null : new Date(),
          visibility,
          createdBy: owner === a ? author : null,
        });
      }
    }
  }
  for (const visibility of [Visibility.PUBLIC, Visibility.PRIVATE]) {
    em.create(ResourceCollection, {
      slug: `c-personal-${visibility}`.toLowerCase(),
      title: `Personal collection ${visibility}`,
      visibility,
      owner: author,
    });
  }

  const someoneElse = (await api.signUp()).uuid;
  // Validated (current and expired) and proposed, at a school of hub A and of hub B.
  const states = [
    { status: AoeStatus.PROPOSED, expiresAt: null },
    { status: AoeStatus.VALIDATED, expiresAt: new Date(Date.now() + 300 * DAY) },
    { status: AoeStatus.VALIDATED, expiresAt: new Date(Date.now() - DAY) },
  ];
  for (const [school, proposer] of [
    [schoolA, author],
    [schoolB, em.getReference(User, someoneElse)],
  ] as const) {
    states.forEach(({ status, expiresAt }, index) => {
      em.create(AreaOfExcellence, {
        school,
        title: `Area ${status} ${index}`,
        slug: `aoe-${school.urn}-${index}`,
        phase: Phase.PRIMARY,
        summary: "A strength.",
        evidence: "Seen in every class.",
        sourceReview: ReviewKind.QAR,
        reviewDate: "2026-03-10",
        contact: proposer,
        proposedBy: proposer,
        status,
        validatedAt: expiresAt ? new Date() : null,
        expiresAt,
      });
    });
  }

  // Hosted by hub A, by hub A's school alone, and by hub B; in every visibility.
  const hosts = [
    { name: "network-a", hostNetwork: a, hostSchool: null, createdBy: author },
    { name: "school-a", hostNetwork: null, hostSchool: schoolA, createdBy: author },
    { name: "network-b", hostNetwork: b, hostSchool: null, createdBy: em.getReference(User, someoneElse) },
  ];
  for (const host of hosts) {
    for (const visibility of VISIBILITIES) {
      em.create(ExcellenceEvent, {
        kind: EventKind.NETWORK_MEETING,
        title: `Event ${host.name} ${visibility}`,
        slug: `ev-${host.name}-${visibility}`.toLowerCase(),
        description: "A meeting.",
        startsAt: new Date(Date.now() + 10 * DAY),
        endsAt: new Date(Date.now() + 10 * DAY + 3_600_000),
        mode: EventMode.ONLINE,
        onlineUrl: "https://example.org/meeting",
        visibility,
        hostNetwork: host.hostNetwork,
        hostSchool: host.hostSchool,
        createdBy: host.createdBy,
      });
    }
  }
  await em.flush();
}

/** The rows with each kind's yes/no check, through the mapping its module uses. */
async function collectRows(em: EntityManager): Promise<void> {
  const resources = new ResourceService(em);
  for (const resource of await em.find(Resource, {}, { populate: ["authors", "sharedWith"] })) {
    const governed = await resources.governed(resource);
    rows.push({
      kind: SearchKind.RESOURCE,
      id: resource.uuid,
      label: resource.slug,
      live: governed.published,
      visibility: governed.visibility,
      canView: (viewer) => canView(viewer, governed),
    });
  }
  for (const collection of await em.find(ResourceCollection, {})) {
    const governed = governedCollection(collection);
    rows.push({
      kind: SearchKind.COLLECTION,
      id: collection.uuid,
      label: collection.slug,
      live: governed.published,
      visibility: governed.visibility,
      canView: (viewer) => canView(viewer, governed),
    });
  }
  for (const entitlement of await em.find(CurriculumEntitlement, {})) {
    const governed = governedEntitlement(entitlement);
    rows.push({
      kind: SearchKind.CURRICULUM_ENTITLEMENT,
      id: entitlement.uuid,
      label: entitlement.slug,
      live: governed.published,
      visibility: governed.visibility,
      canView: (viewer) => canView(viewer, governed),
    });
  }
  const excellence = new ExcellenceService(em);
  for (const aoe of await em.find(AreaOfExcellence, {})) {
    rows.push({
      kind: SearchKind.AREA_OF_EXCELLENCE,
      id: aoe.uuid,
      label: aoe.slug,
      live: (await excellence.facts(aoe)).validated,
      // Public once validated: the check has no other visibility for them.
      visibility: Visibility.PUBLIC,
      canView: (viewer) => excellence.canView(viewer, aoe),
    });
  }
  const events = new EventService(em);
  for (const event of await em.find(ExcellenceEvent, {})) {
    rows.push({
      kind: SearchKind.EVENT,
      id: event.uuid,
      label: event.slug,
      // Events are live once created.
      live: true,
      visibility: event.visibility,
      canView: (viewer) => events.canView(viewer, event),
    });
  }
}

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  indexer = new Indexer(
    api.orm,
    createMeilisearch(api.config.MEILI_URL, api.config.MEILI_MASTER_KEY),
    api.config.MEILI_INDEX_PREFIX,
    createLogger("silent"),
    api.config.DATABASE_URL,
  );
  authorId = (await api.signUp({ name: "Author" })).uuid;
  await arrange(api.orm.em.fork());
  makeViewers();
  await collectRows(api.orm.em.fork());
  await drainOutbox(indexer);
});

const KINDS = [
  SearchKind.RESOURCE,
  SearchKind.COLLECTION,
  SearchKind.CURRICULUM_ENTITLEMENT,
  SearchKind.AREA_OF_EXCELLENCE,
  SearchKind.EVENT,
];

async function allowedBy(check: (row: Row) => Promise<boolean> | boolean, kind: SearchKind): Promise<string[]> {
  const allowed: string[] = [];
  for (const row of rows.filter((candidate) => candidate.kind === kind)) if (await check(row)) allowed.push(row.label);
  return allowed.sort();
}

const labelsOf = (found: string[]) =>
  rows
    .filter((row) => found.includes(row.id))
    .map((row) => row.label)
    .sort();

describe("the fixture", () => {
  it("has every state and visibility of every kind, and each viewer sees some but not all of it", async () => {
    expect(rows.filter((row) => row.kind === SearchKind.RESOURCE)).toHaveLength(2 * 3 * 4);
    expect(rows.filter((row) => row.kind === SearchKind.COLLECTION)).toHaveLength(2 * 3 + 2);
    expect(rows.filter((row) => row.kind === SearchKind.CURRICULUM_ENTITLEMENT)).toHaveLength(2 * 3 * 3);
    expect(rows.filter((row) => row.kind === SearchKind.AREA_OF_EXCELLENCE)).toHaveLength(6);
    expect(rows.filter((row) => row.kind === SearchKind.EVENT)).toHaveLength(9);
    for (const name of VIEWERS.filter((viewer) => viewer !== "admin")) {
      const seen = await Promise.all(rows.map((row) => row.canView(viewers[name])));
      expect(seen.filter(Boolean).length, name).toBeGreaterThan(0);
      expect(seen.filter((can) => !can).length, name).toBeGreaterThan(0);
    }
  });
});

describe.each(KINDS)("%s: the SQL form", (kind) => {
  const source = searchSources.find((candidate) => candidate.searchKind === kind)!;

  it.each(VIEWERS)("returns to %s exactly the rows the yes/no check allows", async (name) => {
    const viewer = viewers[name];
    const em = api.orm.em.fork();
    const all = rows.filter((row) => row.kind === kind).map((row) => row.id);
    const bySql = await source.visible(em, viewer, all);
    expect(labelsOf(bySql.map((row) => (row as { uuid: string }).uuid))).toEqual(
      await allowedBy((row) => row.canView(viewer), kind),
    );
  });
});

describe.each(KINDS)("%s: the search filter", (kind) => {
  const meili = () => createMeilisearch(api.config.MEILI_URL, api.config.MEILI_MASTER_KEY);

  async function searchIds(filter: string | null): Promise<string[]> {
    const result = await meili()
      .index(indexName(api.config.MEILI_INDEX_PREFIX))
      .search("", {
        filter: [facetIn("kind", [kind]), ...(filter ? [filter] : [])],
        limit: 1000,
        attributesToRetrieve: ["id"],
      });
    return result.hits.map((hit) => String(hit.id));
  }

  it.each(VIEWERS)("with unpublished work, finds for %s exactly what the yes/no check allows", async (name) => {
    const viewer = viewers[name];
    expect(labelsOf(await searchIds(visibilityFilter(viewer, true)))).toEqual(
      await allowedBy((row) => row.canView(viewer), kind),
    );
  });

  it.each(VIEWERS)("by default, finds for %s only the live rows the check allows, private ones aside", async (name) => {
    const viewer = viewers[name];
    // The default search is the published library: what is live and open to the viewer's networks, for
    // everyone (authors and moderators included) alike; admins also find live private material.
    const isOpen = (row: Row) => row.live && (isAdmin(viewer) || row.visibility !== Visibility.PRIVATE);
    expect(labelsOf(await searchIds(visibilityFilter(viewer, false)))).toEqual(
      await allowedBy(async (row) => isOpen(row) && (await row.canView(viewer)), kind),
    );
  });
});
