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
 * API cannot give them the search itself still works, so a failure is logged and gives none.
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
    if (!(error instanceof api.GraphQLRequestError)) throw error;
    console.error(error);
    return [];
  }
}
