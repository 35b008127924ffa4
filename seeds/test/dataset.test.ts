import { describe, expect, it } from "vitest";
import {
  AoeStatus,
  AreaOfExcellence,
  CurriculumEntitlement,
  CurriculumService,
  EntitlementAdoption,
  EntitlementStatus,
  EventRegistration,
  ExcellenceEvent,
  MatchesService,
  Network,
  NetworkKind,
  NetworkRole,
  NetworkSchool,
  PlanItem,
  QualityReview,
  ReviewFindingTheme,
  RegistrationStatus,
  Resource,
  ResourceRevision,
  ResourceStatus,
  ResourceCollection,
  School,
  SharedAmbition,
} from "@hub/api";
import { demoAccounts, fingerprint, loadSectorDataset, readSectorDataset } from "../src/index.js";
import { freshDatabase } from "./database.js";

const { orm } = await freshDatabase();
const dataset = readSectorDataset();
const first = await loadSectorDataset(orm);
const afterFirst = await fingerprint(orm);
const second = await loadSectorDataset(orm);
const afterSecond = await fingerprint(orm);
const em = () => orm.em.fork();

describe("loading the sector dataset", () => {
  it("changes nothing when run a second time", () => {
    expect(first.created).toBeGreaterThan(300);
    expect(second.created).toBe(0);
    expect(afterSecond.counts).toEqual(afterFirst.counts);
    expect(afterSecond.hash).toBe(afterFirst.hash);
  });

  it("builds the national partnership's hubs with their schools and the trust's networks", async () => {
    const hubs = await em().find(Network, { kind: NetworkKind.HUB, parent: { slug: "national-schools-partnership" } });
    expect(hubs).toHaveLength(13);
    for (const hub of hubs) {
      const schools = await em().count(NetworkSchool, { network: hub });
      expect(schools, hub.slug).toBeGreaterThanOrEqual(3);
      expect(schools, hub.slug).toBeLessThanOrEqual(13);
    }
    const camden = await em().find(NetworkSchool, { network: { slug: "camden-hub" } }, { populate: ["school"] });
    expect(camden.map((row) => row.school.phase)).toEqual(Array(13).fill("PRIMARY"));
    const trust = await em().findOneOrFail(Network, { slug: "northfield-learning-trust" });
    expect(await em().count(NetworkSchool, { network: trust })).toBe(57);
    expect(await em().count(Network, { parent: trust, kind: NetworkKind.LEADERSHIP_GROUP })).toBe(13);
    expect(await em().count(Network, { parent: trust, kind: NetworkKind.SUBJECT_NETWORK })).toBe(12);
    expect(await em().count(Network, { kind: NetworkKind.INTEREST_GROUP })).toBe(3);
    expect(await em().count(Network, { kind: NetworkKind.TEACHING_SCHOOL_HUB })).toBe(1);
    for (const urn of ["140101", "140215", "141330", "142008", "143377", "143402"]) {
      expect(await em().count(School, { urn }), urn).toBe(1);
    }
  });

  it("saves every resource file, each in the state its file asks for, with earlier titles as revisions", async () => {
    expect(await em().count(Resource)).toBe(dataset.resources.length);
    for (const seed of dataset.resources) {
      const resource = await em().findOneOrFail(Resource, { slug: seed.input.slug }, { populate: ["authors"] });
      expect(resource.status, seed.file).toBe(seed.status);
      expect(
        resource.authors
          .getItems()
          .map((author) => author.email)
          .sort(),
        seed.file,
      ).toEqual([...seed.authors].sort());
      if (seed.previous) {
        const revisions = await em().find(ResourceRevision, { resource }, { orderBy: { number: "asc" } });
        expect(revisions.length, seed.file).toBeGreaterThanOrEqual(2);
        expect(revisions[0]!.snapshot.title, seed.file).toBe(seed.previous.title);
      }
    }
    const statuses = new Set(dataset.resources.map((seed) => seed.status));
    expect(statuses).toEqual(new Set(Object.values(ResourceStatus)));
  });

  it("records Areas of Excellence, mostly validated, some proposed and one expired", async () => {
    const aoes = await em().find(AreaOfExcellence, {});
    expect(aoes.length).toBeGreaterThanOrEqual(20);
    const statuses = aoes.map((aoe) => aoe.currentStatus);
    expect(statuses.filter((status) => status === AoeStatus.EXPIRED)).toHaveLength(1);
    expect(statuses.filter((status) => status === AoeStatus.PROPOSED).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((status) => status === AoeStatus.VALIDATED).length).toBeGreaterThan(aoes.length / 2);
    const schools = await em().find(School, { uuid: { $in: aoes.map((aoe) => aoe.school.unwrap().uuid) } });
    expect(new Set(schools.map((school) => school.region)).size).toBeGreaterThanOrEqual(5);
  });

  it("has past and upcoming events of every kind, one of them full with a waiting list", async () => {
    const events = await em().find(ExcellenceEvent, {});
    const now = new Date();
    expect(events.some((event) => event.endsAt < now)).toBe(true);
    expect(events.some((event) => event.startsAt > now)).toBe(true);
    expect(new Set(events.map((event) => event.kind)).size).toBe(7);
    const waiting = await em().find(
      EventRegistration,
      { status: RegistrationStatus.WAITLISTED },
      { populate: ["event"] },
    );
    expect(waiting.length).toBeGreaterThan(0);
    const full = waiting[0]!.event.getEntity();
    const confirmed = await em().count(EventRegistration, { event: full, status: RegistrationStatus.CONFIRMED });
    expect(confirmed).toBe(full.capacity);
  });

  it("agrees curriculum entitlements, one in two versions with a diff, adopted at different versions", async () => {
    const entitlements = await em().find(CurriculumEntitlement, {}, { populate: ["subject"] });
    expect(new Set(entitlements.map((e) => e.subject.getEntity().slug)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(entitlements.map((e) => e.keyStage)).size).toBeGreaterThanOrEqual(2);
    const versioned = entitlements.filter((e) => e.version === 2);
    expect(versioned.length).toBeGreaterThanOrEqual(1);
    const slug = versioned[0]!.slug;
    const series = entitlements.filter((e) => e.slug === slug).sort((a, b) => a.version - b.version);
    expect(series.map((e) => e.status)).toEqual([EntitlementStatus.SUPERSEDED, EntitlementStatus.AGREED]);
    const comparison = await new CurriculumService(em()).compare(null, slug, 1, 2);
    expect(comparison.unitsAdded.length).toBeGreaterThan(0);
    expect(comparison.unitsRemoved.length).toBeGreaterThan(0);
    expect(comparison.unitsChanged.length).toBeGreaterThan(0);
    const adoptions = await em().find(EntitlementAdoption, { seriesSlug: slug }, { populate: ["entitlement"] });
    expect(new Set(adoptions.map((adoption) => adoption.entitlement.getEntity().version))).toEqual(new Set([1, 2]));
  });

  it("sets the trust's four 2028 ambitions and curates every collection, items in order", async () => {
    const ambitions = await em().find(SharedAmbition, {}, { orderBy: { position: "asc" } });
    expect(ambitions.map((ambition) => ambition.slug)).toEqual(dataset.ambitions.map((ambition) => ambition.slug));
    const tagged = await em().count(Resource, { ambitions: { slug: "phonics-2028" } });
    expect(tagged).toBe(dataset.resources.filter((seed) => seed.input.ambitionSlugs?.includes("phonics-2028")).length);
    expect(await em().count(ResourceCollection)).toBe(dataset.collections.length);
  });

  it("records a few months of searches for the insight page, some finding nothing, without identity", async () => {
    const connection = orm.em.getConnection();
    const queries = await connection.execute<{ query: string; searches: number; sessions: number; zero: number }[]>(
      `select query, count(*)::int as searches, count(distinct session_mark)::int as sessions,
              (count(*) filter (where result_count = 0))::int as zero
         from search_record group by query`,
    );
    const seeded = dataset.searchDemand.views.flatMap((view) => view.queries);
    expect(queries.reduce((sum, row) => sum + row.searches, 0)).toBe(seeded.reduce((sum, q) => sum + q.searches, 0));
    const of = (query: string) => queries.find((row) => row.query === query)!;
    // Normalised on the way in, like a live search.
    expect(of("reading fluency ks2").searches).toBe(48);
    expect(of("oracy assessment rubric").zero).toBe(31);
    expect(of("phonics keep-up").sessions).toBeGreaterThanOrEqual(3);
    // A query searched twice, which no list may show: fewer than 3 sessions whatever the days.
    expect(of("one pupil's reading plan").sessions).toBeLessThan(3);
    const [span] = await connection.execute<{ days: number }[]>(
      "select (max(searched_on) - min(searched_on))::int as days from search_record",
    );
    expect(span!.days).toBeGreaterThan(90);
    const [counts] = await connection.execute<{ opened: number; unopened: number }[]>(
      `select count(o.search_id)::int as opened,
              (count(*) filter (where o.search_id is null and r.query = 'tier 2 vocabulary year 4'))::int as unopened
         from search_record r left join search_result_opened o on o.search_id = r.id`,
    );
    expect(counts!.opened).toBeGreaterThan(100);
    // A query whose results nobody opened, for the page's list of them.
    expect(counts!.unopened).toBe(26);
  });

  it("lists a demo account for every role, each signing in with the documented password", async () => {
    const accounts = await demoAccounts(orm);
    expect(accounts.map((account) => account.role)).toEqual([
      "site admin",
      "LEAD of nlt-english",
      "MODERATOR of nlt-english",
      "CONTRIBUTOR of nlt-english",
      "MEMBER of nlt-english",
      "signed in, no network",
    ]);
    expect(new Set(accounts.map((account) => account.password))).toEqual(new Set(["hub-demo-2026"]));
  });

  it("reviews every Camden primary twice over two years, and leaves Compass Hub's reading needs to its partner", async () => {
    const camden = await em().findOneOrFail(Network, { slug: "camden-hub" });
    const camdenReviews = await em().find(QualityReview, { hub: camden }, { populate: ["school"] });
    expect(new Set(camdenReviews.map((review) => review.school.getEntity().urn)).size).toBe(13);
    expect(camdenReviews).toHaveLength(26);
    const dates = camdenReviews.map((review) => review.reviewDate).sort();
    const spanDays = (Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)) / 86_400_000;
    expect(spanDays).toBeGreaterThan(365);
    const reading = async (hubSlug: string, findingKind: string) =>
      new Set(
        (
          await em().find(
            ReviewFindingTheme,
            { hub: { slug: hubSlug }, theme: { slug: "early-reading-and-phonics" }, findingKind: findingKind as never },
            { populate: ["school"] },
          )
        ).map((row) => row.school.getEntity().urn),
      ).size;
    expect(await reading("compass-hub", "AREA_FOR_DEVELOPMENT")).toBeGreaterThanOrEqual(3);
    expect(await reading("compass-hub", "STRENGTH")).toBe(0);
    const readingAoes = await em().find(AreaOfExcellence, {
      themes: { slug: "early-reading-and-phonics" },
      school: { urn: "142008" },
      status: AoeStatus.VALIDATED,
    });
    expect(readingAoes).toHaveLength(1);
  });

  it("matches Compass Hub's reading need with Camden's Area of Excellence, in the partner tier, and plans to learn from it", async () => {
    const compass = await em().findOneOrFail(Network, { slug: "compass-hub" });
    const lead = { userId: compass.uuid, isAdmin: false, roles: new Map([[compass.uuid, NetworkRole.LEAD]]) };
    const { themes } = await new MatchesService(em(), lead).ofNetwork("compass-hub", {});
    const reading = themes.find((row) => row.theme.slug === "early-reading-and-phonics");
    const partner = reading?.tiers.find((tier) => tier.tier === "PARTNER");
    const camden = partner?.schools.find((match) => match.school.urn === "142008");
    expect(camden?.areasOfExcellence.map((area) => area.slug)).toEqual(["st-pancras-fields-phonics-consistency"]);
    const plan = await em().find(PlanItem, { network: compass }, { populate: ["school", "theme"] });
    expect(plan.map((item) => [item.theme.getEntity().slug, item.school?.getEntity().urn ?? null])).toEqual([
      ["early-reading-and-phonics", "142008"],
      ["early-reading-and-phonics", null],
    ]);
  });
});
