import { Link } from "@remix-run/react";

import { EmptyState } from "../components/empty-state";
import type { NoResultsHelp } from "./no-results.server";

const results = (count: number) => (count === 1 ? "1 result" : `${count.toLocaleString("en-GB")} results`);

/** What to try when a search finds nothing: fewer filters, fewer words, a title that matches, or browsing. */
export function NoResults({ query, help }: { readonly query: string; readonly help: NoResultsHelp }) {
  return (
    <EmptyState>
      <h2>{query ? <>Nothing matches &ldquo;{query}&rdquo;</> : <>Nothing matches these filters</>}</h2>
      {(help.withoutFilters || help.words.length > 0) && (
        <>
          <p>These searches find something:</p>
          <ul>
            {help.withoutFilters && (
              <li>
                <Link to={help.withoutFilters.path}>
                  {query ? <>&ldquo;{query}&rdquo; without the filters</> : "Everything, without the filters"}
                </Link>{" "}
                ({results(help.withoutFilters.count)})
              </li>
            )}
            {help.words.map((word) => (
              <li key={word.word}>
                <Link to={word.path}>&ldquo;{word.word}&rdquo; on its own</Link> ({results(word.count)})
              </li>
            ))}
          </ul>
        </>
      )}
      {help.titles.length > 0 && (
        <>
          <p>Were you looking for one of these?</p>
          <ul>
            {help.titles.map((title) => (
              <li key={title.path}>
                <Link to={title.path}>{title.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        Search forgives small spelling mistakes and knows the sector&rsquo;s abbreviations (KS2, SEND, NPQ). You could
        also:
      </p>
      <ul>
        <li>use fewer or more general words, such as &ldquo;phonics&rdquo; rather than a full sentence;</li>
        <li>remove a filter, or choose more values within one;</li>
        <li>
          browse <Link to="/resources">resources</Link>, <Link to="/excellence">Areas of Excellence</Link>,{" "}
          <Link to="/events">events</Link> or the <Link to="/curriculum">curriculum</Link>.
        </li>
      </ul>
    </EmptyState>
  );
}
