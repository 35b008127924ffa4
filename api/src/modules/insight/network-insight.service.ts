import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput, DomainError } from "../../graphql/errors.js";
import { authorize, canSeeNetworkInsight, type Viewer } from "../../policy/index.js";
import { Network } from "../organisations/index.js";
import { FindingKind } from "../reviews/index.js";
import { AoeStatus } from "../excellence/index.js";
import { todayInEngland } from "../reviews/review.rules.js";
import { Theme, type Phase } from "../taxonomy/index.js";
import { entitlementSchoolsNetwork } from "../curriculum/index.js";
import { entitlementCoverage } from "./network-coverage.js";
import type { NetworkInsight, ThemeInsight } from "./network-insight.types.js";

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 365;

export interface InsightPeriod {
  from?: string | null;
  to?: string | null;
  phase?: Phase | null;
}

/** The period asked for and the one of equal length just before it, as YYYY-MM-DD. */
interface Periods {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function periods(from: string | null | undefined, to: string | null | undefined): Periods {
  const last = dayNumber(to ?? todayInEngland());
  const first = from ? dayNumber(from) : last - (DEFAULT_DAYS - 1);
  if (first > last) throw badInput("from", "from must not be after `to`");
  const length = last - first + 1;
  return { from: dateOf(first), to: dateOf(last), previousFrom: dateOf(first - length), previousTo: dateOf(first - 1) };
}

interface ThemeRow {
  uuid: string;
  slug: string;
  name: string;
  description: string;
  sortOrder: number;
  strengthSchools: number;
  developmentSchools: number;
  previousStrengthSchools: number;
  previousDevelopmentSchools: number;
}

/*
 * The schools the network is for, with each one's phase (a finding that
 * names no phase is about its school's): its member schools now, or a
 * trust's subject network's trust's (as for curriculum coverage), whichever
 * hub reviewed them. Every statement below starts from these, so a hub and
 * a trust count alike.
 */
const MEMBERS = `member as (
  select ns.school_id, s.phase from network_school ns join school s on s.id = ns.school_id where ns.network_id = ?)`;

/*
 * One mark per (theme, kind, school, period): review findings of either
 * period (read through review_finding_theme's school index), and validated
 * Areas of Excellence, which count as a strength in each period at some
 * time of which they were in force (validated by its end, not expired by its start).
 */
const THEMES = `with ${MEMBERS},
  mark as (
    select t.theme_id, t.finding_kind as kind, t.school_id, t.review_date >= ?::date as current
    from review_finding_theme t join member m on m.school_id = t.school_id
    where t.review_date between ?::date and ?::date and (?::text is null or coalesce(t.phase, m.phase) = ?)
    union all
    select aoe_theme.theme_id, '${FindingKind.STRENGTH}', a.school_id, p.current
    from area_of_excellence a join member m on m.school_id = a.school_id
      join area_of_excellence_theme aoe_theme on aoe_theme.area_of_excellence_id = a.id
      cross join (values (true, ?::date, ?::date), (false, ?::date, ?::date)) as p(current, first, last)
    where a.status = '${AoeStatus.VALIDATED}'
      and a.validated_at < ((p.last + 1)::timestamp at time zone 'Europe/London')
      and (a.expires_at is null or a.expires_at >= (p.first::timestamp at time zone 'Europe/London'))
      and (?::text is null or a.phase = ?))
  select th.id as uuid, th.slug, th.name, th.description, th.sort_order as "sortOrder",
    (count(distinct mark.school_id) filter (where kind = '${FindingKind.STRENGTH}' and current))::int as "strengthSchools",
    (count(distinct mark.school_id) filter (where kind = '${FindingKind.AREA_FOR_DEVELOPMENT}' and current))::int as "developmentSchools",
    (count(distinct mark.school_id) filter (where kind = '${FindingKind.STRENGTH}' and not current))::int as "previousStrengthSchools",
    (count(distinct mark.school_id) filter (where kind = '${FindingKind.AREA_FOR_DEVELOPMENT}' and not current))::int as "previousDevelopmentSchools"
  from mark join theme th on th.id = mark.theme_id
  group by th.id order by th.sort_order, th.slug`;

/** How many schools the network has, and how many of them had a finding (of the phase asked) in the period. */
const TOTALS = `with ${MEMBERS}
  select count(*)::int as schools,
    (count(*) filter (where exists (
      select 1 from review_finding_theme t
      where t.school_id = m.school_id and t.review_date between ?::date and ?::date
        and (?::text is null or coalesce(t.phase, m.phase) = ?))))::int as "reviewedSchools"
  from member m`;

/**
 * Network insight, counted in SQL: no review, finding, Area of Excellence or
 * adoption is loaded as an entity, and no finding text leaves the database.
 */
export class NetworkInsightService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  async ofNetwork(slug: string, { from, to, phase = null }: InsightPeriod): Promise<NetworkInsight> {
    const period = periods(from, to);
    const network = await this.em.findOne(Network, { slug }, { populate: ["parent"] });
    if (!network) throw new DomainError("NOT_FOUND", `No network has the slug "${slug}".`, "network");
    authorize(this.viewer, canSeeNetworkInsight(this.viewer, network.uuid), "see this network's insight");
    const schoolsNetwork = entitlementSchoolsNetwork(network);
    const connection = this.em.getConnection();
    const [themes, [totals], coverage] = await Promise.all([
      connection.execute<ThemeRow[]>(THEMES, [
        schoolsNetwork.uuid,
        period.from,
        period.previousFrom,
        period.to,
        phase,
        phase,
        period.from,
        period.to,
        period.previousFrom,
        period.previousTo,
        phase,
        phase,
      ]),
      connection.execute<{ schools: number; reviewedSchools: number }[]>(TOTALS, [
        schoolsNetwork.uuid,
        period.from,
        period.to,
        phase,
        phase,
      ]),
      entitlementCoverage(this.em, this.viewer, network, schoolsNetwork),
    ]);
    return { ...period, phase, ...totals!, themes: themes.map((row) => this.themeInsight(row)), coverage };
  }

  private themeInsight({ uuid, slug, name, description, sortOrder, ...counts }: ThemeRow): ThemeInsight {
    return { theme: this.em.map(Theme, { id: uuid, slug, name, description, sort_order: sortOrder }), ...counts };
  }
}
