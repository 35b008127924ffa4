/**
 * Findings quoted per theme and kind: enough to show what a theme means here,
 * few enough to read. Apart from the service so the query cost limits can
 * price `ReviewSummaryTheme.quotes` at this length.
 */
export const QUOTES_PER_THEME = 3;
