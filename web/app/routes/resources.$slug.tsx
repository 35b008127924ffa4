import { ResourceBySlugDocument } from "@hub/schema";
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { SITE_NAME } from "../components/site-chrome";
import * as api from "../graphql.server";
import { formatDate } from "../utils/dates";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params["slug"];
  if (!slug) throw new Response(null, { status: 404 });

  const { resource } = await api.request(ResourceBySlugDocument, { slug }, { request }).catch((error: unknown) => {
    // The API answers null for a missing slug, but a NOT_FOUND error means the same to a visitor.
    if (api.isGraphQLErrorCode(error, "NOT_FOUND")) return { resource: null };
    throw error;
  });
  if (!resource) throw new Response(null, { status: 404 });

  return { resource };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: `Page not found – ${SITE_NAME}` }];
  return [{ title: `${data.resource.title} – ${SITE_NAME}` }, { name: "description", content: data.resource.summary }];
};

export default function ResourcePage() {
  const { resource } = useLoaderData<typeof loader>();
  return (
    <article className="resource">
      <p className="breadcrumb">
        <Link to="/">Library</Link>
      </p>
      <h1>{resource.title}</h1>
      <p className="lead">{resource.summary}</p>
      <dl className="resource-dates">
        <div>
          <dt>Published</dt>
          <dd>
            <time dateTime={resource.createdAt}>{formatDate(resource.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Last updated</dt>
          <dd>
            <time dateTime={resource.updatedAt}>{formatDate(resource.updatedAt)}</time>
          </dd>
        </div>
      </dl>
    </article>
  );
}
