import { ChangeChart, HorizontalBarChart } from "../components/charts";
import { EmptyState } from "../components/empty-state";
import { InsightTableView } from "./insight-table";
import type { InsightData, InsightSection, InsightTable } from "./section";

/** A change as a leader reads it: "+2", "−1" or "no change". */
export function change(now: number, before: number): string {
  const difference = now - before;
  if (difference === 0) return "no change";
  return difference > 0 ? `+${difference}` : `−${-difference}`;
}

/** The columns of a theme's figures, after its name: the network's and the national view's tables alike. */
export const THEME_FIGURE_COLUMNS = [
  "Schools strong",
  "Strong: previous period",
  "Strong: change",
  "Schools to develop",
  "To develop: previous period",
  "To develop: change",
] as const;

const themesTable: InsightTable = {
  name: "themes",
  caption: "Schools strong in each theme and with it to develop",
  header: ["Theme", ...THEME_FIGURE_COLUMNS],
  rows: ({ insight }) =>
    insight.themes.map((row) => [
      row.theme.name,
      row.strengthSchools,
      row.previousStrengthSchools,
      change(row.strengthSchools, row.previousStrengthSchools),
      row.developmentSchools,
      row.previousDevelopmentSchools,
      change(row.developmentSchools, row.previousDevelopmentSchools),
    ]),
};

/** Are there reviews to count? Without any, zeros would look like findings. */
export const hasReviews = ({ insight }: InsightData) => insight.reviewedSchools > 0;

function ThemesSection({ data }: { readonly data: InsightData }) {
  const { insight } = data;
  if (!hasReviews(data) || insight.themes.length === 0) {
    return (
      <EmptyState>
        <p>
          None of the network&rsquo;s {insight.schools} schools had a quality review between {insight.from} and{" "}
          {insight.to}, so there is nothing to count yet. Choose a longer period, or enter the hub&rsquo;s reviews.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p>
        {insight.reviewedSchools} of the network&rsquo;s {insight.schools} schools had a quality review in the period.
        The previous period is {insight.previousFrom} to {insight.previousTo}.
      </p>
      <div className="insight-figure">
        <HorizontalBarChart
          title="Schools strong in each theme and with it to develop"
          description={`For each theme, how many schools are strong in it and how many have it to develop, between ${insight.from} and ${insight.to}. The table beside it gives the same numbers, with the previous period.`}
          series={[
            { name: "Strong", fill: "solid" },
            { name: "To develop", fill: "hatched" },
          ]}
          rows={insight.themes.map((row) => ({
            label: row.theme.name,
            values: [row.strengthSchools, row.developmentSchools],
          }))}
        />
        <InsightTableView data={data} table={themesTable} />
      </div>
      <h3>Against the previous period</h3>
      <div className="insight-pair">
        <ChangeChart
          title="Schools strong in each theme: previous period and this one"
          description={`For each theme, how many schools were strong in it from ${insight.previousFrom} to ${insight.previousTo} and from ${insight.from} to ${insight.to}. The table above gives the same numbers.`}
          rows={insight.themes.map((row) => ({
            label: row.theme.name,
            before: row.previousStrengthSchools,
            after: row.strengthSchools,
          }))}
        />
        <ChangeChart
          title="Schools with each theme to develop: previous period and this one"
          description={`For each theme, how many schools had it to develop from ${insight.previousFrom} to ${insight.previousTo} and from ${insight.from} to ${insight.to}. The table above gives the same numbers.`}
          rows={insight.themes.map((row) => ({
            label: row.theme.name,
            before: row.previousDevelopmentSchools,
            after: row.developmentSchools,
          }))}
        />
      </div>
    </>
  );
}

export const themesSection: InsightSection = {
  id: "themes",
  heading: "Strengths and areas for development",
  tables: [themesTable],
  Component: ThemesSection,
};
