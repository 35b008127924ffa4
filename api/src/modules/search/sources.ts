import { resourceSearch } from "../resources/resource.search.js";
import { areaOfExcellenceSearch, eventSearch } from "../excellence/excellence.search.js";
import { curriculumSearch } from "../curriculum/curriculum.search.js";
import { networkSearch, schoolSearch } from "../organisations/organisation.search.js";
import type { SearchKind } from "./document.js";
import type { SearchSource } from "./source.js";

/** Every kind of searchable thing. A module's source joins search by being listed here. */
export const searchSources: SearchSource[] = [
  resourceSearch as SearchSource,
  areaOfExcellenceSearch as SearchSource,
  curriculumSearch as SearchSource,
  eventSearch as SearchSource,
  schoolSearch as SearchSource,
  networkSearch as SearchSource,
];

export function sourceFor(kind: string): SearchSource | undefined {
  return searchSources.find((source) => source.kind === kind);
}

export function sourceOfKind(kind: SearchKind): SearchSource {
  return searchSources.find((source) => source.searchKind === kind)!;
}
