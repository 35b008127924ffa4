import { SiteSearchSuggestionsDocument, type SearchKind } from "@hub/schema";

import type { HighlightedValue } from "../components/highlighted";
import * as api from "../graphql.server";
import { searchResultPath } from "../paths";

/** A title that matches what was typed: where it leads and how to show it. */
export interface SuggestionItem {
  readonly kind: SearchKind;
  readonly path: string;
  readonly title: HighlightedValue;
}

/**
 * Titles starting like what was typed, among public material. Suggestions only help: when the
 * API refuses them the search itself may still work, so a failure is logged and gives none. The
 * search engine being down (SEARCH_UNAVAILABLE) is thrown, for the caller to say so.
 */
export async function suggestionsFor(prefix: string, request: Request): Promise<SuggestionItem[]> {
  if (!prefix.trim()) return [];
  try {
    const { searchSuggestions } = await api.request(SiteSearchSuggestionsDocument, { prefix }, { request });
    return searchSuggestions.map((suggestion) => ({
      kind: suggestion.kind,
      path: searchResultPath(suggestion.node),
      title: suggestion.title,
    }));
  } catch (error) {
    if (!(error instanceof api.GraphQLRequestError) || error.code === "SEARCH_UNAVAILABLE") throw error;
    console.error(error);
    return [];
  }
}
