import { raw, type FilterQuery } from "@mikro-orm/core";
import type { EntityManager } from "@mikro-orm/postgresql";
import { reviewVisibleWhere, type Viewer } from "../../policy/index.js";
import { FindingKind, ReviewFindingTheme, type QualityReviewKind } from "../reviews/index.js";
import { School } from "../organisations/index.js";
import { Theme, type Phase } from "../taxonomy/index.js";
import { insightNetwork } from "./network-insight.service.js";
import { QUOTES_PER_THEME } from "./review-summary-limits.js";
import { periods, type InsightPeriod, type Members, type Periods } from "./theme-counts.js";
import {
  ThemeChange,
  type NetworkReviewSummary,
  type ReviewQuote,
  type ReviewSummaryTheme,
} from "./review-summary.types.js";

/*
 * Schools and findings per (theme, kind) in each period, and (the empty
 * grouping set's row, theme and kind null) the reviews counted, all in one
 * statement over review_finding_theme; the finding row is read only for its
 * review. No text leaves the database here.
 */
const countsSql = (members: Members) => `with member as (${members.sql}),
  mark as (
    select t.theme_id, t.finding_kind, t.school_id, t.finding_id, f.review_id, t.review_date >= ?::date as current
    from review_finding_theme t join member m on m.school_id = t.school_id join review_finding f on f.id = t.finding_id
    where t.review_date between ?::date and ?::date and (?::text is null or coalesce(t.phase, m.phase) = ?))
  select theme_id as "themeId", finding_kind as kind,
    (count(distinct school_id) filter (where current))::int as schools,
    (count(distinct finding_id) filter (where current))::int as findings,
    (count(distinct school_id) filter (where not current))::int as "previousSchools",
    (count(distinct finding_id) filter (where not current))::int as "previousFindings",
    (count(distinct review_id) filter (where current))::int as reviews,
    (count(distinct review_id) filter (where not current))::int as "previousReviews"
  from mark group by grouping sets ((theme_id, finding_kind), ())`;

interface CountRow {
  themeId: string | null;
  kind: FindingKind | null;
  schools: number;
  findings: number;
  previousSchools: number;
  previousFindings: number;
  reviews: number;
  previousReviews: number;
}

interface QuoteRow {
  theme_id: string;
  finding_kind: FindingKind;
  school_id: string;
  review_date: string | Date;
  review_kind: QualityReviewKind;
  text: string;
}

type Figures = Pick<CountRow, "schools" | "findings" | "previousSchools" | "previousFindings">;

/** A theme's move: schools first; at as many schools, findings decide. */
export function themeChange({ schools, findings, previousSchools, previousFindings }: Figures): ThemeChange {
  if (previousSchools === 0) return ThemeChange.NEW;
  if (schools === 0) return ThemeChange.GONE;
  const difference = schools - previousSchools || findings - previousFindings;
  return difference > 0 ? ThemeChange.UP : difference < 0 ? ThemeChange.DOWN : ThemeChange.SAME;
}

const dateText = (date: string | Date) => (typeof date === "string" ? date : date.toISOString().slice(0, 10));

/**
 * A network's review summary: the counts in SQL (one statement), and the
 * quoted findings in a second, filtered by the policy's
 * {@link reviewVisibleWhere} so a viewer is quoted only reviews they may
 * read, and ranked in SQL (latest review, then finding id) so the same data
 * always quotes the same findings.
 */
export class ReviewSummaryService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer | null,
  ) {}

  async ofNetwork(slug: string, { from, to, phase = null }: InsightPeriod): Promise<NetworkReviewSummary> {
    const period = periods(from, to);
    const { members } = await insightNetwork(this.em, this.viewer, slug);
    const [counts, quotes] = await Promise.all([
      this.em
        .getConnection()
        .execute<CountRow[]>(countsSql(members), [
          ...members.params,
          period.from,
          period.previousFrom,
          period.to,
          phase,
          phase,
        ]),
      this.quotes(members, period, phase),
    ]);
    const themeRows = counts.filter((row) => row.themeId !== null);
    const total = counts.find((row) => row.themeId === null);
    const [themes, schools] = await Promise.all([
      this.em.find(Theme, { uuid: { $in: themeRows.map((row) => row.themeId!) } }),
      this.em.find(School, { uuid: { $in: [...new Set(quotes.map((row) => row.school_id))] } }),
    ]);
    const themeById = new Map(themes.map((theme) => [theme.uuid, theme]));
    const schoolById = new Map(schools.map((school) => [school.uuid, school]));
    const summarise = (kind: FindingKind): ReviewSummaryTheme[] =>
      themeRows
        .filter((row) => row.kind === kind)
        .map(({ themeId, schools, findings, previousSchools, previousFindings }) => ({
          theme: themeById.get(themeId!)!,
          schools,
          findings,
          previousSchools,
          previousFindings,
          change: themeChange({ schools, findings, previousSchools, previousFindings }),
          quotes: quotes
            .filter((quote) => quote.theme_id === themeId && quote.finding_kind === kind)
            .map((quote): ReviewQuote => ({
              text: quote.text,
              school: schoolById.get(quote.school_id)!,
              reviewDate: dateText(quote.review_date),
              reviewKind: quote.review_kind,
            })),
        }))
        .sort(
          (a, b) =>
            b.schools - a.schools ||
            b.findings - a.findings ||
            a.theme.sortOrder - b.theme.sortOrder ||
            a.theme.slug.localeCompare(b.theme.slug),
        );
    return {
      ...period,
      phase,
      reviews: total?.reviews ?? 0,
      previousReviews: total?.previousReviews ?? 0,
      strengths: summarise(FindingKind.STRENGTH),
      developments: summarise(FindingKind.AREA_FOR_DEVELOPMENT),
    };
  }

  /** The period's findings the viewer may read, the first {@link QUOTES_PER_THEME} of each theme and kind. */
  private async quotes(members: Members, period: Periods, phase: Phase | null): Promise<QuoteRow[]> {
    const memberRows = await this.em.getConnection().execute<{ school_id: string }[]>(members.sql, members.params);
    const where: FilterQuery<ReviewFindingTheme>[] = [
      reviewVisibleWhere(this.viewer) as FilterQuery<ReviewFindingTheme>,
      {
        school: { $in: memberRows.map((row) => row.school_id) },
        reviewDate: { $gte: period.from, $lte: period.to },
      },
    ];
    if (phase) where.push({ $or: [{ phase }, { phase: null, school: { phase } }] });
    const ranked = this.em
      .createQueryBuilder(ReviewFindingTheme, "t")
      .select([
        "t.theme_id",
        "t.finding_kind",
        "t.school_id",
        "t.review_date",
        "t.review_kind",
        "f.text",
        raw(
          "row_number() over (partition by t.theme_id, t.finding_kind order by t.review_date desc, t.finding_id) as quote_rank",
        ),
      ])
      .join("t.finding", "f")
      .where({ $and: where })
      .getKnexQuery();
    const knex = this.em.getKnex();
    return this.em
      .getConnection()
      .execute<QuoteRow[]>(
        knex
          .select("*")
          .from(ranked.as("ranked"))
          .where("quote_rank", "<=", QUOTES_PER_THEME)
          .orderBy(["theme_id", "finding_kind", "quote_rank"]),
      );
  }
}
