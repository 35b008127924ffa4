import { resourceSearch } from "../resources/resource.search.js";
import type { SearchSource } from "./source.js";

/** Every kind of searchable thing. A module's source joins search by being listed here. */
export const searchSources: SearchSource[] = [resourceSearch as SearchSource];

export function sourceFor(kind: string): SearchSource | undefined {
  return searchSources.find((source) => source.kind === kind);
}
