import { beforeAll, describe, expect, it } from "vitest";
import type { EntityManager } from "@mikro-orm/postgresql";
import { drainOutbox } from "../../../test/search-helpers.js";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { setRole } from "../../../test/resource-fixtures.js";
import { createLogger } from "../../logger.js";
import { NetworkRole, Visibility } from "../../policy/index.js";
import { User } from "../accounts/index.js";
import { Network, NetworkKind, NetworkSchool, School } from "../organisations/index.js";
import { Licence, Resource, ResourceStatus, ResourceType } from "../resources/index.js";
import { AoeStatus, AreaOfExcellence, EventKind, EventMode, ExcellenceEvent, ReviewKind } from "../excellence/index.js";
import { CurriculumEntitlement, CurriculumUnit, EntitlementStatus, Term } from "../curriculum/index.js";
import { KeyStage, Phase, Region, Subject, YearGroup } from "../taxonomy/index.js";
import { SharedAmbition } from "../ambitions/index.js";
import { CollectionEntry, ResourceCollection } from "../collections/index.js";
import { createMeilisearch } from "./meilisearch.js";
import { Indexer } from "./indexer.js";
import { SearchOutbox } from "./outbox.entity.js";
import { verify } from "./maintenance.js";

/**
 * `search` and `searchSuggestions` over HTTP against the real Meilisearch:
 * relevance, facets, paging, safe highlights and, above all, that nothing
 * a viewer may not see shows up in hits, totals, facets or suggestions.
 * The API's own indexer is off; the tests drain the outbox themselves, and
 * a drain returns only once Meilisearch reports each task done, so no test
 * waits on a timer.
 */
let api: TestApi;
let indexer: Indexer;
let author: TestUser;
let northMember: TestUser;
let southMember: TestUser;

const DAY = 86_400_000;
const now = Date.now();

const drain = () => drainOutbox(indexer);

interface Hit {
  kind: string;
  score: number | null;
  title: { text: string; html: string; highlights: { start: number; length: number }[] };
  snippet: { text: string; html: string };
  node: { __typename: string; slug: string };
}
interface FacetValue {
  value: string;
  label: string;
  count: number;
}
interface SearchResult {
  totalCount: number;
  processingTimeMs: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Hit }[];
  facets: Record<
    | "kinds"
    | "types"
    | "subjects"
    | "keyStages"
    | "networks"
    | "ambitions"
    | "licences"
    | "hasUpcomingEvents"
    | "regions",
    FacetValue[]
  >;
}

const FACET = "{ value label count }";
const SEARCH = `query($query: String!, $kinds: [SearchKind!], $filter: SearchFilter, $orderBy: SearchOrder,
    $first: Int, $after: String, $includeUnpublished: Boolean) {
  search(query: $query, kinds: $kinds, filter: $filter, orderBy: $orderBy, first: $first, after: $after,
      includeUnpublished: $includeUnpublished) {
    totalCount processingTimeMs
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node {
      kind score
      title { text html highlights { start length } }
      snippet { text html }
      node { __typename
        ... on Resource { slug } ... on AreaOfExcellence { slug } ... on CurriculumEntitlement { slug }
        ... on Event { slug } ... on School { slug } ... on Network { slug } ... on Collection { slug } }
    } }
    facets { kinds ${FACET} types ${FACET} subjects ${FACET} keyStages ${FACET} networks ${FACET}
      ambitions ${FACET} licences ${FACET} hasUpcomingEvents ${FACET} regions ${FACET} }
  }
}`;

