import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import { DomainError } from "../../graphql/errors.js";
import {
  authorize,
  canSeeNetworkInsight,
  resourceVisibleWhere,
  reviewTagVisibleSql,
  type Viewer,
} from "../../policy/index.js";
import { Network, School } from "../organisations/index.js";
import { Theme } from "../taxonomy/index.js";
import { AoeStatus, AreaOfExcellence, EventService, ExcellenceEvent } from "../excellence/index.js";
import { FindingKind } from "../reviews/index.js";
import { Resource } from "../resources/index.js";
import { entitlementSchoolsNetwork } from "../curriculum/index.js";
import { periods, type InsightPeriod, type Periods } from "../insight/index.js";
import { MATCH_LIMITS, MatchTier, type NetworkMatches, type ThemeMatches } from "./matches.types.js";

const TIERS = [MatchTier.NETWORK, MatchTier.PARTNER, MatchTier.NATIONAL];

/**
 * For each theme the network's schools have to develop (an area for
 * development in a review of the period), its strong schools: a validated
 * Area of Excellence on it in force in the period, or a review strength of
 * the period the viewer may read. Each school is placed in its nearest tier
 * (0 the network's own, 1 a paired network's, 2 anywhere else) and ranked in
 * it; only the first few of each tier come back, with the tier's total.
 */
const matchesSql = (reviewVisible: string) => `with member as (
    select ns.school_id, s.phase from network_school ns join school s on s.id = ns.school_id where ns.network_id = ?),
  partner as (
    select ns.school_id from network_partnership p
    join network_school ns on ns.network_id = case when p.network_a_id = ? then p.network_b_id else p.network_a_id end
    where ? in (p.network_a_id, p.network_b_id)),
  development as (
    select t.theme_id, count(distinct t.school_id)::int as schools
    from review_finding_theme t join member m on m.school_id = t.school_id
    where t.finding_kind = '${FindingKind.AREA_FOR_DEVELOPMENT}' and t.review_date between ?::date and ?::date
      and (?::text is null or coalesce(t.phase, m.phase) = ?)
    group by t.theme_id),
  mark as (
    select aoe_theme.theme_id, a.school_id, a.id as aoe_id, a.title as aoe_title, 0 as strengths
    from area_of_excellence a
      join area_of_excellence_theme aoe_theme on aoe_theme.area_of_excellence_id = a.id
      join development d on d.theme_id = aoe_theme.theme_id
    where a.status = '${AoeStatus.VALIDATED}'
      and a.validated_at < ((?::date + 1)::timestamp at time zone 'Europe/London')
      and (a.expires_at is null or a.expires_at >= (?::date::timestamp at time zone 'Europe/London'))
      and (?::text is null or a.phase = ?)
    union all
    select t.theme_id, t.school_id, null, null, 1
    from review_finding_theme t join development d on d.theme_id = t.theme_id join school s on s.id = t.school_id
    where t.finding_kind = '${FindingKind.STRENGTH}' and t.review_date between ?::date and ?::date
      and (?::text is null or coalesce(t.phase, s.phase) = ?) and ${reviewVisible}),
  strong as (
    select mark.theme_id, mark.school_id,
      (array_agg(mark.aoe_id order by mark.aoe_title, mark.aoe_id) filter (where mark.aoe_id is not null))[1:${MATCH_LIMITS.areasPerSchool}] as aoe_ids,
      count(distinct mark.aoe_id)::int as aoes, sum(mark.strengths)::int as strengths,
      case when mark.school_id in (select school_id from member) then 0
        when mark.school_id in (select school_id from partner) then 1 else 2 end as tier
    from mark group by mark.theme_id, mark.school_id),
  ranked as (
    select strong.*, row_number() over w as rank, (count(*) over (partition by strong.theme_id, strong.tier))::int as in_tier
    from strong join school s on s.id = strong.school_id
    window w as (partition by strong.theme_id, strong.tier order by strong.aoes desc, strong.strengths desc, s.name, s.urn))
  select th.id, th.slug, th.name, th.description, th.sort_order, d.schools as development_schools,
    r.tier, r.school_id, coalesce(r.aoe_ids, '{}') as aoe_ids, coalesce(r.strengths, 0) > 0 as review_strength, r.in_tier
  from development d join theme th on th.id = d.theme_id
    left join ranked r on r.theme_id = d.theme_id and r.rank <= ${MATCH_LIMITS.schoolsPerTier}
  order by th.sort_order, th.slug, r.tier, r.rank`;

interface MatchRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  sort_order: number;
  development_schools: number;
  tier: number | null;
  school_id: string | null;
  aoe_ids: string[];
  review_strength: boolean;
  in_tier: number | null;
}

/** A visibility filter (the policy's, in MikroORM's shape) as a subquery of ids, to rank inside plain SQL. */
function idsWhere<T extends object>(em: EntityManager, entity: new () => T, where: FilterQuery<T>) {
  const query = em.createQueryBuilder(entity, "v").select("v.id").where(where).getKnexQuery().toSQL();
  return { sql: query.sql, params: [...query.bindings] };
}

/**
 * Matches for action planning, computed in a fixed number of statements
 * whatever the size of the network: one for the tiers, one each for the
 * resources and events the viewer may see (ranked and cut in SQL), and one
 * to load each kind of object named.
 */
