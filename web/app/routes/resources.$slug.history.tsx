import { ResourceHistoryDocument } from "@hub/schema";
import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import * as api from "../graphql.server";
import { resourcePath } from "../paths";
import { pageMeta } from "../seo";
import { formatDate } from "../utils/dates";
import { slugParam } from "../params.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = slugParam(params);
  const { resource } = await api.request(ResourceHistoryDocument, { slug }, { request });
  if (!resource) throw new Response(null, { status: 404 });
  if (resource.slug !== slug) throw redirect(`${resourcePath(resource.slug)}/history`, 301);
  return { resource };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [];
  return [
    ...pageMeta(matches, {
      title: `History of ${data.resource.title}`,
      description: `When “${data.resource.title}” was published and changed.`,
      path: `${resourcePath(data.resource.slug)}/history`,
    }),
    { name: "robots", content: "noindex" },
  ];
};

export default function ResourceHistory() {
  const { resource } = useLoaderData<typeof loader>();
  const revisions = resource.revisions;
  return (
    <div className="prose">
      <Breadcrumbs
        trail={[
          { to: "/resources", label: "Resources" },
          { to: resourcePath(resource.slug), label: resource.title },
        ]}
        current="History"
      />
      <h1>History of &ldquo;{resource.title}&rdquo;</h1>
      <dl className="facts">
        <div>
          <dt>First drafted</dt>
          <dd>
            <time dateTime={resource.createdAt}>{formatDate(resource.createdAt)}</time>
          </dd>
        </div>
        {resource.publishedAt && (
          <div>
            <dt>Published</dt>
            <dd>
              <time dateTime={resource.publishedAt}>{formatDate(resource.publishedAt)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>Last updated</dt>
          <dd>
            <time dateTime={resource.updatedAt}>{formatDate(resource.updatedAt)}</time>
          </dd>
        </div>
      </dl>
      {revisions ? (
        <>
          <h2>Saved versions</h2>
          <ol reversed>
            {revisions.nodes.map((revision) => (
              <li key={revision.number}>
                Version {revision.number}, <time dateTime={revision.createdAt}>{formatDate(revision.createdAt)}</time>
                {revision.author && <> by {revision.author.name}</>}
                {revision.message && <>: {revision.message}</>}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="notice">
          Each saved version, with who changed what, is shown to the resource&rsquo;s authors and its network&rsquo;s
          moderators. The page you can read is always the latest published version.
        </p>
      )}
      <p>
        <Link to={resourcePath(resource.slug)}>Back to the resource</Link>
      </p>
    </div>
  );
}
