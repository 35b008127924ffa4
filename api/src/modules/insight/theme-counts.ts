/**
 * The theme counts of network and national insight, written once: how many
 * different schools have each theme as a strength (a review strength, or a
 * validated Area of Excellence in force) and as an area for development, in
 * a period and in the period of equal length before it.
 */
import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput } from "../../graphql/errors.js";
import { FindingKind } from "../reviews/index.js";
import { AoeStatus } from "../excellence/index.js";
import { todayInEngland } from "../reviews/review.rules.js";
import { Theme, type Phase } from "../taxonomy/index.js";

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 365;
/** Periods start no earlier than this and last at most ten years: longer ones answer no planning question. */
const EARLIEST = "1900-01-01";
const MAX_DAYS = 3653;

export interface InsightPeriod {
  from?: string | null;
  to?: string | null;
  phase?: Phase | null;
}

/** The period asked for and the one of equal length just before it, as YYYY-MM-DD. */
export interface Periods {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The periods asked for: by default the year to today (in England); a backwards or overlong period is refused on `from`. */
export function periods(from: string | null | undefined, to: string | null | undefined): Periods {
  for (const [field, date] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (date && date < EARLIEST) throw badInput(field, `${field} must not be before ${EARLIEST}`);
  }
  const last = dayNumber(to ?? todayInEngland());
  const first = from ? dayNumber(from) : last - (DEFAULT_DAYS - 1);
  if (first > last) throw badInput("from", "from must not be after `to`");
  const length = last - first + 1;
  if (length > MAX_DAYS) throw badInput("from", "from must be at most ten years before `to`");
  return { from: dateOf(first), to: dateOf(last), previousFrom: dateOf(first - length), previousTo: dateOf(first - 1) };
}

/** The four counts of one theme. */
export interface ThemeFigures {
  strengthSchools: number;
  developmentSchools: number;
  previousStrengthSchools: number;
  previousDevelopmentSchools: number;
}

export interface ThemeRow extends ThemeFigures {
  theme: Theme;
  /** The hub a row counts (national insight's per-hub rows); null for the whole. */
  hubId: string | null;
}

/**
 * Schools to count, as SQL selecting (hub_id, school_id, phase): each school
 * with its phase (a finding that names no phase is about its school's) and,
 * for per-hub rows, the hub it is counted in (else null).
 */
export interface Members {
  sql: string;
  params: unknown[];
  /** Count per hub as well as in total (national insight). */
  perHub: boolean;
}

/*
 * One mark per (theme, kind, school, hub, period): review findings of
 * either period (review_finding_theme read through its school index), and
 * validated Areas of Excellence, which count as a strength in each period at
 * some time of which they were in force (validated by its end, not expired
 * by its start). Grouped per theme, and per theme and hub when asked.
 */
const themeCountsSql = (members: Members) => `with member as (${members.sql}),
  mark as (
    select t.theme_id, t.finding_kind as kind, t.school_id, m.hub_id, t.review_date >= ?::date as current
    from review_finding_theme t join member m on m.school_id = t.school_id
    where t.review_date between ?::date and ?::date and (?::text is null or coalesce(t.phase, m.phase) = ?)
    union all
    select aoe_theme.theme_id, '${FindingKind.STRENGTH}', a.school_id, m.hub_id, p.current
    from area_of_excellence a join member m on m.school_id = a.school_id
      join area_of_excellence_theme aoe_theme on aoe_theme.area_of_excellence_id = a.id
      cross join (values (true, ?::date, ?::date), (false, ?::date, ?::date)) as p(current, first, last)
    where a.status = '${AoeStatus.VALIDATED}'
      and a.validated_at < ((p.last + 1)::timestamp at time zone 'Europe/London')
      and (a.expires_at is null or a.expires_at >= (p.first::timestamp at time zone 'Europe/London'))
      and (?::text is null or a.phase = ?))
  select th.id, th.slug, th.name, th.description, th.sort_order,
    case when grouping(mark.hub_id) = 0 then mark.hub_id end as "hubId",
    (count(distinct mark.school_id) filter (where kind = '${FindingKind.STRENGTH}' and current))::int as "strengthSchools",
    (count(distinct mark.school_id) filter (where kind = '${FindingKind.AREA_FOR_DEVELOPMENT}' and current))::int as "developmentSchools",
    (count(distinct mark.school_id) filter (where kind = '${FindingKind.STRENGTH}' and not current))::int as "previousStrengthSchools",
    (count(distinct mark.school_id) filter (where kind = '${FindingKind.AREA_FOR_DEVELOPMENT}' and not current))::int as "previousDevelopmentSchools"
  from mark join theme th on th.id = mark.theme_id
  group by ${members.perHub ? "grouping sets ((th.id), (th.id, mark.hub_id))" : "th.id, mark.hub_id"}
  order by th.sort_order, th.slug`;

/** A theme's own columns, as the statement returns them. */
interface ThemeColumns {
  id: string;
  slug: string;
  name: string;
  description: string;
  sort_order: number;
}

/** Counts the members' themes in one statement; rows in the taxonomy's order. */
export async function countThemes(
  em: EntityManager,
  members: Members,
  period: Periods,
  phase: Phase | null,
): Promise<ThemeRow[]> {
  const rows = await em
    .getConnection()
    .execute<(ThemeFigures & { hubId: string | null } & ThemeColumns)[]>(themeCountsSql(members), [
      ...members.params,
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
    ]);
  return rows.map(({ id, slug, name, description, sort_order, hubId, ...figures }) => ({
    theme: em.map(Theme, { id, slug, name, description, sort_order }),
    hubId,
    ...figures,
  }));
}