async function search(
  query: string,
  options: Record<string, unknown> = {},
  viewer: TestUser | null = null,
): Promise<SearchResult> {
  const result = await api.gql<{ search: SearchResult }>(SEARCH, { query, ...options }, viewer?.auth ?? {});
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

const slugs = (result: SearchResult) => result.edges.map((edge) => edge.node.node.slug);
const count = (values: FacetValue[], value: string) => values.find((facet) => facet.value === value)?.count ?? 0;

async function suggestions(prefix: string, viewer: TestUser | null = null): Promise<string[]> {
  const result = await api.gql<{ searchSuggestions: { title: { text: string } }[] }>(
    `query($prefix: String!) { searchSuggestions(prefix: $prefix) { kind title { text } } }`,
    { prefix },
    viewer?.auth ?? {},
  );
  expect(result.errors).toBeUndefined();
  return result.data!.searchSuggestions.map((suggestion) => suggestion.title.text);
}

interface ResourceSpec {
  slug: string;
  title: string;
  summary?: string;
  body?: string;
  visibility?: Visibility;
  status?: ResourceStatus;
  network?: string;
  subjects?: string[];
  keyStages?: KeyStage[];
  phases?: Phase[];
  licence?: Licence;
  daysAgo?: number;
}

async function createResources(specs: ResourceSpec[]): Promise<void> {
  const em = api.orm.em.fork();
  for (const spec of specs) {
    const resource = em.create(Resource, {
      slug: spec.slug,
      title: spec.title,
      summary: spec.summary ?? "A practical resource for schools.",
      body: spec.body ?? "",
      type: ResourceType.GUIDE,
      visibility: spec.visibility ?? Visibility.PUBLIC,
      status: spec.status ?? ResourceStatus.PUBLISHED,
      licence: spec.licence ?? Licence.CC_BY_4_0,
      keyStages: spec.keyStages ?? [],
      phases: spec.phases ?? [],
      owningNetwork: await em.findOneOrFail(Network, { slug: spec.network ?? "north-maths" }),
      publishedAt: new Date(now - (spec.daysAgo ?? 30) * DAY),
    });
    resource.subjects.set(await em.find(Subject, { slug: { $in: spec.subjects ?? [] } }));
    resource.authors.add(em.getReference(User, author.uuid));
  }
  await em.flush();
}

async function arrangeOrganisations(em: EntityManager): Promise<void> {
  const network = (slug: string, name: string, kind: NetworkKind, region: Region | null) =>
    em.create(Network, { slug, name, kind, region, description: `${name}: leaders working together.` });
  network("north-maths", "North Maths Network", NetworkKind.SUBJECT_NETWORK, Region.NORTH_EAST);
  network("south-english", "South English Network", NetworkKind.SUBJECT_NETWORK, Region.SOUTH_EAST);
  const hub = network("harbour-hub", "Harbour Hub", NetworkKind.HUB, Region.SOUTH_WEST);
  network("east-hub", "East Coast Hub", NetworkKind.HUB, Region.EAST_OF_ENGLAND);
  const school = em.create(School, {
    urn: "654321",
    name: "Harbourside Primary",
    slug: "harbourside-primary",
    phase: Phase.PRIMARY,
    region: Region.SOUTH_WEST,
    localAuthority: "Cornwall",
  });
  em.create(NetworkSchool, { network: hub, school });
  await em.flush();
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
  [author, northMember, southMember] = await Promise.all([api.signUp(), api.signUp(), api.signUp()]);
  const em = api.orm.em.fork();
  await arrangeOrganisations(em);
  await setRole(api, northMember, "north-maths", NetworkRole.MEMBER);
  await setRole(api, southMember, "south-english", NetworkRole.MEMBER);

  await createResources([
    {
      slug: "ks2-fractions",
      title: "Key Stage 2 mathematics: reasoning with fractions",
      subjects: ["mathematics"],
      keyStages: [KeyStage.KS2],
      daysAgo: 5,
    },
    {
      slug: "phonics-keep-up",
      title: "Phonics keep-up sessions for Year 1",
      body: "Short daily sessions so no child falls behind with decoding.",
      keyStages: [KeyStage.KS1],
      network: "south-english",
      daysAgo: 10,
    },
    { slug: "history-curriculum", title: "Designing a history curriculum that builds", daysAgo: 15 },
    { slug: "oracy-toolkit", title: "Oracy toolkit for every classroom", daysAgo: 20 },
    {
      slug: "speaking-handbook",
      title: "Speaking and listening handbook",
      body: "Structured talk routines, with an oracy framework for each year group.",
      daysAgo: 25,
    },
    {
      slug: "send-mainstream",
      title: "Supporting pupils with special educational needs in mainstream classes",
      licence: Licence.OGL_UK_3_0,
      daysAgo: 35,
    },
    { slug: "reading-fluency", title: "Building reading fluency in Year 3", network: "south-english", daysAgo: 40 },
    { slug: "fluency-music", title: "Fluency in reading music notation", network: "south-english", daysAgo: 45 },
    {
      slug: "unsafe-title",
      title: `<img src=x onerror="alert(1)"> Phonics & spelling`,
      network: "south-english",
      daysAgo: 50,
    },
    {
      slug: "zephyrine-network-only",
      title: "The zephyrine approach to times tables",
      visibility: Visibility.NETWORK,
      subjects: ["mathematics"],
      keyStages: [KeyStage.KS2],
      daysAgo: 1,
    },
    {
      slug: "quillbrook-draft",
      title: "Quillbrook writing frames",
      status: ResourceStatus.DRAFT,
      daysAgo: 2,
    },
  ]);

  const school = await em.findOneOrFail(School, { slug: "harbourside-primary" });
  const person = em.getReference(User, author.uuid);
  const aoe = em.create(AreaOfExcellence, {
    school,
    title: "Early reading and phonics",
    slug: "harbourside-early-reading",
    phase: Phase.PRIMARY,
    summary: "Every child reads fluently by the end of Year 2.",
    evidence: "Peer review found consistent phonics teaching in every class.",
    sourceReview: ReviewKind.QAR,
    reviewDate: "2026-03-10",
    contact: person,
    proposedBy: person,
    status: AoeStatus.VALIDATED,
    validatedAt: new Date(now - 60 * DAY),
    expiresAt: new Date(now + 900 * DAY),
  });
  em.create(ExcellenceEvent, {
    kind: EventKind.AOE_EVENT,
    title: "Phonics open morning at Harbourside",
    slug: "harbourside-phonics-morning",
    description: "Watch phonics lessons and talk to the reading lead.",
    startsAt: new Date(now + 20 * DAY),
    endsAt: new Date(now + 20 * DAY + 3 * 3_600_000),
    mode: EventMode.IN_PERSON,
    venue: "Harbourside Primary hall",
    hostSchool: school,
    areaOfExcellence: aoe,
    createdBy: person,
  });
  const entitlement = em.create(CurriculumEntitlement, {
    owningNetwork: await em.findOneOrFail(Network, { slug: "south-english" }),
    subject: await em.findOneOrFail(Subject, { slug: "history" }),
    keyStage: KeyStage.KS3,
    title: "Key Stage 3 history",
    slug: "ks3-history",
    version: 1,
    status: EntitlementStatus.AGREED,
    agreedAt: new Date(now - 90 * DAY),
    visibility: Visibility.PUBLIC,
    createdBy: person,
  });
  em.create(CurriculumUnit, {
    entitlement,
    position: 1,
    title: "Conquest and control",
    yearGroup: YearGroup.Y7,
    term: Term.AUTUMN,
    knowledge: ["How the Norman conquest reshaped who owned the land"],
    skills: ["Weigh how far the Domesday survey can be trusted"],
  });
  await em.flush();
  await drain();
});

