import type { NetworkInsightQuery, NetworkReviewSummaryQuery, NetworkSearchDemandQuery } from "@hub/schema";
import type { ComponentType } from "react";

import type { CsvCell } from "./csv";
import type { ActionPlanning } from "./planning";

/**
 * What the insight page's loader fetched for one network and period. A new section that needs more
 * from the API adds its field here and its fetch in insight.server.ts.
 */
export interface InsightData {
  readonly network: { readonly slug: string; readonly name: string };
  readonly insight: NetworkInsightQuery["networkInsight"];
  readonly demand: NetworkSearchDemandQuery["networkSearchDemand"];
  readonly reviewSummary: NetworkReviewSummaryQuery["networkReviewSummary"];
  /** Why the period or phase in the address was not used (the API's reason), when it was not. */
  readonly periodProblem: string | null;
  readonly planning: ActionPlanning;
}

/**
 * One table of the page: shown in the page and downloadable as `<name>.csv`, both from these rows,
 * so the download always says what the page says. The national view's tables read its own data.
 */
export interface InsightTable<Data = InsightData> {
  /** The table's name in its download address: lower case and hyphens. */
  readonly name: string;
  readonly caption: string;
  readonly header: readonly string[];
  readonly rows: (data: Data) => readonly (readonly CsvCell[])[];
}

/** One section of the insight page: a heading (and its anchor), what it shows, and its tables. */
export interface InsightSection {
  readonly id: string;
  readonly heading: string;
  readonly tables: readonly InsightTable[];
  readonly Component: ComponentType<{ readonly data: InsightData; readonly section: InsightSection }>;
}
