import type { CompareEntitlementVersionsQuery } from "@hub/schema";

import { unitFieldLabels } from "../utils/labels";
import { listInWords } from "../utils/text";
import { DiffList } from "./diff-list";

type Comparison = CompareEntitlementVersionsQuery["compareEntitlementVersions"];

function Changes({ label, added, removed }: { label: string; added: readonly string[]; removed: readonly string[] }) {
  if (added.length === 0 && removed.length === 0) return null;
  return (
    <>
      <p>
        <strong>{label}</strong>
      </p>
      <DiffList added={added} removed={removed} />
    </>
  );
}

/**
 * What changed between two versions of an entitlement: units added, removed and changed, with the
 * knowledge and skills statements in each. The public comparison page and the member's draft editor
 * both show it; `headingLevel` fits it under the page's own headings.
 */
export function EntitlementChanges({
  comparison,
  headingLevel = 2,
  idPrefix = "",
}: {
  readonly comparison: Comparison;
  readonly headingLevel?: 2 | 3;
  /** Prefixes the sections' heading ids, for a page that shows other headings of the same names. */
  readonly idPrefix?: string;
}) {
  const Heading = `h${headingLevel}` as const;
  const UnitHeading = `h${headingLevel + 1}` as "h3" | "h4";
  const nothingChanged =
    comparison.unitsAdded.length + comparison.unitsRemoved.length + comparison.unitsChanged.length === 0;
  return (
    <>
      {nothingChanged && <p>The two versions have the same units, knowledge and skills.</p>}
      {comparison.unitsAdded.length > 0 && (
        <section aria-labelledby={`${idPrefix}added`}>
          <Heading id={`${idPrefix}added`}>Units added</Heading>
          <DiffList added={comparison.unitsAdded} removed={[]} />
        </section>
      )}
      {comparison.unitsRemoved.length > 0 && (
        <section aria-labelledby={`${idPrefix}removed`}>
          <Heading id={`${idPrefix}removed`}>Units removed</Heading>
          <DiffList added={[]} removed={comparison.unitsRemoved} />
        </section>
      )}
      {comparison.unitsChanged.length > 0 && (
        <section aria-labelledby={`${idPrefix}changed`}>
          <Heading id={`${idPrefix}changed`}>Units changed</Heading>
          {comparison.unitsChanged.map((unit) => (
            <div key={unit.title} className="unit">
              <UnitHeading>{unit.title}</UnitHeading>
              {unit.fieldsChanged.length > 0 && (
                <p>Changed: {listInWords(unit.fieldsChanged.map((field) => unitFieldLabels[field] ?? field))}.</p>
              )}
              <Changes label="Knowledge" added={unit.knowledgeAdded} removed={unit.knowledgeRemoved} />
              <Changes label="Skills" added={unit.skillsAdded} removed={unit.skillsRemoved} />
            </div>
          ))}
        </section>
      )}
    </>
  );
}
