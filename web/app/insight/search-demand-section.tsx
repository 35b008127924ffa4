import { HorizontalBarChart } from "../components/charts";
import { EmptyState } from "../components/empty-state";
import type { CsvCell } from "./csv";
import { insightCsvPath } from "../paths";
import { DownloadableTable } from "./insight-table";
import type { InsightData, InsightSection, InsightTable } from "./section";

type Demand = InsightData["demand"];
type DemandedQuery = Demand["topQueries"][number];

const QUERY_HEADER = [
  "Query",
  "Searches",
  "Different sessions",
  "Searches that found nothing",
  "Searches with a result opened",
];
const queryRow = (query: DemandedQuery): CsvCell[] => [
  query.query,
  query.searches,
  query.sessions,
  query.zeroResultSearches,
  query.openedSearches,
];

/** The three lists of search demand, as tables of one shape over whichever demand they are given. */
export function demandTables<Data>(prefix: string, demandOf: (data: Data) => Demand): InsightTable<Data>[] {
  return [
    {
      name: `${prefix}top-queries`,
      caption: "Most searched",
      header: QUERY_HEADER,
      rows: (data) => demandOf(data).topQueries.map(queryRow),
    },
    {
      name: `${prefix}zero-result-queries`,
      caption: "Searches that found nothing",
      header: QUERY_HEADER,
      rows: (data) => demandOf(data).zeroResultQueries.map(queryRow),
    },
    {
      name: `${prefix}unopened-queries`,
      caption: "Searches whose results nobody opened",
      header: QUERY_HEADER,
      rows: (data) => demandOf(data).unopenedQueries.map(queryRow),
    },
  ];
}

const tables = demandTables<InsightData>("", (data) => data.demand);

/**
 * Search demand over the period: the totals, a chart of the most searched queries, and the three
 * lists, each said to be empty in words when no query reached the threshold. The national view
 * shows the public demand with it, under its own CSV addresses.
 */
export function SearchDemandFigures<Data>(props: {
  readonly data: Data;
  readonly demand: Demand;
  readonly tables: readonly InsightTable<Data>[];
  readonly csvPath: (table: InsightTable<Data>) => string;
  readonly whose: string;
}) {
  const { data, demand, whose } = props;
  const listed = (table: InsightTable<Data>) =>
    table.rows(data).length === 0 ? (
      <EmptyState key={table.name}>
        <p>
          {table.caption}: no query reached {demand.sessionThreshold} different sessions in the period, so none is
          listed.
        </p>
      </EmptyState>
    ) : (
      <DownloadableTable key={table.name} data={data} table={table} csvPath={props.csvPath(table)} />
    );
  const [top, ...others] = props.tables;
  return (
    <>
      <p>
        {whose} searched {demand.searches === 1 ? "once" : `${demand.searches} times`} in the period;{" "}
        {demand.zeroResultSearches} of those searches found nothing and {demand.openedSearches} had a result opened.
      </p>
      <p className="insight-note">
        A query is listed only once {demand.sessionThreshold} or more different sessions have searched it, so no list
        can point to one person&rsquo;s searches; the totals above count every search. Searches are recorded without
        anyone&rsquo;s name, and a query holding an email address or phone number is never stored.
      </p>
      {demand.topQueries.length > 0 && top ? (
        <div className="insight-figure">
          <HorizontalBarChart
            title="Most searched queries"
            description="How many times each of the most searched queries was searched, and how many of those searches found nothing. The table beside it gives the same numbers."
            series={[
              { name: "Searches", fill: "solid" },
              { name: "Found nothing", fill: "hatched" },
            ]}
            rows={demand.topQueries.map((query) => ({
              label: query.query,
              values: [query.searches, query.zeroResultSearches],
            }))}
          />
          {listed(top)}
        </div>
      ) : (
        top && listed(top)
      )}
      {others.map(listed)}
    </>
  );
}

function SearchDemandSection({ data }: { readonly data: InsightData }) {
  return (
    <SearchDemandFigures
      data={data}
      demand={data.demand}
      tables={tables}
      csvPath={(table) => insightCsvPath(data.network.slug, table.name)}
      whose="The network's members"
    />
  );
}

export const searchDemandSection: InsightSection = {
  id: "search-demand",
  heading: "What the network searches for",
  tables,
  Component: SearchDemandSection,
};
