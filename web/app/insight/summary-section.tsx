import type { NetworkReviewSummaryQuery } from "@hub/schema";

import { ChangeChart } from "../components/charts";
import { EmptyState } from "../components/empty-state";
import type { CsvCell } from "./csv";
import { InsightTableView } from "./insight-table";
import type { InsightData, InsightSection, InsightTable } from "./section";

type Summary = NetworkReviewSummaryQuery["networkReviewSummary"];
type SummaryTheme = Summary["strengths"][number];
type Change = SummaryTheme["change"];

/** The API's move in words, so the table (and its CSV) says it without a colour or a sign to decode. */
const CHANGE_WORDS: Record<Change, string> = {
  NEW: "new this period",
  GONE: "not found this period",
  UP: "found more",
  DOWN: "found less",
  SAME: "no change",
};

/**
 * With no review in the period every count is a zero that says nothing about the schools, so the
 * tables (on the page and in their CSV) list nothing and the page says why in words.
 */
const counted = (summary: Summary, themes: readonly SummaryTheme[]) => (summary.reviews > 0 ? themes : []);

const themeRow = (row: SummaryTheme): CsvCell[] => [
  row.theme.name,
  row.schools,
  row.findings,
  row.previousSchools,
  row.previousFindings,
  CHANGE_WORDS[row.change],
];

const THEME_HEADER = [
  "Theme",
  "Schools",
  "Findings",
  "Schools: previous period",
  "Findings: previous period",
  "Change",
];

const strengthsTable: InsightTable = {
  name: "review-strengths",
  caption: "Strengths the reviews found, most frequent first",
  header: THEME_HEADER,
  rows: ({ reviewSummary }) => counted(reviewSummary, reviewSummary.strengths).map(themeRow),
};

const developmentsTable: InsightTable = {
  name: "review-developments",
  caption: "Areas for development the reviews found, most frequent first",
  header: THEME_HEADER,
  rows: ({ reviewSummary }) => counted(reviewSummary, reviewSummary.developments).map(themeRow),
};

/** The quotes the API gave: none at all for a viewer who may not read the reviews. */
const quoteRows = (kind: string, themes: readonly SummaryTheme[]): CsvCell[][] =>
  themes.flatMap((row) =>
    row.quotes.map((quote) => [
      row.theme.name,
      kind,
      quote.text,
      quote.school.name,
      quote.reviewKind,
      quote.reviewDate,
    ]),
  );

const quotesTable: InsightTable = {
  name: "review-quotes",
  caption: "Findings quoted from the period's reviews",
  header: ["Theme", "Found as", "Finding", "School", "Review", "Review date"],
  rows: ({ reviewSummary }) => [
    ...quoteRows("Strength", counted(reviewSummary, reviewSummary.strengths)),
    ...quoteRows("Area for development", counted(reviewSummary, reviewSummary.developments)),
  ],
};

const schoolsWord = (count: number) => (count === 1 ? "1 school" : `${count} schools`);

/** What moved since the previous period, in sentences: the themes that are new, gone, up and down. */
function ChangesInWords({ kind, themes }: { readonly kind: string; readonly themes: readonly SummaryTheme[] }) {
  const named = (change: Change) => themes.filter((row) => row.change === change);
  const lines = [
    ["New this period", named("NEW"), (row: SummaryTheme) => `${row.theme.name} (${schoolsWord(row.schools)})`],
    [
      "Not found this period",
      named("GONE"),
      (row: SummaryTheme) => `${row.theme.name} (${schoolsWord(row.previousSchools)} before)`,
    ],
    [
      "Found more",
      named("UP"),
      (row: SummaryTheme) => `${row.theme.name} (${row.previousSchools} → ${schoolsWord(row.schools)})`,
    ],
    [
      "Found less",
      named("DOWN"),
      (row: SummaryTheme) => `${row.theme.name} (${row.previousSchools} → ${schoolsWord(row.schools)})`,
    ],
  ] as const;
  const said = lines.filter(([, rows]) => rows.length > 0);
  return (
    <ul className="insight-changes" aria-label={`${kind}: what changed since the previous period`}>
      {said.length === 0 ? (
        <li>No theme moved since the previous period.</li>
      ) : (
        said.map(([label, rows, describe]) => (
          <li key={label}>
            {label}: {rows.map(describe).join("; ")}.
          </li>
        ))
      )}
    </ul>
  );
}

function ThemesFound(props: {
  readonly data: InsightData;
  readonly heading: string;
  readonly table: InsightTable;
  readonly themes: readonly SummaryTheme[];
}) {
  const { data, heading, table, themes } = props;
  const { insight } = data;
  if (themes.length === 0) {
    return (
      <>
        <h3>{heading}</h3>
        <p>No finding of this kind in the period or the one before it.</p>
      </>
    );
  }
  return (
    <>
      <h3>{heading}</h3>
      <ChangesInWords kind={heading} themes={themes} />
      <div className="insight-figure">
        <ChangeChart
          title={`${heading}: schools in the previous period and this one`}
          description={`For each theme, how many schools' reviews found it from ${insight.previousFrom} to ${insight.previousTo} and from ${insight.from} to ${insight.to}. The table beside it gives the same numbers, with the findings.`}
          rows={themes.map((row) => ({ label: row.theme.name, before: row.previousSchools, after: row.schools }))}
        />
        <InsightTableView data={data} table={table} />
      </div>
    </>
  );
}

/**
 * The network's reviews summed up: the strength and development themes with their counts, how
 * they moved, and findings quoted with their school and date when the API gives them (to those
 * who may read the reviews; everyone else sees the counts and is told why there are no quotes).
 */
function SummarySection({ data }: { readonly data: InsightData }) {
  const { reviewSummary: summary, insight } = data;
  if (summary.reviews === 0) {
    return (
      <EmptyState>
        <p>
          No review of the network&rsquo;s schools between {insight.from} and {insight.to} has findings to sum up
          {summary.previousReviews > 0
            ? ` (the previous period, ${insight.previousFrom} to ${insight.previousTo}, had ${summary.previousReviews})`
            : ""}
          . Choose a longer period, or enter the hub&rsquo;s reviews.
        </p>
      </EmptyState>
    );
  }
  const reviewsWord = (count: number) => (count === 1 ? "1 review" : `${count} reviews`);
  return (
    <>
      <p>
        Summed up from {reviewsWord(summary.reviews)} of the network&rsquo;s schools in the period, against{" "}
        {reviewsWord(summary.previousReviews)} from {insight.previousFrom} to {insight.previousTo}.
      </p>
      <ThemesFound data={data} heading="Strengths" table={strengthsTable} themes={summary.strengths} />
      <ThemesFound
        data={data}
        heading="Areas for development"
        table={developmentsTable}
        themes={summary.developments}
      />
      <h3>In the reviews&rsquo; words</h3>
      {quotesTable.rows(data).length > 0 ? (
        <InsightTableView data={data} table={quotesTable} />
      ) : (
        <p>
          Findings are quoted only to the reviewed school&rsquo;s staff and to the leads and moderators of the hub that
          reviewed it; you see the counts.
        </p>
      )}
    </>
  );
}

export const summarySection: InsightSection = {
  id: "review-summary",
  heading: "Review summary",
  tables: [strengthsTable, developmentsTable, quotesTable],
  Component: SummarySection,
};
