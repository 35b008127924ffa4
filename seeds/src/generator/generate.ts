import type { EntityManager } from "@mikro-orm/postgresql";
import {
  AoeStatus,
  AreaOfExcellence,
  EventKind,
  EventMode,
  ExcellenceEvent,
  KeyStage,
  type Licence,
  LICENCES,
  Membership,
  Network,
  NetworkKind,
  NetworkRole,
  NetworkSchool,
  Region,
  Resource,
  ResourceRevision,
  ResourceStatus,
  ResourceType,
  type ReviewKind,
  School,
  Subject,
  Theme,
  User,
  Visibility,
  YearGroup,
  reindexAll,
  type Meilisearch,
  type Orm,
} from "@hub/api";
import { addDays, addMonths, isoDay, startOfDay } from "../dataset/dates.js";
import { Random } from "./prng.js";
import { bodyFor, evidenceFor, summaryFor, titleFor } from "./text.js";
import {
  AOE_TITLES,
  FIRST_NAMES,
  JOB_TITLES,
  LAST_NAMES,
  LOCAL_AUTHORITIES,
  PHASE_OF_KEY_STAGE,
  PLACES,
  SCHOOL_KINDS,
  TOPICS,
  type Topic,
} from "./vocabulary.js";

export interface GenerateOptions {
  orm: Orm;
  /** How many resources; schools, people, Areas of Excellence and events are made in proportion. */
  scale: number;
  /** Same seed (and scale and reference date), same data, ids included. */
  seed?: number;
  /** The day dates are spread around; the start of today (UTC) unless given. */
  referenceDate?: Date;
  /** Rows per INSERT and per transaction. */
  batchSize?: number;
  /** When given, the search index is rebuilt from PostgreSQL afterwards (see README: why not the outbox). */
  search?: { meili: Meilisearch; prefix: string } | null;
  progress?: (done: number, total: number) => void;
  searchProgress?: (done: number, total: number) => void;
}

export interface GenerateSummary {
  seed: number;
  networks: number;
  schools: number;
  people: number;
  resources: number;
  areasOfExcellence: number;
  events: number;
  /** Time to write to PostgreSQL, and then to rebuild search. */
  seconds: number;
  searchSeconds: number;
  describe(): string;
}

/** Accounts made here cannot sign in: no password hashes to this (argon2 rejects it as malformed). */
const NO_PASSWORD = "!synthetic account: no password";
const YEARS_OF_KEY_STAGE: Record<KeyStage, YearGroup[]> = {
  [KeyStage.EYFS]: [YearGroup.RECEPTION],
  [KeyStage.KS1]: [YearGroup.Y1, YearGroup.Y2],
  [KeyStage.KS2]: [YearGroup.Y3, YearGroup.Y4, YearGroup.Y5, YearGroup.Y6],
  [KeyStage.KS3]: [YearGroup.Y7, YearGroup.Y8, YearGroup.Y9],
  [KeyStage.KS4]: [YearGroup.Y10, YearGroup.Y11],
  [KeyStage.KS5]: [YearGroup.Y12, YearGroup.Y13],
};
const SUBJECT_NETWORKS = ["english", "mathematics", "science", "history", "geography", "computing"];

/** Multi-row INSERTs of pivot rows (two uuid columns), a few thousand rows a statement. */
async function insertPairs(tx: EntityManager, table: string, columns: [string, string], rows: [string, string][]) {
  for (let start = 0; start < rows.length; start += 5_000) {
    const chunk = rows.slice(start, start + 5_000);
    await tx
      .getConnection()
      .execute(
        `insert into "${table}" ("${columns[0]}", "${columns[1]}") values ${chunk.map(() => "(?, ?)").join(", ")}`,
        chunk.flat(),
        "run",
        tx.getTransactionContext(),
      );
  }
}

interface Plan {
  hubs: number;
  schools: number;
  people: number;
  areasOfExcellence: number;
  events: number;
}

export function planFor(scale: number): Plan {
  return {
    hubs: Math.max(2, Math.ceil(scale / 2_000)),
    schools: Math.max(6, Math.ceil(scale / 100)),
    people: Math.max(6, Math.ceil(scale / 250)),
    areasOfExcellence: Math.max(1, Math.ceil(scale / 50)),
    events: Math.max(1, Math.ceil(scale / 100)),
  };
}

