import { LibraryResourcesDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { SITE_NAME } from "../components/site-chrome";
import * as api from "../graphql.server";
import { formatDate } from "../utils/dates";

const PAGE_SIZE = 20;

export async function loader({ request }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get("after") || null;

  const { resources } = await api
    .request(LibraryResourcesDocument, { first: PAGE_SIZE, after }, { request })
    .catch((error: unknown) => {
      // A cursor from an old or edited link is the visitor's problem to fix, not a server fault.
      if (after && api.isGraphQLErrorCode(error, "BAD_USER_INPUT")) {
        throw new Response("That page link is out of date. Start again from the first page of the library.", {
          status: 400,
        });
      }
      throw error;
    });

  return { resources, isFirstPage: after === null };
}

export const meta: MetaFunction = () => [
  { title: `Library – ${SITE_NAME}` },
  {
    name: "description",
    content: "Guides, toolkits and case studies shared openly by England's school networks.",
  },
];

export default function LibraryIndex() {
  const { resources, isFirstPage } = useLoaderData<typeof loader>();
  const { totalCount, nodes, pageInfo } = resources;
  const nextCursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;

  return (
    <>
      <h1>Library</h1>
      <p className="lead">Guides, toolkits and case studies shared openly by England&rsquo;s school networks.</p>
      <p className="muted">
        {totalCount === 1 ? "1 resource" : `${totalCount.toLocaleString("en-GB")} resources`}, newest first
      </p>

      {nodes.length === 0 ? (
        <p className="empty-state">
          {isFirstPage ? "There are no resources in the library yet." : "There are no more resources."}
        </p>
      ) : (
        <ol className="resource-list">
          {nodes.map((resource) => (
            <li key={resource.slug} className="resource-card">
              <h2>
                <Link to={`/resources/${encodeURIComponent(resource.slug)}`}>{resource.title}</Link>
              </h2>
              <p>{resource.summary}</p>
              <p className="muted">
                Updated <time dateTime={resource.updatedAt}>{formatDate(resource.updatedAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}

      {/* Plain links page through with or without JavaScript; the API offers forward cursors only. */}
      {(!isFirstPage || nextCursor) && (
        <nav aria-label="Pages" className="pager">
          {!isFirstPage && <Link to="/">First page</Link>}
          {nextCursor && (
            <Link to={`/?${new URLSearchParams({ after: nextCursor }).toString()}`} rel="next">
              Next page
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
