import { CollectionBySlugDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { ResourceCard } from "../components/cards";
import { EmptyState } from "../components/empty-state";
import { Pager } from "../components/pager";
import * as api from "../graphql.server";
import { cursorFrom, loadListing } from "../listing.server";
import { collectionPath, networkPath } from "../paths";
import { rootDataFrom } from "../root-data";
import { pageMeta } from "../seo";
import { formatDate } from "../utils/dates";
import { plainExcerpt } from "../utils/text";
import { slugParam } from "../params.server";

const PAGE_SIZE = 50;

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = slugParam(params);
  const { collection } = await loadListing(request, collectionPath(slug), () =>
    api.request(CollectionBySlugDocument, { slug, first: PAGE_SIZE, after: cursorFrom(request) }, { request }),
  );
  if (!collection) throw new Response(null, { status: 404 });
  return { collection };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  const { collection } = data;
  const path = collectionPath(collection.slug);
  const url = `${rootDataFrom(matches)?.origin ?? ""}${path}`;
  const description = plainExcerpt(collection.description, 300) || `A collection of resources: ${collection.title}.`;
  return pageMeta(matches, {
    title: collection.title,
    description,
    path,
    jsonLd: {
      "@type": "Collection",
      "@id": url,
      url,
      name: collection.title,
      description,
      dateModified: collection.updatedAt,
      collectionSize: collection.items.totalCount,
    },
  });
};

export default function CollectionPage() {
  const { collection } = useLoaderData<typeof loader>();
  const { items } = collection;
  return (
    <>
      <Breadcrumbs trail={[{ to: "/collections", label: "Collections" }]} current={collection.title} />
      <p className="card__kind">Collection</p>
      <h1>{collection.title}</h1>
      <p className="muted">
        {collection.owningNetwork ? (
          <>
            Curated by <Link to={networkPath(collection.owningNetwork.slug)}>{collection.owningNetwork.name}</Link>
          </>
        ) : (
          collection.owner && <>Curated by {collection.owner.name}</>
        )}
        {" · "}
        updated <time dateTime={collection.updatedAt}>{formatDate(collection.updatedAt)}</time>
      </p>
      {/* Sanitised by the API when it renders the Markdown, so it is safe to insert. */}
      <div className="body-html" dangerouslySetInnerHTML={{ __html: collection.descriptionHtml }} />

      <section aria-labelledby="in-this-collection">
        <h2 id="in-this-collection">
          {items.totalCount === 1 ? "1 resource" : `${items.totalCount} resources`}, in the order to read them
        </h2>
        {items.nodes.length === 0 ? (
          <EmptyState>
            <p>There is nothing in this collection you can see yet.</p>
          </EmptyState>
        ) : (
          <ol className="collection-items" start={items.nodes[0]?.position}>
            {items.nodes.map((item) => (
              <li key={item.resource.slug}>
                <ResourceCard resource={item.resource} />
              </li>
            ))}
          </ol>
        )}
        <Pager endCursor={items.pageInfo.endCursor} hasNextPage={items.pageInfo.hasNextPage} />
      </section>
    </>
  );
}
