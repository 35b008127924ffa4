export { createMeilisearch, type Meilisearch } from "./meilisearch.js";
export { Indexer, type DrainResult } from "./indexer.js";
export { SearchOutbox } from "./outbox.entity.js";
export { searchSources, sourceFor } from "./sources.js";
export { indexName, ensureIndex, settled, settingsFor } from "./engine.js";
export type { SearchSource, SearchDocument } from "./source.js";
export { SearchResolver } from "./search.resolver.js";
export { SearchKind } from "./document.js";
export type { SearchClient } from "./search.service.js";