describe("relevance", () => {
  it("forgives typos", async () => {
    expect(slugs(await search("phonix"))).toContain("phonics-keep-up");
    expect(slugs(await search("curriculm", { kinds: ["RESOURCE"] }))).toContain("history-curriculum");
  });

  it("understands the sector's synonyms and acronyms", async () => {
    expect(slugs(await search("KS2 maths"))[0]).toBe("ks2-fractions");
    expect(slugs(await search("SEND"))).toContain("send-mainstream");
  });

  it("matches a quoted phrase only with its words together", async () => {
    const found = slugs(await search(`"reading fluency"`));
    expect(found).toContain("reading-fluency");
    expect(found).not.toContain("fluency-music");
  });

  it("ranks a title match above a body match", async () => {
    const found = slugs(await search("oracy", { kinds: ["RESOURCE"] }));
    expect(found.indexOf("oracy-toolkit")).toBeGreaterThanOrEqual(0);
    expect(found.indexOf("oracy-toolkit")).toBeLessThan(found.indexOf("speaking-handbook"));
  });

  it("finds every kind: Areas of Excellence, events, schools, networks and curriculum units' knowledge", async () => {
    const phonics = await search("phonics");
    expect(new Set(phonics.edges.map((edge) => edge.node.kind))).toEqual(
      new Set(["RESOURCE", "AREA_OF_EXCELLENCE", "EVENT", "SCHOOL"]),
    );
    const norman = await search("Norman conquest");
    expect(norman.edges.map((edge) => [edge.node.kind, edge.node.node.__typename, edge.node.node.slug])).toEqual([
      ["CURRICULUM_ENTITLEMENT", "CurriculumEntitlement", "ks3-history"],
    ]);
    expect(slugs(await search("Harbour Hub", { kinds: ["NETWORK"] }))).toEqual(["harbour-hub"]);
  });
});

