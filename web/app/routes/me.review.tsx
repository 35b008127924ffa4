import { PublishResourceDocument, RequestResourceChangesDocument, ReviewQueueDocument } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import { CsrfField, FormMessage, TextField } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, requireSession, text, typed, type FormProblem } from "../member/forms.server";
import { SessionEnded } from "../member/session-ended";
import { SessionRenewalFields } from "../member/session-renewal";
import { saveRenewingSession, unlessSessionEnded } from "../member/session-renewal.server";
import { dashboardPath, resourcePath, reviewQueuePath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { formatDate } from "../utils/dates";

export const meta: MetaFunction = () => [
  { title: "Review queue – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const found = await unlessSessionEnded(api.request(ReviewQueueDocument, {}, { request, handleEndedSession: true }));
  const csrf = csrfTokenFor(request);
  // Null when the session has ended: after a post, the comment form as typed; otherwise, sign in again.
  return data({ queue: found?.resources.nodes ?? null, csrfToken: csrf.token }, csrfHeaders(csrf));
}

/** A post that did not go through: which resource, what was typed, and why. */
interface ReviewResult {
  readonly slug: string;
  /** The resource's title, sent with the form, to name it when the queue cannot be shown. */
  readonly title: string;
  readonly comment: string;
  readonly problem: FormProblem;
  /** The session ended while asking for changes: the form asks for the password again. */
  readonly sessionEnded?: boolean;
}

const COMMENT_FIELDS = new Set(["comment"]);

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const slug = text(form, "slug");
  const title = text(form, "title");
  const comment = typed(form, "comment");
  // Approving is a button alone: an ended session simply sends it to sign in and back.
  if (text(form, "intent") === "publish") {
    try {
      await api.request(PublishResourceDocument, { input: { slug } }, { request });
      return redirect(`${reviewQueuePath}?published=${encodeURIComponent(slug)}`);
    } catch (error) {
      return data<ReviewResult>({ slug, title, comment, problem: problemFrom(error, new Set()) }, { status: 400 });
    }
  }
  const outcome = await saveRenewingSession(request, form, COMMENT_FIELDS, (options) =>
    api.request(RequestResourceChangesDocument, { input: { slug, comment: comment.trim() } }, options),
  );
  const { headers } = outcome;
  if ("saved" in outcome) return redirect(`${reviewQueuePath}?returned=${encodeURIComponent(slug)}`, { headers });
  return data<ReviewResult>({ slug, title, comment, ...outcome.unsaved }, { status: outcome.status, headers });
}

/** Sends a resource back to its authors with the moderator's comment. */
function RequestChangesForm({
  item,
  csrfToken,
}: {
  readonly item: { readonly slug: string; readonly title: string };
  readonly csrfToken: string;
}) {
  const posted = useActionData<typeof action>();
  const result = posted?.slug === item.slug ? posted : undefined;
  const problem = result?.problem;
  return (
    <Form method="post" className="form-stack" aria-label={`Request changes to ${item.title}`}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="slug" value={item.slug} />
      <input type="hidden" name="title" value={item.title} />
      {result?.sessionEnded && <SessionRenewalFields action="send it back" />}
      <TextField
        id={`comment-${item.slug}`}
        name="comment"
        label="What should the authors change?"
        multiline={3}
        defaultValue={result?.comment}
        error={problem?.field === "comment" ? problem.message : undefined}
      />
      <div>
        <button type="submit" name="intent" value="changes" className="button--secondary">
          Request changes<span className="visually-hidden"> to {item.title}</span>
        </button>
      </div>
    </Form>
  );
}

export default function ReviewQueue() {
  const { queue, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const published = search.get("published");
  const returned = search.get("returned");
  if (!queue) {
    if (!result) return <SessionEnded returnTo={reviewQueuePath} />;
    return (
      <>
        <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Review queue" />
        <h1>Review queue</h1>
        {!result.problem.field && <FormMessage>{result.problem.message}</FormMessage>}
        <RequestChangesForm item={result} csrfToken={csrfToken} />
      </>
    );
  }
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
              <RequestChangesForm item={item} csrfToken={csrfToken} />
            </article>
          );
        })
      )}
    </>
  );
}