/**
 * Synthetic data at scale for benchmarks: N resources with proportional
 * networks, schools, people, Areas of Excellence and events, all drawn from
 * one seeded generator, written with multi-row INSERTs in one transaction per
 * batch (never one request per item). Every row obeys the model's rules (an
 * open licence for anything PUBLIC, authors who contribute to the owning
 * network, a first revision for every resource). Refuses to run twice on one
 * database: `--reset` first.
 */
export async function generate(options: GenerateOptions): Promise<GenerateSummary> {
  const started = Date.now();
  const { orm, scale } = options;
  const seed = options.seed ?? 42;
  const batchSize = options.batchSize ?? 1_000;
  const today = startOfDay(options.referenceDate ?? new Date());
  const random = new Random(seed);
  const plan = planFor(scale);
  const prefix = `synthetic-${seed}`;
  const em = orm.em.fork();

  const existing = await em.findOne(Network, { slug: { $like: "synthetic-%" }, kind: NetworkKind.PARTNERSHIP });
  if (existing) {
    throw new Error(`Synthetic data is already loaded (${existing.name}); run "npm run seed -- --reset" first.`);
  }
  const subjects = new Map((await em.find(Subject, {})).map((subject) => [subject.slug, subject.uuid]));
  const themes = new Map((await em.find(Theme, {})).map((theme) => [theme.slug, theme.uuid]));
  const total = plan.schools + plan.people + scale + plan.areasOfExcellence + plan.events;
  let done = 0;
  const advance = (count: number) => options.progress?.((done += count), total);

  // Networks, schools and people: small, one transaction.
  const partnershipId = random.uuid();
  const hubs = Array.from({ length: plan.hubs }, (_, index) => ({
    uuid: random.uuid(),
    slug: `${prefix}-hub-${index + 1}`,
    name: `${random.pick(PLACES)} Hub ${index + 1}`,
    region: random.pick(Object.values(Region)),
  }));
  const trustId = random.uuid();
  const subjectNetworks = SUBJECT_NETWORKS.map((slug) => ({
    uuid: random.uuid(),
    slug: `${prefix}-${slug}`,
    subject: slug,
  }));
  const schools = Array.from({ length: plan.schools }, (_, index) => {
    const kind = random.chance(0.6) ? SCHOOL_KINDS[random.int(0, 3)]! : random.pick(SCHOOL_KINDS);
    const hub = hubs[index % hubs.length]!;
    const urn = String(300_000 + index);
    return {
      uuid: random.uuid(),
      urn,
      name: `${random.pick(PLACES)} ${kind.suffix}`,
      phase: kind.phase,
      hub,
      region: hub.region,
    };
  });
  const people = Array.from({ length: plan.people }, (_, index) => ({
    uuid: random.uuid(),
    name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    email: `person${index + 1}.s${seed}@synthetic.example`,
    jobTitle: random.pick(JOB_TITLES),
    school: random.pick(schools),
    hub: hubs[index % hubs.length]!,
    subjectNetwork: subjectNetworks[index % subjectNetworks.length]!,
    role: index % 10 === 0 ? NetworkRole.MODERATOR : NetworkRole.CONTRIBUTOR,
  }));
  const contributorsOf = new Map<string, typeof people>();
  for (const person of people) {
    for (const network of [person.hub.uuid, person.subjectNetwork.uuid]) {
      contributorsOf.set(network, [...(contributorsOf.get(network) ?? []), person]);
    }
  }
  const moderatorOf = (networkId: string) =>
    (contributorsOf.get(networkId) ?? []).find((person) => person.role === NetworkRole.MODERATOR) ?? people[0]!;

  await em.fork().transactional(async (tx) => {
    const networkRow = (row: Partial<Network> & { uuid: string; slug: string; name: string; kind: NetworkKind }) => ({
      description: `Synthetic network for benchmarks (seed ${seed}).`,
      parent: null,
      subject: null,
      region: null,
      moderatorsPublishDirectly: false,
      createdAt: today,
      updatedAt: today,
      ...row,
    });
    await tx.insertMany(Network, [
      networkRow({
        uuid: partnershipId,
        slug: prefix,
        name: `Synthetic partnership (seed ${seed})`,
        kind: NetworkKind.PARTNERSHIP,
      }),
      networkRow({
        uuid: trustId,
        slug: `${prefix}-trust`,
        name: `Synthetic trust (seed ${seed})`,
        kind: NetworkKind.TRUST,
      }),
      ...hubs.map((hub) =>
        networkRow({
          uuid: hub.uuid,
          slug: hub.slug,
          name: hub.name,
          kind: NetworkKind.HUB,
          region: hub.region,
          parent: partnershipId as never,
        }),
      ),
      ...subjectNetworks.map((network) =>
        networkRow({
          uuid: network.uuid,
          slug: network.slug,
          name: `Synthetic ${network.subject} network`,
          kind: NetworkKind.SUBJECT_NETWORK,
          subject: network.subject,
          parent: trustId as never,
        }),
      ),
    ]);
    await tx.insertMany(
      School,
      schools.map((school) => ({
        uuid: school.uuid,
        urn: school.urn,
        name: school.name,
        slug: `${school.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${school.urn}`,
        phase: school.phase,
        region: school.region,
        localAuthority: random.pick(LOCAL_AUTHORITIES),
        postcode: null,
        createdAt: today,
        updatedAt: today,
      })),
    );
    await tx.insertMany(
      NetworkSchool,
      schools.flatMap((school) => [
        { network: school.hub.uuid, school: school.uuid },
        { network: trustId, school: school.uuid },
      ]) as never[],
    );
    advance(schools.length);
    await tx.insertMany(
      User,
      people.map((person) => ({
        uuid: person.uuid,
        name: person.name,
        email: person.email,
        jobTitle: person.jobTitle,
        school: person.school.uuid as never,
        bio: null,
        passwordHash: NO_PASSWORD,
        isAdmin: false,
        passwordChangedAt: today,
        createdAt: today,
        updatedAt: today,
      })),
    );
    await tx.insertMany(
      Membership,
      people.flatMap((person) =>
        [person.hub.uuid, person.subjectNetwork.uuid].map((network) => ({
          uuid: random.uuid(),
          user: person.uuid as never,
          network: network as never,
          role: person.role,
          createdAt: today,
        })),
      ),
    );
    advance(people.length);
  });

  const owners = [
    ...hubs.map((hub) => ({ uuid: hub.uuid, subject: null as string | null })),
    ...subjectNetworks.map((n) => ({ uuid: n.uuid, subject: n.subject })),
  ];
  const resourceIds: string[] = [];
  for (let start = 0; start < scale; start += batchSize) {
    const count = Math.min(batchSize, scale - start);
    const resources: Record<string, unknown>[] = [];
    const revisions: Record<string, unknown>[] = [];
    const subjectRows: [string, string][] = [];
    const themeRows: [string, string][] = [];
    const authorRows: [string, string][] = [];
    for (let index = start; index < start + count; index += 1) {
      const owner = random.pick(owners);
      const candidates = owner.subject ? TOPICS.filter((t) => t.subjects.includes(owner.subject!)) : TOPICS;
      const topic: Topic = random.pick(candidates.length ? candidates : TOPICS);
      const type = random.pick(Object.values(ResourceType));
      const keyStages = topic.keyStages.length
        ? random.sample(topic.keyStages, random.int(1, topic.keyStages.length))
        : [];
      const yearGroups =
        keyStages.length && random.chance(0.5) ? random.sample(YEARS_OF_KEY_STAGE[keyStages[0]!], 1) : [];
      const phases = [...new Set(keyStages.map((stage) => PHASE_OF_KEY_STAGE[stage]))];
      const status = random.weighted({ PUBLISHED: 85, DRAFT: 7, IN_REVIEW: 5, ARCHIVED: 3 }) as ResourceStatus;
      const licence = random.weighted({
        CC_BY_4_0: 55,
        CC_BY_SA_4_0: 10,
        CC_BY_NC_4_0: 10,
        CC_BY_NC_SA_4_0: 8,
        OGL_UK_3_0: 7,
        ALL_RIGHTS_RESERVED: 10,
      }) as Licence;
      let visibility = random.weighted({ PUBLIC: 75, NETWORK: 20, PRIVATE: 5 }) as Visibility;
      // The model's rule: all-rights-reserved material is never public.
      if (visibility === Visibility.PUBLIC && !LICENCES[licence].open) visibility = Visibility.NETWORK;
      const authors = random.sample(contributorsOf.get(owner.uuid) ?? people, random.chance(0.8) ? 1 : 2);
      const school = authors[0]!.school;
      const createdAt = addDays(today, -random.int(1, 3 * 365));
      const published = status === ResourceStatus.PUBLISHED || status === ResourceStatus.ARCHIVED;
      const publishedAt = published ? addDays(createdAt, random.int(1, 30)) : null;
      const updatedAt = publishedAt && publishedAt > today ? publishedAt : (publishedAt ?? createdAt);
      const where = school.name;
      const uuid = random.uuid();
      const title = titleFor(random, type, topic);
      const slug = `${title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "")
        .slice(0, 80)}-${seed}-${index + 1}`;
      const subjectSlugs = topic.subjects.filter((subject) => subjects.has(subject));
      const themeSlugs = topic.themes.filter((theme) => themes.has(theme));
      const tags = [
        ...new Set(random.sample(topic.tags, random.int(1, topic.tags.length)).map((tag) => tag.toLowerCase())),
      ];
      const row = {
        uuid,
        slug,
        title,
        summary: summaryFor(random, topic, where),
        body: bodyFor(random, topic, where),
        type,
        phases,
        keyStages,
        yearGroups,
        cpdStages: [],
        tags,
        licence,
        visibility,
        status,
        owningNetwork: owner.uuid,
        school: random.chance(0.3) ? school.uuid : null,
        links: [],
        reviewComment: null,
        publishedAt,
        createdAt,
        updatedAt,
      };
      resources.push(row);
      revisions.push({
        uuid: random.uuid(),
        resource: uuid,
        number: 1,
        author: authors[0]!.uuid,
        message: null,
        createdAt,
        // Written as rows, not entities, so the entity's default (its createdAt) does not apply.
        updatedAt: createdAt,
        snapshot: {
          slug,
          title,
          summary: row.summary,
          body: row.body,
          type,
          subjectSlugs,
          themeSlugs,
          phases,
          keyStages,
          yearGroups,
          cpdStages: [],
          tags,
          licence,
          visibility,
          sharedWithNetworkIds: [],
          schoolId: row.school,
          links: [],
          relatedResourceIds: [],
        },
      });
      for (const subject of subjectSlugs) subjectRows.push([uuid, subjects.get(subject)!]);
      for (const theme of themeSlugs) themeRows.push([uuid, themes.get(theme)!]);
      for (const author of authors) authorRows.push([uuid, author.uuid]);
      if (published && visibility === Visibility.PUBLIC) resourceIds.push(uuid);
    }
    await em.fork().transactional(async (tx) => {
      await tx.insertMany(Resource, resources as never[]);
      await tx.insertMany(ResourceRevision, revisions as never[]);
      await insertPairs(tx, "resource_subjects", ["resource_id", "subject_id"], subjectRows);
      await insertPairs(tx, "resource_themes", ["resource_id", "theme_id"], themeRows);
      await insertPairs(tx, "resource_authors", ["resource_id", "user_id"], authorRows);
    });
    advance(count);
  }

  const aoeTopics = TOPICS.filter((topic) => topic.themes.some((theme) => AOE_TITLES[theme]));
  const aoes: { uuid: string; school: (typeof schools)[number]; validated: boolean }[] = [];
  for (let start = 0; start < plan.areasOfExcellence; start += batchSize) {
    const count = Math.min(batchSize, plan.areasOfExcellence - start);
    const rows: Record<string, unknown>[] = [];
    const themeRows: [string, string][] = [];
    const resourceRows: [string, string][] = [];
    for (let index = start; index < start + count; index += 1) {
      const school = random.pick(schools);
      const topic = random.pick(aoeTopics);
      const theme = topic.themes.find((candidate) => AOE_TITLES[candidate])!;
      const status = random.weighted({ VALIDATED: 85, PROPOSED: 10, EXPIRED: 5 }) as AoeStatus;
      const reviewed = addMonths(today, status === AoeStatus.EXPIRED ? -random.int(40, 54) : -random.int(1, 30));
      const validatedAt = status === AoeStatus.PROPOSED ? null : addDays(reviewed, 21);
      const hubPeople = contributorsOf.get(school.hub.uuid) ?? people;
      const contact = random.pick(hubPeople);
      const uuid = random.uuid();
      rows.push({
        uuid,
        school: school.uuid,
        title: AOE_TITLES[theme]!,
        slug: `${prefix}-aoe-${index + 1}`,
        phase: school.phase,
        summary: `${school.name} is recognised for ${topic.phrase}.`,
        evidence: evidenceFor(random, topic, school.name),
        sourceReview: random.weighted({ QAR: 70, MLQAR: 25, OTHER: 5 }) as ReviewKind,
        reviewDate: isoDay(reviewed),
        overallEstimate: random.chance(0.5) ? random.pick(["Leading", "Embedding", "Established"]) : null,
        status: status === AoeStatus.PROPOSED ? AoeStatus.PROPOSED : AoeStatus.VALIDATED,
        validatedAt,
        expiresAt: validatedAt ? addMonths(validatedAt, 36) : null,
        validatedBy: validatedAt ? moderatorOf(school.hub.uuid).uuid : null,
        contact: contact.uuid,
        proposedBy: contact.uuid,
        createdAt: reviewed,
        updatedAt: validatedAt ?? reviewed,
      });
      themeRows.push([uuid, themes.get(theme)!]);
      if (resourceIds.length && random.chance(0.5)) resourceRows.push([uuid, random.pick(resourceIds)]);
      aoes.push({ uuid, school, validated: status !== AoeStatus.PROPOSED });
    }
    await em.fork().transactional(async (tx) => {
      await tx.insertMany(AreaOfExcellence, rows as never[]);
      await insertPairs(tx, "area_of_excellence_theme", ["area_of_excellence_id", "theme_id"], themeRows);
      await insertPairs(tx, "area_of_excellence_resource", ["area_of_excellence_id", "resource_id"], resourceRows);
    });
    advance(count);
  }

  const eventKinds = Object.values(EventKind);
  const validatedAoes = aoes.filter((aoe) => aoe.validated);
  for (let start = 0; start < plan.events; start += batchSize) {
    const count = Math.min(batchSize, plan.events - start);
    const rows: Record<string, unknown>[] = [];
    for (let index = start; index < start + count; index += 1) {
      const kind = random.pick(eventKinds);
      const aoe = kind === EventKind.AOE_EVENT && validatedAoes.length ? random.pick(validatedAoes) : null;
      const school = aoe?.school ?? random.pick(schools);
      const topic = random.pick(TOPICS);
      const mode = random.weighted({ IN_PERSON: 60, ONLINE: 25, HYBRID: 15 }) as EventMode;
      const startsAt = new Date(addDays(today, random.int(-200, 200)).getTime() + random.int(8, 15) * 3_600_000);
      const slug = `${prefix}-event-${index + 1}`;
      rows.push({
        uuid: random.uuid(),
        kind,
        title: `${kind === EventKind.AOE_EVENT ? "Open morning" : "Session"}: ${topic.phrase} at ${school.name}`,
        slug,
        description: `A chance to see ${topic.phrase} in practice and talk with the staff who lead it.`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + random.int(1, 6) * 3_600_000),
        timeZone: "Europe/London",
        mode,
        venue: mode === EventMode.ONLINE ? null : `Main hall, ${school.name}`,
        onlineUrl: mode === EventMode.IN_PERSON ? null : `https://meet.example.org/${slug}`,
        hostSchool: school.uuid,
        hostNetwork: school.hub.uuid,
        areaOfExcellence: aoe?.uuid ?? null,
        capacity: random.chance(0.7) ? random.int(12, 150) : null,
        visibility: random.chance(0.85) ? Visibility.PUBLIC : Visibility.NETWORK,
        registrationOpen: true,
        cpdStages: [],
        createdBy: moderatorOf(school.hub.uuid).uuid,
        createdAt: addDays(startsAt, -30),
        updatedAt: addDays(startsAt, -30),
      });
    }
    await em.fork().transactional((tx) => tx.insertMany(ExcellenceEvent, rows as never[]));
    advance(count);
  }
  const seconds = (Date.now() - started) / 1000;

  const searchStarted = Date.now();
  if (options.search) {
    // Rows were written without outbox rows; one rebuild indexes them all and swaps the index in whole.
    await reindexAll(orm, options.search.meili, options.search.prefix, (_source, indexed, of) =>
      options.searchProgress?.(indexed, of),
    );
  }
  const searchSeconds = options.search ? (Date.now() - searchStarted) / 1000 : 0;
  const networks = 2 + hubs.length + subjectNetworks.length;
  return {
    seed,
    networks,
    schools: schools.length,
    people: people.length,
    resources: scale,
    areasOfExcellence: plan.areasOfExcellence,
    events: plan.events,
    seconds,
    searchSeconds,
    describe() {
      const rate = Math.round(scale / Math.max(seconds, 0.001)).toLocaleString("en-GB");
      return [
        `Synthetic data (seed ${seed}): ${scale.toLocaleString("en-GB")} resources, ${schools.length} schools, ${networks} networks, ${people.length} people, ${plan.areasOfExcellence} Areas of Excellence, ${plan.events} events.`,
        `Written to PostgreSQL in ${seconds.toFixed(1)} s (${rate} resources/s)${options.search ? `; search rebuilt in ${searchSeconds.toFixed(1)} s` : "; search not rebuilt (run npm run reindex)"}.`,
      ].join("\n");
    },
  };
}
