import { CollectionsDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CardGrid, CollectionCard } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { Pager } from "../components/pager";
import * as api from "../graphql.server";
import { cursorFrom, loadListing } from "../listing.server";
import { pageMeta } from "../seo";

const PAGE_SIZE = 24;

export async function loader({ request }: LoaderFunctionArgs) {
  // The site asks as the public, which sees public collections only; saying so keeps it that way.
  const { collections } = await loadListing(request, "the collections page", () =>
    api.request(
      CollectionsDocument,
      { first: PAGE_SIZE, after: cursorFrom(request), filter: { visibility: "PUBLIC" } },
      { request },
    ),
  );
  return { collections };
}

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  pageMeta(matches, {
    title: "Collections",
    description: "Resources gathered and put in order by networks and practitioners, to read together.",
    path: "/collections",
  });

export default function Collections() {
  const { collections } = useLoaderData<typeof loader>();
  const total = collections.totalCount;
  return (
    <>
      <Breadcrumbs trail={[]} current="Collections" />
      <h1>Collections</h1>
      <p className="lead">
        Resources chosen and put in order by a network or a practitioner: a starter kit for running an event, a reading
        list for new subject leads, everything one hub has learnt about a theme.
      </p>
      <p className="muted" role="status">
        {total === 1 ? "1 collection" : `${total.toLocaleString("en-GB")} collections`}, most recently changed first
      </p>
      {collections.nodes.length === 0 ? (
        <EmptyState>
          <p>No collections have been shared yet.</p>
        </EmptyState>
      ) : (
        <CardGrid
          items={collections.nodes}
          keyOf={(collection) => collection.slug}
          render={(collection) => <CollectionCard collection={collection} level={2} />}
        />
      )}
      <Pager endCursor={collections.pageInfo.endCursor} hasNextPage={collections.pageInfo.hasNextPage} />
    </>
  );
}
