import {
  ExcellenceReviewQueueDocument,
  RenewAreaOfExcellenceDocument,
  ValidateAreaOfExcellenceDocument,
  type ExcellenceReviewItemFragment,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import { CsrfField, FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, requireSession, text } from "../member/forms.server";
import { aoePath, aoeReviewPath, dashboardPath, schoolPath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { formatDate } from "../utils/dates";
import { reviewKindLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Areas of Excellence to review – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const queue = await api.request(ExcellenceReviewQueueDocument, {}, { request });
  const csrf = csrfTokenFor(request);
  return data({ ...queue, csrfToken: csrf.token }, csrfHeaders(csrf));
}

/** Validate (a proposal, or one that lapsed) or renew (one still valid): the review actions the API offers. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const slug = text(form, "slug");
  const intent = text(form, "intent");
  try {
    if (intent === "renew") {
      await api.request(RenewAreaOfExcellenceDocument, { input: { slug } }, { request });
      return redirect(`${aoeReviewPath}?renewed=${encodeURIComponent(slug)}`);
    }
    await api.request(ValidateAreaOfExcellenceDocument, { input: { slug } }, { request });
    return redirect(`${aoeReviewPath}?validated=${encodeURIComponent(slug)}`);
  } catch (error) {
    return data({ slug, problem: problemFrom(error, new Set()) }, { status: 400 });
  }
}

function ReviewItem({
  item,
  csrfToken,
  review,
  children,
}: {
  readonly item: ExcellenceReviewItemFragment;
  readonly csrfToken: string;
  readonly review: { intent: "validate" | "renew"; label: string };
  readonly children?: ReactNode;
}) {
  const result = useActionData<typeof action>();
  const headingId = `aoe-${item.slug}`;
  return (
    <article className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={aoePath(item.slug)}>{item.title}</Link>
      </h3>
      <p className="muted">
        <Link to={schoolPath(item.school.urn)}>{item.school.name}</Link> · {reviewKindLabels[item.sourceReview]},{" "}
        {formatDate(item.reviewDate)} · contact {item.contact.name}
        {item.expiresAt && <> · recognised until {formatDate(item.expiresAt)}</>}
      </p>
      <p>{item.summary}</p>
      {children}
      {result?.slug === item.slug && <FormMessage>{result.problem.message}</FormMessage>}
      <Form method="post" aria-label={`${review.label}: ${item.title}`}>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="slug" value={item.slug} />
        <button type="submit" name="intent" value={review.intent}>
          {review.label}
        </button>
      </Form>
    </article>
  );
}

export default function ExcellenceReview() {
  const { proposed, expired, validated, csrfToken } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const validatedSlug = search.get("validated");
  const renewedSlug = search.get("renewed");
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Areas of Excellence to review" />
      <h1>Areas of Excellence to review</h1>
      <p className="lead">
        Proposals from the schools of the hubs you moderate. Validating one makes it public for three years; renewing
        one starts its three years again from today.
      </p>
      {validatedSlug && (
        <FormMessage tone="success">
          Validated: it is now public. <Link to={aoePath(validatedSlug)}>See it as visitors do</Link>.
        </FormMessage>
      )}
      {renewedSlug && <FormMessage tone="success">Renewed for another three years.</FormMessage>}
      <section aria-labelledby="proposed-heading">
        <h2 id="proposed-heading">Waiting for validation ({proposed.nodes.length})</h2>
        {proposed.nodes.length === 0 ? (
          <EmptyState>
            <p>No proposals are waiting.</p>
          </EmptyState>
        ) : (
          proposed.nodes.map((item) => (
            <ReviewItem
              key={item.slug}
              item={item}
              csrfToken={csrfToken}
              review={{ intent: "validate", label: "Validate" }}
            >
              <details>
                <summary>Read the evidence</summary>
                <div className="prose">
                  {item.evidence.split(/\n{2,}/).map((paragraph, index) => (
                    <p key={index}>{paragraph}</p>
                  ))}
                </div>
              </details>
            </ReviewItem>
          ))
        )}
      </section>
      <section aria-labelledby="expired-heading">
        <h2 id="expired-heading">Lapsed ({expired.nodes.length})</h2>
        {expired.nodes.length === 0 ? (
          <p>None has lapsed.</p>
        ) : (
          expired.nodes.map((item) => (
            <ReviewItem
              key={item.slug}
              item={item}
              csrfToken={csrfToken}
              review={{ intent: "validate", label: "Validate again" }}
            />
          ))
        )}
      </section>
      <section aria-labelledby="validated-heading">
        <h2 id="validated-heading">Validated ({validated.nodes.length})</h2>
        {validated.nodes.length === 0 ? (
          <p>None is validated yet.</p>
        ) : (
          validated.nodes.map((item) => (
            <ReviewItem
              key={item.slug}
              item={item}
              csrfToken={csrfToken}
              review={{ intent: "renew", label: "Renew" }}
            />
          ))
        )}
      </section>
    </>
  );
}
