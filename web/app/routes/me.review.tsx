import { PublishResourceDocument, RequestResourceChangesDocument, ReviewQueueDocument } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import { CsrfField, FormMessage, TextField } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, requireSession, text } from "../member/forms.server";
import { dashboardPath, resourcePath, reviewQueuePath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { formatDate } from "../utils/dates";

export const meta: MetaFunction = () => [
  { title: "Review queue – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const { resources } = await api.request(ReviewQueueDocument, {}, { request });
  const csrf = csrfTokenFor(request);
  return data({ queue: resources.nodes, csrfToken: csrf.token }, csrfHeaders(csrf));
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  const slug = text(form, "slug");
  const comment = text(form, "comment");
  try {
    if (text(form, "intent") === "publish") {
      await api.request(PublishResourceDocument, { input: { slug } }, { request });
      return redirect(`${reviewQueuePath}?published=${encodeURIComponent(slug)}`);
    }
    await api.request(RequestResourceChangesDocument, { input: { slug, comment } }, { request });
    return redirect(`${reviewQueuePath}?returned=${encodeURIComponent(slug)}`);
  } catch (error) {
    return data({ slug, comment, problem: problemFrom(error, new Set(["comment"])) }, { status: 400 });
  }
}

export default function ReviewQueue() {
  const { queue, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const published = search.get("published");
  const returned = search.get("returned");
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Review queue" />
      <h1>Review queue</h1>
      <p className="lead">Resources waiting for review in the networks you moderate, oldest change last.</p>
      {published && (
        <FormMessage tone="success">
          Published: <Link to={resourcePath(published)}>see it as readers do</Link>.
        </FormMessage>
      )}
      {returned && <FormMessage tone="success">Sent back to its authors with your comment.</FormMessage>}
      {queue.length === 0 ? (
        <EmptyState>
          <p>Nothing is waiting for review.</p>
        </EmptyState>
      ) : (
        queue.map((item) => {
          const headingId = `review-${item.slug}`;
          const problem = result?.slug === item.slug ? result.problem : undefined;
          return (
            <article key={item.id} className="panel" aria-labelledby={headingId}>
              <h2 id={headingId}>{item.title}</h2>
              <p className="muted">
                By {item.authors.map((author) => author.name).join(", ") || "unknown"} · {item.owningNetwork?.name} ·{" "}
                {item.licenceLabel} · changed {formatDate(item.updatedAt)}
              </p>
              <p>{item.summary}</p>
              <details>
                <summary>Read the whole resource</summary>
                <div className="body-html" dangerouslySetInnerHTML={{ __html: item.bodyHtml }} />
              </details>
              {problem && !problem.field && <FormMessage>{problem.message}</FormMessage>}
              <Form method="post" aria-label={`Approve ${item.title}`}>
                <CsrfField token={csrfToken} />
                <input type="hidden" name="slug" value={item.slug} />
                <button type="submit" name="intent" value="publish">
                  Approve and publish
                </button>
              </Form>
              <Form method="post" className="form-stack" aria-label={`Request changes to ${item.title}`}>
                <CsrfField token={csrfToken} />
                <input type="hidden" name="slug" value={item.slug} />
                <TextField
                  id={`comment-${item.slug}`}
                  name="comment"
                  label="What should the authors change?"
                  multiline={3}
                  defaultValue={result?.slug === item.slug ? result.comment : undefined}
                  error={problem?.field === "comment" ? problem.message : undefined}
                />
                <div>
                  <button type="submit" name="intent" value="changes" className="button--secondary">
                    Request changes
                  </button>
                </div>
              </Form>
            </article>
          );
        })
      )}
    </>
  );
}
