import { Link, useLocation } from "@remix-run/react";

import { insightCsvPath } from "../paths";
import type { InsightData, InsightTable } from "./section";

/** A section's table as the page shows it, with the link to download the same rows as CSV. */
export function InsightTableView({ data, table }: { readonly data: InsightData; readonly table: InsightTable }) {
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
                  <td key={column}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="insight-download">
        <Link to={`${insightCsvPath(data.network.slug, table.name)}${search}`} reloadDocument>
          Download “{table.caption}” as CSV
        </Link>
      </p>
    </div>
  );
}
