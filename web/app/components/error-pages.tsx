import { Link } from "@remix-run/react";

export function NotFoundPage() {
  return (
    <>
      <h1>We couldn&rsquo;t find that page</h1>
      <p>
        If you typed the web address, check it is correct. If you followed a link, the page may have moved or been taken
        down.
      </p>
      <p>
        <Link to="/">Browse the library</Link> to find resources by title, newest first.
      </p>
    </>
  );
}

interface ErrorPageProps {
  readonly status: number;
  /** A message written for visitors, from a Response the app threw on purpose. */
  readonly detail?: string | undefined;
}

function headingFor(status: number): string {
  if (status === 503) return "The library is unavailable right now";
  if (status < 500) return "Sorry, we couldn’t show that page";
  return "Sorry, something went wrong";
}

/** Every error other than 404: client errors (4xx) ask the visitor to check the link, server errors reassure. */
export function ErrorPage({ status, detail }: ErrorPageProps) {
  const fallback =
    status < 500
      ? "Please check the link you followed and try again."
      : "The problem is on our side, not yours. Please try again later.";
  return (
    <>
      <h1>{headingFor(status)}</h1>
      <p>{detail ?? fallback}</p>
      <p>
        <Link to="/">Return to the library</Link>
      </p>
      <p className="muted">Error {status}</p>
    </>
  );
}
