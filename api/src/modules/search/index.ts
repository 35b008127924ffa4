export { createMeilisearch, type Meilisearch } from "./meilisearch.js";
