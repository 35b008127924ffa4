export { SearchDemandKey, SearchRecord, SearchResultOpened } from "./search-record.entity.js";
export { SearchRecorder, RETENTION_MONTHS, type Searcher, type RecordedSearch } from "./search-recorder.js";
export { SearchDemandResolver } from "./search-demand.resolver.js";
export { SESSION_THRESHOLD } from "./search-demand.types.js";
export { normaliseQuery, storableQuery } from "./search-query.js";
export { importSearches, type ImportedSearch } from "./search-import.js";
export { NetworkInsightResolver } from "./network-insight.resolver.js";
export { ReviewSummaryResolver } from "./review-summary.resolver.js";
