import { HorizontalBarChart } from "../components/charts";
import { EmptyState } from "../components/empty-state";
import { InsightTableView } from "./insight-table";
import type { InsightData, InsightSection, InsightTable } from "./section";

type Coverage = InsightData["insight"]["coverage"][number];

const entitlementName = ({ entitlement }: Coverage) => `${entitlement.title} (version ${entitlement.version})`;

const coverageTable: InsightTable = {
  name: "coverage",
  caption: "Schools teaching each agreed entitlement",
  header: ["Entitlement", "Teaching the agreed version", "Teaching an older version", "Teaching no version"],
  rows: ({ insight }) =>
    insight.coverage.map((row) => [
      entitlementName(row),
      row.agreedSchools.length,
      row.olderVersionSchools.length,
      row.notTeachingSchools.length,
    ]),
};

const STANDINGS = [
  ["agreedSchools", "Teaching the agreed version"],
  ["olderVersionSchools", "Teaching an older version"],
  ["notTeachingSchools", "Teaching no version"],
] as const;

/** Who is where, school by school: the list a leader follows up from. */
const coverageSchoolsTable: InsightTable = {
  name: "coverage-schools",
  caption: "Where each school stands with each agreed entitlement",
  header: ["School", "Entitlement", "Stands"],
  rows: ({ insight }) =>
    insight.coverage.flatMap((row) =>
      STANDINGS.flatMap(([field, standing]) =>
        row[field].map((school) => [school.name, entitlementName(row), standing]),
      ),
    ),
};

function CoverageSection({ data }: { readonly data: InsightData }) {
  const { coverage, schools } = data.insight;
  if (coverage.length === 0) {
    return (
      <EmptyState>
        <p>
          This network has no agreed curriculum entitlement, so there is no coverage to show. A subject network agrees
          entitlements; once one is agreed, this section shows which of the {schools} schools teach it.
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p>
        Where the network&rsquo;s {schools} schools stand with each agreed entitlement today, as the schools have
        recorded it. A school that has recorded nothing counts as teaching no version.
      </p>
      <div className="insight-figure">
        <HorizontalBarChart
          title="Schools teaching each agreed entitlement"
          description="For each agreed entitlement, how many schools teach the agreed version, an older version, or no version. The table beside it gives the same numbers."
          series={[
            { name: "Agreed version", fill: "solid" },
            { name: "Older version", fill: "hatched" },
            { name: "No version", fill: "outline" },
          ]}
          rows={coverage.map((row) => ({
            label: entitlementName(row),
            values: [row.agreedSchools.length, row.olderVersionSchools.length, row.notTeachingSchools.length],
          }))}
        />
        <InsightTableView data={data} table={coverageTable} />
      </div>
      <InsightTableView data={data} table={coverageSchoolsTable} />
    </>
  );
}

export const coverageSection: InsightSection = {
  id: "coverage",
  heading: "Curriculum entitlement coverage",
  tables: [coverageTable, coverageSchoolsTable],
  Component: CoverageSection,
};
