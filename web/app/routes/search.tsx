import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { pageMeta } from "../seo";

// Search across every kind of content arrives with the search API; until then this page
// keeps the home page's search box from leading nowhere and points to the listings.
export function loader({ request }: LoaderFunctionArgs) {
  return { query: new URL(request.url).searchParams.get("q")?.trim() ?? "" };
}

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, { title: "Search", description: "Search the open library.", path: "/search" }),
  { name: "robots", content: "noindex" },
];

export default function Search() {
  const { query } = useLoaderData<typeof loader>();
  return (
    <div className="prose">
      <Breadcrumbs trail={[]} current="Search" />
      <h1>Search is coming soon</h1>
      {query && (
        <p>
          You searched for <strong>{query}</strong>.
        </p>
      )}
      <p>
        Searching across resources, Areas of Excellence, events and curricula is being built. Meanwhile, every part of
        the library can be browsed and filtered:
      </p>
      <ul>
        <li>
          <Link to="/resources">Resources</Link> by subject, phase, key stage, theme, type and licence
        </li>
        <li>
          <Link to="/excellence">Areas of Excellence</Link> by theme, phase and region
        </li>
        <li>
          <Link to="/events">Upcoming events</Link>
        </li>
        <li>
          <Link to="/curriculum">Curriculum entitlements</Link> by subject and key stage
        </li>
      </ul>
    </div>
  );
}
