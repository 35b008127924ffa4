import { Link, useLocation } from "@remix-run/react";

interface PagerProps {
  readonly endCursor: string | null | undefined;
  readonly hasNextPage: boolean;
}

/**
 * Forward paging through a Relay connection with plain links, so it works without JavaScript.
 * The API offers forward cursors only, so "back" is the browser's and "first page" is a link.
 * Other query parameters (the filters) are kept on every page link.
 */
export function Pager({ endCursor, hasNextPage }: PagerProps) {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const isFirstPage = !params.get("after");
  const withCursor = (cursor: string | null) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set("after", cursor);
    else next.delete("after");
    const query = next.toString();
    return query ? `${location.pathname}?${query}` : location.pathname;
  };
  const nextCursor = hasNextPage ? endCursor : null;
  if (isFirstPage && !nextCursor) return null;
  return (
    <nav aria-label="Pages" className="pager">
      {!isFirstPage && <Link to={withCursor(null)}>First page</Link>}
      {nextCursor && (
        <Link to={withCursor(nextCursor)} rel="next">
          Next page
        </Link>
      )}
    </nav>
  );
}
