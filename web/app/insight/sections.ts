/**
 * The insight page's sections, in the order the page shows them. A new section is a file in this
 * folder exporting an InsightSection, added to this list: the page, its contents list and its CSV
 * downloads (/me/insight/<network>/<table>.csv) all come from here.
 */
import { coverageSection } from "./coverage-section";
import { searchDemandSection } from "./search-demand-section";
import type { InsightSection, InsightTable } from "./section";
import { matchesSection } from "./matches-section";
import { planSection } from "./plan-section";
import { summarySection } from "./summary-section";
import { themesSection } from "./themes-section";

export const insightSections: readonly InsightSection[] = [
  themesSection,
  summarySection,
  matchesSection,
  planSection,
  coverageSection,
  searchDemandSection,
];

/** The table a CSV download names, if any section has one by that name. */
export function insightTable(name: string): InsightTable | undefined {
  return insightSections.flatMap((section) => section.tables).find((table) => table.name === name);
}
