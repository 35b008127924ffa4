import { SiteSearchDocument } from "@hub/schema";
import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useLocation, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type FormEvent } from "react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { SearchUnavailablePage } from "../components/error-pages";
import { Pager } from "../components/pager";
import { config } from "../config.server";
import { SearchCombobox } from "../components/search-combobox";
import * as api from "../graphql.server";
import { cursorFrom, loadListing } from "../listing.server";
import { ActiveFilters, FacetFilters, FilterDisclosure } from "../search/facets";
import { hitKey, SearchHitCard } from "../search/hit-card";
import { noResultsHelp } from "../search/no-results.server";
import { NoResults } from "../search/no-results";
import { chosenCount, searchPath, searchStateFrom, searchVariables, SORTS } from "../search/search-params";
import { searchUnavailableHeaders } from "../search/unavailable.server";
import { pageMeta } from "../seo";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const state = searchStateFrom(url.searchParams);
  try {
    const { search } = await loadListing(request, "the search page", () =>
      api.request(SiteSearchDocument, searchVariables(state, cursorFrom(request), config.searchResultsPerPage), {
        request,
      }),
    );
    const help = search.totalCount === 0 ? await noResultsHelp(state, request) : null;
    return data({ state, search, help });
  } catch (error) {
    // The search engine is down: this page says so; every other page works without it.
    const headers = searchUnavailableHeaders(error);
    if (!headers) throw error;
    return data({ state, search: null, help: null }, { status: 503, headers });
  }
}

// A page's response carries only the headers this names: the 503's Retry-After among them.
export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const retryAfter = loaderHeaders.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => [
  ...pageMeta(matches, {
    title: data?.search === null ? "Search unavailable" : data?.state.query ? `Search: ${data.state.query}` : "Search",
    description: "Search resources, Areas of Excellence, curriculum entitlements, events, schools and networks.",
    path: data ? searchPath(data.state) : "/search",
  }),
  // Result pages change all the time and repeat the pages they list: keep them out of search engines.
  { name: "robots", content: "noindex" },
];

function countLine(total: number, query: string): string {
  const results = total === 1 ? "1 result" : `${total.toLocaleString("en-GB")} results`;
  return query ? `${results} for “${query}”` : `${results} in the library`;
}

/**
 * Search across every kind of content. The form is a GET form whose fields are the address, so
 * a search can be shared, bookmarked and replayed with the back button, and works without
 * JavaScript. With JavaScript, results follow the typing (debounced; a newer search cancels the
 * one still loading), the box suggests titles, and facets and sort apply as soon as they change.
 */
export default function SearchPage() {
  const { state, search, help } = useLoaderData<typeof loader>();
  if (!search) return <SearchUnavailablePage query={state.query} />;
  return <SearchResults state={state} search={search} help={help} />;
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function SearchResults({ state, search, help }: Loaded & { readonly search: NonNullable<Loaded["search"]> }) {
  const location = useLocation();
  const navigation = useNavigation();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // What typing last searched for, so the box is not overwritten with an older value when it arrives.
  const lastTyped = useRef<string | null>(null);

  // The address changed other than by typing (back, forward, a link): show its words in the box.
  useEffect(() => {
    if (lastTyped.current === state.query) {
      lastTyped.current = null;
      return;
    }
    const input = inputRef.current;
    if (input && input.value.trim() !== state.query) input.value = state.query;
  }, [state.query]);

  // The filters and the sort are drawn anew for each address (keyed on it, below), which takes the
  // focus away from the control just changed: give it back to that control once the results are
  // in, unless the visitor has moved focus somewhere else meanwhile.
  const changedControl = useRef<string | null>(null);
  useEffect(() => {
    const id = changedControl.current;
    changedControl.current = null;
    const focused = document.activeElement;
    if (id && (!focused || focused === document.body)) document.getElementById(id)?.focus();
  }, [location.search]);

  const searchTyped = (value: string) => {
    const form = formRef.current;
    if (!form || value.trim() === state.query) return;
    lastTyped.current = value.trim();
    // Typing refines one search: the first keystrokes add a history entry, the rest replace it.
    submit(form, { replace: state.query !== "", preventScrollReset: true });
  };

  const applyChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target;
    const isFilter =
      (target instanceof HTMLInputElement && target.type === "checkbox") || target instanceof HTMLSelectElement;
    if (!isFilter) return;
    changedControl.current = target.id;
    submit(event.currentTarget, { preventScrollReset: true });
  };

  const loading = navigation.state === "loading" && navigation.location.pathname === "/search";

  return (
    <>
      <Breadcrumbs trail={[]} current="Search" />
      <h1>Search the library</h1>
      <Form method="get" action="/search" ref={formRef} onChange={applyChange} className="search-page">
        <div role="search" aria-label="Search the library" className="search-box">
          <SearchCombobox
            id="search-query"
            name="q"
            label="Search the library"
            defaultValue={state.query}
            inputRef={inputRef}
            onTyped={searchTyped}
          />
          <button type="submit">Search</button>
        </div>
        <div className="with-sidebar">
          {/* Keyed on the address so the checkboxes follow back and forward navigation. */}
          <FilterDisclosure chosen={chosenCount(state)}>
            <FacetFilters key={location.search} facets={search.facets} state={state} />
          </FilterDisclosure>
          <section aria-label="Results" aria-busy={loading} className={loading ? "results is-loading" : "results"}>
            <div className="results__bar">
              <p role="status" className="muted">
                {countLine(search.totalCount, state.query)}
              </p>
              <div className="results__sort">
                <label htmlFor="search-sort">Sort by</label>
                <select id="search-sort" name="sort" defaultValue={state.sort} key={location.search}>
                  {SORTS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <ActiveFilters facets={search.facets} state={state} />
            {help ? (
              <NoResults query={state.query} help={help} />
            ) : (
              <ol className="results__list">
                {search.nodes.map((hit) => (
                  <li key={hitKey(hit)}>
                    <SearchHitCard hit={hit} searchRef={search.searchRef ?? null} />
                  </li>
                ))}
              </ol>
            )}
            <Pager endCursor={search.pageInfo.endCursor} hasNextPage={search.pageInfo.hasNextPage} />
          </section>
        </div>
      </Form>
    </>
  );
}
