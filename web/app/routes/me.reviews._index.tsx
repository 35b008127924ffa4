import { HubReviewsDocument } from "@hub/schema";
import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { requireReviewHubs } from "../member/reviews.server";
import {
  dashboardPath,
  editQualityReviewPath,
  importQualityReviewsPath,
  memberReviewsPath,
  newQualityReviewPath,
} from "../paths";
import { qualityReviewKindLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Quality reviews – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const hubs = await requireReviewHubs(request);
  const url = new URL(request.url);
  const chosen = hubs.find((hub) => hub.slug === url.searchParams.get("hub")) ?? hubs[0]!;
  const { network } = await api.request(
    HubReviewsDocument,
    { slug: chosen.slug, after: url.searchParams.get("after") },
    { request },
  );
  if (!network) throw new Response("There is no such hub.", { status: 404 });
  return { hubs, network };
}

export default function QualityReviews() {
  const { hubs, network } = useLoaderData<typeof loader>();
  const reviews = network.qualityReviews;
  const [search] = useSearchParams();
  const imported = search.get("imported");
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Quality reviews" />
      <h1>Quality reviews: {network.name}</h1>
      <p className="lead">
        The reviews your hub has carried out of its schools. Their findings are seen only by each school&rsquo;s staff,
        the hub&rsquo;s moderators and leads, and site administrators.
      </p>
      {imported && <FormMessage tone="success">Imported {imported} findings.</FormMessage>}
      {search.has("deleted") && <FormMessage tone="success">Review deleted, with its findings.</FormMessage>}
      {hubs.length > 1 && (
        <nav aria-label="Hubs">
          <ul className="member-list">
            {hubs.map((hub) => (
              <li key={hub.slug}>
                {hub.slug === network.slug ? (
                  <strong aria-current="page">{hub.name}</strong>
                ) : (
                  <Link to={memberReviewsPath(hub.slug)}>{hub.name}</Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p>
        <Link className="button" to={`${newQualityReviewPath}?hub=${encodeURIComponent(network.slug)}`}>
          Enter a review
        </Link>{" "}
        <Link
          className="button button--secondary"
          to={`${importQualityReviewsPath}?hub=${encodeURIComponent(network.slug)}`}
        >
          Import reviews from CSV
        </Link>
      </p>
      {reviews.totalCount === 0 ? (
        <p>No reviews have been entered for this hub yet.</p>
      ) : (
        <table>
          <caption>{reviews.totalCount === 1 ? "1 review" : `${reviews.totalCount} reviews`}, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">School</th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {reviews.nodes.map((review) => (
              <tr key={review.id}>
                <td>
                  <Link to={editQualityReviewPath(review.id)}>{review.reviewDate}</Link>
                </td>
                <td>
                  {review.school.name} ({review.school.urn})
                </td>
                <td>{qualityReviewKindLabels[review.kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {reviews.pageInfo.hasNextPage && reviews.pageInfo.endCursor && (
        <p>
          <Link to={`${memberReviewsPath(network.slug)}&after=${encodeURIComponent(reviews.pageInfo.endCursor)}`}>
            Older reviews
          </Link>
        </p>
      )}
    </>
  );
}
