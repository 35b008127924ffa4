import type { NationalInsightQuery, PublicSearchDemandQuery } from "@hub/schema";

import { HorizontalBarChart } from "../components/charts";
import { EmptyState } from "../components/empty-state";
import { nationalInsightCsvPath } from "../paths";
import type { CsvCell } from "./csv";
import { DownloadableTable } from "./insight-table";
import { demandTables, SearchDemandFigures } from "./search-demand-section";
import type { InsightTable } from "./section";
import { change, THEME_FIGURE_COLUMNS } from "./themes-section";

/** What the national view's loader fetched. */
export interface NationalData {
  readonly insight: NationalInsightQuery["nationalInsight"];
  readonly demand: PublicSearchDemandQuery["publicSearchDemand"];
  /** Why the period or phase in the address was not used (the API's reason), when it was not. */
  readonly periodProblem: string | null;
}

type Figures = Omit<NationalData["insight"]["themes"][number], "__typename" | "theme">;
/** A count as the API gives it: null (or absent) when withheld. */
type Count = number | null | undefined;

const withheldText = (data: NationalData) => `fewer than ${data.insight.suppressionThreshold}`;

/** A theme's figures as the tables write them: a withheld count in words, and no change worked from one. */
function figureCells(data: NationalData, row: Figures): CsvCell[] {
  const shown = (count: Count) => count ?? withheldText(data);
  const moved = (now: Count, before: Count) => (now == null || before == null ? "not shown" : change(now, before));
  return [
    shown(row.strengthSchools),
    shown(row.previousStrengthSchools),
    moved(row.strengthSchools, row.previousStrengthSchools),
    shown(row.developmentSchools),
    shown(row.previousDevelopmentSchools),
    moved(row.developmentSchools, row.previousDevelopmentSchools),
  ];
}

const nationalThemesTable: InsightTable<NationalData> = {
  name: "national-themes",
  caption: "Schools of all hubs strong in each theme and with it to develop",
  header: ["Theme", ...THEME_FIGURE_COLUMNS],
  rows: (data) => data.insight.themes.map((row) => [row.theme.name, ...figureCells(data, row)]),
};

const hubThemesTable: InsightTable<NationalData> = {
  name: "hub-themes",
  caption: "Each hub's schools strong in each theme and with it to develop",
  header: ["Hub", "Theme", ...THEME_FIGURE_COLUMNS],
  rows: (data) => data.insight.hubThemes.map((row) => [row.hub.name, row.theme.name, ...figureCells(data, row)]),
};

const publicDemandTables = demandTables<NationalData>("public-", (data) => data.demand);

/** Every table of the national view, for its CSV downloads. */
export const nationalTables: readonly InsightTable<NationalData>[] = [
  nationalThemesTable,
  hubThemesTable,
  ...publicDemandTables,
];

const csvPath = (table: InsightTable<NationalData>) => nationalInsightCsvPath(table.name);

export function NationalThemes({ data }: { readonly data: NationalData }) {
  const { insight } = data;
  if (insight.themes.length === 0) {
    return (
      <EmptyState>
        <p>
          No hub&rsquo;s schools had a quality review or a validated Area of Excellence between {insight.from} and{" "}
          {insight.to}, so there is nothing to count yet. Choose a longer period.
        </p>
      </EmptyState>
    );
  }
  return (
    <div className="insight-figure">
      <HorizontalBarChart
        title="Schools of all hubs strong in each theme and with it to develop"
        description={`For each theme, how many schools of all hubs are strong in it and how many have it to develop, between ${insight.from} and ${insight.to}; a count drawn from fewer than ${insight.suppressionThreshold} schools is written as such, with no bar. The table beside it gives the same numbers, with the previous period.`}
        series={[
          { name: "Strong", fill: "solid" },
          { name: "To develop", fill: "hatched" },
        ]}
        rows={insight.themes.map((row) => ({
          label: row.theme.name,
          values: [row.strengthSchools ?? null, row.developmentSchools ?? null],
        }))}
        withheld={withheldText(data)}
      />
      <DownloadableTable data={data} table={nationalThemesTable} csvPath={csvPath(nationalThemesTable)} />
    </div>
  );
}

export function HubThemes({ data }: { readonly data: NationalData }) {
  if (data.insight.hubThemes.length === 0) {
    return (
      <EmptyState>
        <p>No hub has anything to count in the period.</p>
      </EmptyState>
    );
  }
  return <DownloadableTable data={data} table={hubThemesTable} csvPath={csvPath(hubThemesTable)} />;
}

export function PublicDemand({ data }: { readonly data: NationalData }) {
  return (
    <SearchDemandFigures
      data={data}
      demand={data.demand}
      tables={publicDemandTables}
      csvPath={csvPath}
      whose="Visitors who were not signed in"
    />
  );
}
