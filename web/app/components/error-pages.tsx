import { Link } from "@remix-run/react";

import { SearchBox } from "./search-box";

/** Where a lost visitor can go next: the same on every error page. */
function WaysOn() {
  return (
    <>
      <SearchBox id="error-search" />
      <p>Or browse:</p>
      <ul>
        <li>
          <Link to="/resources">resources</Link> by subject, phase and theme
        </li>
        <li>
          <Link to="/excellence">Areas of Excellence</Link>: schools to learn from
        </li>
        <li>
          <Link to="/curriculum">curriculum entitlements</Link> agreed by subject networks
        </li>
        <li>
          <Link to="/">the home page</Link>
        </li>
      </ul>
    </>
  );
}

export function NotFoundPage() {
  return (
    <div className="prose">
      <h1>We couldn&rsquo;t find that page</h1>
      <p>
        If you typed the web address, check it is correct. If you followed a link, the page may have moved, been taken
        down, or be shared only with members of a network.
      </p>
      <WaysOn />
    </div>
  );
}

interface ErrorPageProps {
  readonly status: number;
  /** A message written for visitors, from a Response the app threw on purpose. */
  readonly detail?: string | undefined;
}

function headingFor(status: number): string {
  if (status === 503) return "The library is unavailable right now";
  // Refusals of a form's body (too large, not a form): the page that sent it was fine.
  if (status === 413 || status === 415) return "We could not accept that form";
  if (status < 500) return "Sorry, we couldn’t show that page";
  return "Sorry, something went wrong";
}

/** Every error other than 404: client errors (4xx) ask the visitor to check the link, server errors reassure. */
export function ErrorPage({ status, detail }: ErrorPageProps) {
  const fallback =
    status < 500
      ? "Please check the link you followed and try again."
      : "The problem is on our side, not yours. Please try again in a few minutes.";
  return (
    <div className="prose">
      <h1>{headingFor(status)}</h1>
      <p>{detail ?? fallback}</p>
      <WaysOn />
      <p className="muted">Error {status}</p>
    </div>
  );
}

/**
 * /search while the search engine is down (a 503 with Retry-After): everything else still works,
 * so the page says what to do meanwhile rather than that the library is down.
 */
export function SearchUnavailablePage({ query }: { readonly query: string }) {
  return (
    <div className="prose">
      <h1>Search is unavailable right now</h1>
      <p>
        {query ? <>We could not search for &ldquo;{query}&rdquo; just now. </> : null}
        Everything in the library is still here, and nothing anyone saved is lost: please try your search again in a
        minute.
      </p>
      <WaysOn />
      <p className="muted">Error 503</p>
    </div>
  );
}
