import { Link, useLocation } from "@remix-run/react";

import { insightCsvPath } from "../paths";
import type { CsvCell } from "./csv";
import type { InsightData, InsightTable } from "./section";

/**
 * A table of figures with the link to download the same rows as CSV (for the same period and phase:
 * the page's own query string goes with the link). The first cell of each row heads it.
 */
export function DownloadableTable<Data>(props: {
  readonly data: Data;
  readonly table: InsightTable<Data>;
  /** The CSV's address, without the query string. */
  readonly csvPath: string;
}) {
  const { data, table, csvPath } = props;
  const rows = table.rows(data);
  const { search } = useLocation();
  return (
    <div className="insight-table">
      <table>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.header.map((heading) => (
              <th scope="col" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th scope="row" key={column}>
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{displayed(cell)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="insight-download">
        <Link to={`${csvPath}${search}`} reloadDocument>
          Download “{table.caption}” as CSV
        </Link>
      </p>
    </div>
  );
}

/** An empty cell is said, not left blank, so a screen reader does not skip it silently. */
const displayed = (cell: CsvCell) => (cell === null || cell === "" ? "–" : cell);

/** A section's table as the network's insight page shows it, downloadable from the page's CSV route. */
export function InsightTableView({ data, table }: { readonly data: InsightData; readonly table: InsightTable }) {
  return <DownloadableTable data={data} table={table} csvPath={insightCsvPath(data.network.slug, table.name)} />;
}
