import { toCsv } from "./csv";
import type { InsightTable } from "./section";

/** A table's rows as a CSV download, private to the viewer who asked (the API chose what is in it). */
export function csvResponse<Data>(filename: string, table: InsightTable<Data>, data: Data): Response {
  return new Response(toCsv(table.header, table.rows(data)), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