export class MatchesService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  async ofNetwork(slug: string, { from, to, phase = null }: InsightPeriod): Promise<NetworkMatches> {
    const period = periods(from, to);
    const network = await this.em.findOne(Network, { slug }, { populate: ["parent"] });
    if (!network) throw new DomainError("NOT_FOUND", `No network has the slug "${slug}".`, "network");
    authorize(this.viewer, canSeeNetworkInsight(this.viewer, network.uuid), "see this network's matches");
    const rows = await this.tierRows(network, period, phase);
    const themeIds = [...new Set(rows.map((row) => row.id))];
    const schoolIds = [...new Set(rows.flatMap((row) => (row.school_id ? [row.school_id] : [])))];
    const [resourceIds, eventIds] = await Promise.all([this.resourceIds(themeIds), this.eventIds(schoolIds)]);
    const aoeIds = rows.flatMap((row) => row.aoe_ids);
    const [schools, areas, resources, events] = await Promise.all([
      this.byId(School, schoolIds),
      this.byId(AreaOfExcellence, aoeIds),
      this.byId(Resource, [...resourceIds.values()].flat()),
      this.byId(ExcellenceEvent, [...eventIds.values()].flat()),
    ]);
    const themes = new Map<string, ThemeMatches>();
    for (const row of rows) {
      let entry = themes.get(row.id);
      if (!entry) {
        const { id, slug: themeSlug, name, description, sort_order } = row;
        entry = {
          theme: this.em.map(Theme, { id, slug: themeSlug, name, description, sort_order }),
          developmentSchools: row.development_schools,
          tiers: [],
          resources: (resourceIds.get(row.id) ?? []).map((id) => resources.get(id)!),
        };
        themes.set(row.id, entry);
      }
      if (row.tier === null || !row.school_id) continue;
      const tier = TIERS[row.tier]!;
      let schoolsOfTier = entry.tiers.find((candidate) => candidate.tier === tier);
      if (!schoolsOfTier) {
        schoolsOfTier = { tier, schools: [], totalSchools: row.in_tier ?? 0 };
        entry.tiers.push(schoolsOfTier);
      }
      schoolsOfTier.schools.push({
        school: schools.get(row.school_id)!,
        areasOfExcellence: row.aoe_ids.map((id) => areas.get(id)!),
        reviewStrength: row.review_strength,
        upcomingEvents: (eventIds.get(row.school_id) ?? []).map((id) => events.get(id)!),
      });
    }
    return { from: period.from, to: period.to, phase, themes: [...themes.values()] };
  }

  private tierRows(network: Network, period: Periods, phase: string | null): Promise<MatchRow[]> {
    const reviewVisible = reviewTagVisibleSql(this.viewer, "t");
    return this.em
      .getConnection()
      .execute<MatchRow[]>(matchesSql(reviewVisible.sql), [
        entitlementSchoolsNetwork(network).uuid,
        network.uuid,
        network.uuid,
        period.from,
        period.to,
        phase,
        phase,
        period.to,
        period.from,
        phase,
        phase,
        period.from,
        period.to,
        phase,
        phase,
        ...reviewVisible.params,
      ]);
  }

  /** The visible resources on each theme, most recently published first, a few per theme. */
  private async resourceIds(themeIds: string[]): Promise<Map<string, string[]>> {
    if (themeIds.length === 0) return new Map();
    const visible = idsWhere(this.em, Resource, resourceVisibleWhere(this.viewer));
    const rows = await this.em.getConnection().execute<{ theme_id: string; resource_id: string }[]>(
      `select theme_id, resource_id from (
         select rt.theme_id, r.id as resource_id,
           row_number() over (partition by rt.theme_id order by r.published_at desc nulls last, r.title, r.id) as rank
         from resource_themes rt join resource r on r.id = rt.resource_id
         where rt.theme_id in (?) and r.id in (${visible.sql})) ranked
       where rank <= ${MATCH_LIMITS.resourcesPerTheme} order by theme_id, rank`,
      [themeIds, ...visible.params],
    );
    return groupIds(rows.map((row) => [row.theme_id, row.resource_id]));
  }

  /** Each school's upcoming events the viewer may see (hosted by it, or showing its Area of Excellence), soonest first. */
  private async eventIds(schoolIds: string[]): Promise<Map<string, string[]>> {
    if (schoolIds.length === 0) return new Map();
    const visible = idsWhere(this.em, ExcellenceEvent, await new EventService(this.em).visibleFilter(this.viewer));
    const rows = await this.em.getConnection().execute<{ school_id: string; event_id: string }[]>(
      `select school_id, event_id from (
         select coalesce(e.host_school_id, a.school_id) as school_id, e.id as event_id,
           row_number() over (partition by coalesce(e.host_school_id, a.school_id) order by e.starts_at, e.id) as rank
         from excellence_event e left join area_of_excellence a on a.id = e.area_of_excellence_id
         where coalesce(e.host_school_id, a.school_id) in (?) and e.ends_at > now() and e.id in (${visible.sql})) ranked
       where rank <= ${MATCH_LIMITS.eventsPerSchool} order by school_id, rank`,
      [schoolIds, ...visible.params],
    );
    return groupIds(rows.map((row) => [row.school_id, row.event_id]));
  }

  private async byId<T extends { uuid: string }>(entity: new () => T, ids: string[]): Promise<Map<string, T>> {
    if (ids.length === 0) return new Map();
    const found = await this.em.find(entity, { uuid: { $in: [...new Set(ids)] } } as never);
    return new Map(found.map((item) => [item.uuid, item]));
  }
}

function groupIds(pairs: [string, string][]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [key, id] of pairs) groups.set(key, [...(groups.get(key) ?? []), id]);
  return groups;
}