describe("results", () => {
  it("returns titles and snippets as plain text with match ranges, or as escaped HTML with only <mark>", async () => {
    const hit = (await search("phonics", { kinds: ["RESOURCE"] })).edges.find(
      (edge) => edge.node.node.slug === "unsafe-title",
    )!.node;
    expect(hit.title.text).toBe(`<img src=x onerror="alert(1)"> Phonics & spelling`);
    expect(hit.title.html).toBe(`&lt;img src=x onerror=&quot;alert(1)&quot;&gt; <mark>Phonics</mark> &amp; spelling`);
    const [range] = hit.title.highlights;
    expect(hit.title.text.slice(range!.start, range!.start + range!.length)).toBe("Phonics");
    const keepUp = (await search("decoding")).edges[0]!.node;
    expect(keepUp.snippet.html).toContain("<mark>decoding</mark>");
  });

  it("limits hits to the kinds asked for, with totals and facets to match", async () => {
    const result = await search("phonics", { kinds: ["AREA_OF_EXCELLENCE", "EVENT"] });
    expect(result.edges.map((edge) => edge.node.kind).sort()).toEqual(["AREA_OF_EXCELLENCE", "EVENT"]);
    expect(result.totalCount).toBe(2);
    expect(result.facets.kinds.map((facet) => [facet.value, facet.count]).sort()).toEqual([
      ["AREA_OF_EXCELLENCE", 1],
      ["EVENT", 1],
    ]);
  });

  it("pages through every hit once, with a total that matches", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 10; page += 1) {
      const result: SearchResult = await search("", { kinds: ["RESOURCE"], orderBy: "TITLE", first: 3, after });
      total = result.totalCount;
      seen.push(...slugs(result));
      expect(result.pageInfo.hasPreviousPage).toBe(page > 0);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(total).toBe(9);
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    const titles = (await search("", { kinds: ["RESOURCE"], orderBy: "TITLE", first: 20 })).edges.map((edge) =>
      edge.node.title.text.toLowerCase(),
    );
    expect(titles).toEqual([...titles].sort());
  });

  it("orders by newest across kinds", async () => {
    const result = await search("phonics", { orderBy: "NEWEST" });
    expect(slugs(result)[0]).toBe("harbourside-phonics-morning");
    expect(result.edges.every((edge) => edge.node.score === null)).toBe(true);
  });

  it("counts facets under the client's filter, with labels", async () => {
    const result = await search("", { filter: { keyStages: ["KS2", "KS1"] } });
    expect(result.totalCount).toBe(2);
    expect(result.facets.keyStages).toEqual([
      { value: "KS1", label: "Key Stage 1", count: 1 },
      { value: "KS2", label: "Key Stage 2", count: 1 },
    ]);
    expect(result.facets.subjects).toEqual([{ value: "mathematics", label: "Mathematics", count: 1 }]);
    const licensed = await search("", { filter: { licences: ["OGL_UK_3_0"] } });
    expect(slugs(licensed)).toEqual(["send-mainstream"]);
    expect(licensed.facets.licences).toEqual([
      { value: "OGL_UK_3_0", label: "Open Government Licence v3.0", count: 1 },
    ]);
  });

  it("filters by upcoming events and by date", async () => {
    const upcoming = await search("", { filter: { hasUpcomingEvents: true } });
    expect(slugs(upcoming).sort()).toEqual([
      "harbourside-early-reading",
      "harbourside-phonics-morning",
      "harbourside-primary",
    ]);
    expect(count((await search("phonics")).facets.hasUpcomingEvents, "true")).toBe(3);
    const recent = await search("", {
      kinds: ["RESOURCE"],
      filter: { dateFrom: new Date(now - 12 * DAY).toISOString(), dateTo: new Date(now - 3 * DAY).toISOString() },
    });
    expect(slugs(recent).sort()).toEqual(["ks2-fractions", "phonics-keep-up"]);
  });

  it("treats quotes and OR in a filter value as part of the value, never as filter syntax", async () => {
    for (const value of [`north-maths" OR visibility = "NETWORK`, `x") OR (live = false`, `\\" OR live = true OR "`]) {
      const result = await search("", { filter: { networks: [value] } }, northMember);
      expect(result.totalCount).toBe(0);
      expect(result.edges).toEqual([]);
    }
  });

  it("reports bad arguments against the field", async () => {
    const result = await api.gql(`{ search(query: "x", first: 500) { totalCount } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    const cursor = await api.gql(`{ search(query: "x", after: "nonsense") { totalCount } }`);
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("visibility", () => {
  it("hides a network-only resource from the public and other networks in hits, totals, facets and suggestions", async () => {
    for (const viewer of [null, southMember]) {
      const result = await search("zephyrine", {}, viewer);
      expect(result.totalCount).toBe(0);
      expect(result.edges).toEqual([]);
      expect(Object.values(result.facets).flat()).toEqual([]);
      expect(await suggestions("zephyr", viewer)).toEqual([]);
    }
    const member = await search("zephyrine", {}, northMember);
    expect(slugs(member)).toEqual(["zephyrine-network-only"]);
    expect(member.totalCount).toBe(1);
    expect(await suggestions("zephyr", northMember)).toEqual(["The zephyrine approach to times tables"]);
  });

  it("counts facets only over what the viewer may see", async () => {
    const anonymous = await search("", { kinds: ["RESOURCE"] });
    const member = await search("", { kinds: ["RESOURCE"] }, northMember);
    expect(count(member.facets.networks, "north-maths")).toBe(count(anonymous.facets.networks, "north-maths") + 1);
    expect(count(member.facets.keyStages, "KS2")).toBe(2);
    expect(count(anonymous.facets.keyStages, "KS2")).toBe(1);
    expect(member.totalCount).toBe(anonymous.totalCount + 1);
  });

  it("shows drafts only to those allowed, and only when asked", async () => {
    expect((await search("quillbrook", { includeUnpublished: true })).totalCount).toBe(0);
    expect((await search("quillbrook", { includeUnpublished: true }, northMember)).totalCount).toBe(0);
    expect((await search("quillbrook", {}, author)).totalCount).toBe(0);
    expect(slugs(await search("quillbrook", { includeUnpublished: true }, author))).toEqual(["quillbrook-draft"]);
  });

  it("follows visibility changes once indexed: archiving hides, opening up shows", async () => {
    const em = api.orm.em.fork();
    const archived = await em.findOneOrFail(Resource, { slug: "fluency-music" });
    archived.status = ResourceStatus.ARCHIVED;
    await em.flush();
    await drain();
    expect(slugs(await search("music notation"))).toEqual([]);
    archived.status = ResourceStatus.PUBLISHED;
    await em.flush();
    await drain();
    expect(slugs(await search("music notation"))).toEqual(["fluency-music"]);
  });
});

describe("keeping documents in step with related changes", () => {
  it("re-indexes a network's resources when it is renamed", async () => {
    const em = api.orm.em.fork();
    const network = await em.findOneOrFail(Network, { slug: "north-maths" });
    network.name = "Lighthouse Numeracy Network";
    await em.flush();
    await drain();
    const found = await search("Lighthouse");
    expect(slugs(found)).toContain("ks2-fractions");
    expect(slugs(found)).toContain("north-maths");
    expect(found.facets.networks.find((facet) => facet.value === "north-maths")?.label).toBe(
      "Lighthouse Numeracy Network",
    );
  });

  it("re-indexes a school's Areas of Excellence when the school joins a network", async () => {
    const em = api.orm.em.fork();
    em.create(NetworkSchool, {
      network: await em.findOneOrFail(Network, { slug: "east-hub" }),
      school: await em.findOneOrFail(School, { slug: "harbourside-primary" }),
    });
    await em.flush();
    await drain();
    const found = await search("", { kinds: ["AREA_OF_EXCELLENCE", "SCHOOL"], filter: { networks: ["east-hub"] } });
    expect(slugs(found).sort()).toEqual(["harbourside-early-reading", "harbourside-primary"]);
  });

  it("never indexes a change whose transaction rolled back", async () => {
    const before = await api.orm.em.fork().count(SearchOutbox);
    await expect(
      api.orm.em.fork().transactional(async (em) => {
        const network = await em.findOneOrFail(Network, { slug: "south-english" });
        network.name = "Marigold Literacy Network";
        await em.flush();
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await api.orm.em.fork().count(SearchOutbox)).toBe(before);
    await drain();
    expect((await search("Marigold")).totalCount).toBe(0);
  });
});

describe("shared ambitions", () => {
  const RWM = { value: "rwm-2028", label: "Kestrel pledge: 90% reach the expected standard in RWM by 2028" };

  /** Tags material with an ambition the way the services do: through the entities' collections. */
  async function tag(ambitionSlug: string, resourceSlugs: string[], aoeSlugs: string[] = []): Promise<void> {
    const em = api.orm.em.fork();
    const ambition = await em.findOneOrFail(SharedAmbition, { slug: ambitionSlug });
    for (const resource of await em.find(Resource, { slug: { $in: resourceSlugs } })) resource.ambitions.add(ambition);
    for (const aoe of await em.find(AreaOfExcellence, { slug: { $in: aoeSlugs } })) aoe.ambitions.add(ambition);
    await em.flush();
    await drain();
  }

  beforeAll(async () => {
    const em = api.orm.em.fork();
    em.create(SharedAmbition, {
      network: await em.findOneOrFail(Network, { slug: "north-maths" }),
      slug: RWM.value,
      title: RWM.label,
      targetYear: 2028,
      targetPercentage: 90,
      position: 1,
    });
    await em.flush();
    await tag(
      RWM.value,
      ["ks2-fractions", "zephyrine-network-only", "quillbrook-draft"],
      ["harbourside-early-reading"],
    );
  });

  it("filters and counts by ambition only over what the viewer may see", async () => {
    const filter = { ambitions: [RWM.value] };
    for (const viewer of [null, southMember]) {
      const result = await search("", { filter }, viewer);
      expect(slugs(result).sort()).toEqual(["harbourside-early-reading", "ks2-fractions"]);
      expect(result.totalCount).toBe(2);
      expect(result.facets.ambitions).toEqual([{ ...RWM, count: 2 }]);
    }
    const member = await search("", { filter }, northMember);
    expect(slugs(member).sort()).toEqual(["harbourside-early-reading", "ks2-fractions", "zephyrine-network-only"]);
    expect(member.facets.ambitions).toEqual([{ ...RWM, count: 3 }]);
    const drafts = await search("", { filter, includeUnpublished: true }, author);
    expect(slugs(drafts)).toContain("quillbrook-draft");
    expect(count((await search("")).facets.ambitions, RWM.value)).toBe(2);
  });

  it("finds tagged material by the ambition's title", async () => {
    expect(slugs(await search("Kestrel pledge")).sort()).toEqual(["harbourside-early-reading", "ks2-fractions"]);
  });

  it("re-indexes tagged material when an ambition is retitled, and a resource when it is tagged", async () => {
    const em = api.orm.em.fork();
    const ambition = await em.findOneOrFail(SharedAmbition, { slug: RWM.value });
    ambition.title = "Osprey pledge: every pupil a confident reader by 2028";
    await em.flush();
    await drain();
    expect((await search("Kestrel pledge")).totalCount).toBe(0);
    const retitled = await search("Osprey pledge", {}, northMember);
    expect(slugs(retitled).sort()).toEqual(["harbourside-early-reading", "ks2-fractions", "zephyrine-network-only"]);
    expect(retitled.facets.ambitions).toEqual([{ value: RWM.value, label: ambition.title, count: 3 }]);

    await tag(RWM.value, ["oracy-toolkit"]);
    expect(slugs(await search("", { filter: { ambitions: [RWM.value] } })).sort()).toEqual([
      "harbourside-early-reading",
      "ks2-fractions",
      "oracy-toolkit",
    ]);
  });
});

describe("collections", () => {
  beforeAll(async () => {
    const em = api.orm.em.fork();
    const northMaths = await em.findOneOrFail(Network, { slug: "north-maths" });
    const kit = em.create(ResourceCollection, {
      slug: "teach-meet-kit",
      title: "Starter kit for a marketplace Teach Meet",
      description: "Everything a hub needs for its first **marketplace** evening.",
      visibility: Visibility.PUBLIC,
      owningNetwork: northMaths,
    });
    em.create(ResourceCollection, {
      slug: "quokka-pack",
      title: "Quokka planning pack",
      visibility: Visibility.NETWORK,
      owningNetwork: northMaths,
    });
    em.create(ResourceCollection, {
      slug: "marzipan-list",
      title: "Marzipan reading list",
      visibility: Visibility.PRIVATE,
      owner: em.getReference(User, author.uuid),
    });
    const hidden = await em.findOneOrFail(Resource, { slug: "zephyrine-network-only" });
    em.create(CollectionEntry, { collection: kit, resource: hidden, position: 1 });
    await em.flush();
    await drain();
  });

  it("finds collections, each only by those who may see it", async () => {
    const kit = await search("marketplace Teach Meet", { kinds: ["COLLECTION"] });
    expect(kit.edges.map((edge) => [edge.node.kind, edge.node.node.__typename, edge.node.node.slug])).toEqual([
      ["COLLECTION", "Collection", "teach-meet-kit"],
    ]);
    for (const viewer of [null, southMember]) {
      const result = await search("Quokka", {}, viewer);
      expect(result.totalCount).toBe(0);
      expect(Object.values(result.facets).flat()).toEqual([]);
      expect(await suggestions("Quokk", viewer)).toEqual([]);
    }
    expect(slugs(await search("Quokka", {}, northMember))).toEqual(["quokka-pack"]);
    for (const viewer of [null, northMember]) {
      expect((await search("Marzipan", { includeUnpublished: true }, viewer)).totalCount).toBe(0);
    }
    expect((await search("Marzipan", {}, author)).totalCount).toBe(0);
    expect(slugs(await search("Marzipan", { includeUnpublished: true }, author))).toEqual(["marzipan-list"]);
  });

  it("never finds a collection by the words of the resources in it, so changing its list leaves nothing stale", async () => {
    expect(slugs(await search("zephyrine", {}, northMember))).toEqual(["zephyrine-network-only"]);
    const em = api.orm.em.fork();
    const kit = await em.findOneOrFail(ResourceCollection, { slug: "teach-meet-kit" });
    em.create(CollectionEntry, {
      collection: kit,
      resource: await em.findOneOrFail(Resource, { slug: "oracy-toolkit" }),
      position: 2,
    });
    await em.nativeDelete(CollectionEntry, { collection: kit, position: 1 });
    await em.flush();
    await drain();
    const meili = createMeilisearch(api.config.MEILI_URL, api.config.MEILI_MASTER_KEY);
    const reports = await verify(api.orm, meili, api.config.MEILI_INDEX_PREFIX, { repair: false });
    expect(reports.flatMap((report) => [...report.missing, ...report.extra, ...report.stale])).toEqual([]);
  });

  it("re-indexes a network's collections when it is renamed", async () => {
    const em = api.orm.em.fork();
    const network = await em.findOneOrFail(Network, { slug: "north-maths" });
    network.name = "Quayside Numeracy Network";
    await em.flush();
    await drain();
    expect(slugs(await search("Quayside", { kinds: ["COLLECTION"] }))).toEqual(["teach-meet-kit"]);
  });
});

describe("key stages and phases a resource is tagged with", () => {
  beforeAll(async () => {
    // Neither title, summary nor body names a key stage or phase: only the tags do.
    const sharedText = {
      summary: "Worked examples, then pupils explain each step to a partner.",
      body: "Draw the whole, split it into parts, label what is known.",
      subjects: ["mathematics"],
    };
    await createResources([
      {
        ...sharedText,
        slug: "bar-model-ks2-tag",
        title: "Bar models for word problems",
        keyStages: [KeyStage.KS2],
        phases: [Phase.PRIMARY],
      },
      {
        ...sharedText,
        slug: "bar-model-ks3-tag",
        title: "Bar models for ratio problems",
        keyStages: [KeyStage.KS3],
        phases: [Phase.SECONDARY],
      },
    ]);
    await drain();
  });

  it("finds a resource by its key stage's code and name, and not by another key stage", async () => {
    for (const query of ["KS2", "key stage 2"]) {
      expect(slugs(await search(query, { kinds: ["RESOURCE"] }))).toContain("bar-model-ks2-tag");
    }
    expect(slugs(await search("KS2", { kinds: ["RESOURCE"] }))).not.toContain("bar-model-ks3-tag");
    expect(slugs(await search("KS3", { kinds: ["RESOURCE"] }))).toContain("bar-model-ks3-tag");
    const maths = slugs(await search("KS2 maths", { kinds: ["RESOURCE"] }));
    expect(maths).toContain("bar-model-ks2-tag");
    expect(maths).not.toContain("bar-model-ks3-tag");
  });

  it("finds a resource by its phase", async () => {
    const secondary = slugs(await search("secondary", { kinds: ["RESOURCE"] }));
    expect(secondary).toContain("bar-model-ks3-tag");
    expect(secondary).not.toContain("bar-model-ks2-tag");
  });

  it("re-indexes a resource when its key stages change", async () => {
    const em = api.orm.em.fork();
    const resource = await em.findOneOrFail(Resource, { slug: "bar-model-ks3-tag" });
    resource.keyStages = [KeyStage.KS2, KeyStage.KS3];
    await em.flush();
    await drain();
    expect(slugs(await search("KS2", { kinds: ["RESOURCE"] }))).toContain("bar-model-ks3-tag");
  });
});
