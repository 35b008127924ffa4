/**
 * How many findings a review and how many themes a finding may have: checked
 * on every way in (the mutations and the CSV import), and apart from the rest
 * so the query cost limits can price `QualityReview.findings` and
 * `ReviewFinding.themes` at these lengths.
 */
export const MAX_FINDINGS = 50;
export const MAX_FINDING_THEMES = 10;
