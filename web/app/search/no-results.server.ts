import { SiteSearchCountDocument } from "@hub/schema";

import * as api from "../graphql.server";
import { hasFilters, searchPath, searchVariables, type SearchState } from "./search-params";
import { suggestionsFor } from "./suggestions.server";

/** Other searches worth offering when one finds nothing, each with the number of hits it has. */
export interface NoResultsHelp {
  /** The same words without the filters. */
  readonly withoutFilters: { readonly path: string; readonly count: number } | null;
  /** Single words of a longer query that find something on their own. */
  readonly words: ReadonlyArray<{ readonly word: string; readonly path: string; readonly count: number }>;
  /** Titles that start like what was typed. */
  readonly titles: ReadonlyArray<{ readonly title: string; readonly path: string }>;
}

/** Words tried one at a time; the longest say most. */
const WORDS_TRIED = 3;

export async function noResultsHelp(state: SearchState, request: Request): Promise<NoResultsHelp> {
  const count = (candidate: SearchState) => {
    const { query, kinds, filter } = searchVariables(candidate, null, 1);
    return api.request(SiteSearchCountDocument, { query, kinds, filter }, { request }).then((d) => d.search.totalCount);
  };
  const words = [...new Set(state.query.toLowerCase().split(/\s+/))]
    .filter((word) => word.length >= 3)
    .sort((a, b) => b.length - a.length)
    .slice(0, WORDS_TRIED);
  const longest = words[0];
  const unfiltered = { ...state, selected: {} };

  const [withoutFilters, wordCounts, suggestions] = await Promise.all([
    hasFilters(state) ? count(unfiltered) : Promise.resolve(0),
    // A single word is the query itself: trying it alone would find nothing new.
    words.length > 1 ? Promise.all(words.map((word) => count({ ...state, query: word }))) : Promise.resolve([]),
    suggestionsFor(longest ?? "", request),
  ]);
  return {
    withoutFilters: withoutFilters > 0 ? { path: searchPath(unfiltered), count: withoutFilters } : null,
    words: words.flatMap((word, index) => {
      const found = wordCounts[index] ?? 0;
      return found > 0 ? [{ word, path: searchPath({ ...state, query: word }), count: found }] : [];
    }),
    titles: suggestions.map((suggestion) => ({ title: suggestion.title.text, path: suggestion.path })),
  };
}
