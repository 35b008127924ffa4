import { CompareResourceRevisionsDocument, RestoreResourceRevisionDocument, RevisionBesideDocument } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField, FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { problemFrom, requireSession } from "../member/forms.server";
import { RevisionDiff } from "../member/revision-diff";
import { RevisionByline } from "../member/revision-history";
import { dashboardPath, editResourcePath, resourceRevisionPath } from "../paths";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { slugParam, versionParam } from "../params.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Version ${data.revision.number} of ${data.resource.title} – School Network Hub` : "Version" },
  { name: "robots", content: "noindex" },
];

function notFound(): Response {
  return new Response("There is no such version of a resource you may edit.", { status: 404 });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireSession(request);
  const slug = slugParam(params);
  const number = versionParam(params, "number");
  const { resource, resourceRevision: revision } = await api.request(
    RevisionBesideDocument,
    { slug, number },
    { request },
  );
  const current = resource?.revisions?.nodes[0]?.number;
  if (!resource?.viewerCanEdit || !revision || current === undefined) throw notFound();
  if (resource.slug !== slug) throw redirect(resourceRevisionPath(resource.slug, number));
  const { compareResourceRevisions: changes } =
    number === current
      ? { compareResourceRevisions: [] }
      : await api.request(CompareResourceRevisionsDocument, { slug, from: number, to: current }, { request });
  const csrfToken = csrfTokenFor(request);
  return data(
    { resource, revision, current, changes: changes ?? [], csrfToken: csrfToken.token },
    csrfHeaders(csrfToken),
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  await verifiedForm(request);
  requireSession(request);
  const slug = slugParam(params);
  const number = versionParam(params, "number");
  try {
    const { restoreResourceRevision } = await api.request(
      RestoreResourceRevisionDocument,
      { input: { slug, number } },
      { request },
    );
    const restored = restoreResourceRevision.resource;
    return redirect(`${editResourcePath(restored.slug)}?restored=${number}`);
  } catch (error) {
    return data({ problem: problemFrom(error, new Set()) }, { status: 400 });
  }
}

export default function RevisionPage() {
  const { resource, revision, current, changes, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const isCurrent = revision.number === current;
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: editResourcePath(resource.slug), label: `Edit: ${resource.title}` },
        ]}
        current={`Version ${revision.number}`}
      />
      <h1>
        Version {revision.number} of &ldquo;{resource.title}&rdquo;
      </h1>
      <p>
        Version {revision.number}, <RevisionByline revision={revision} />.
      </p>
      {result?.problem && <FormMessage>{result.problem.message}</FormMessage>}
      {isCurrent ? (
        <p>This is the current version.</p>
      ) : (
        <>
          <h2>
            What changed from version {revision.number} to the current version ({current})
          </h2>
          {changes.length === 0 ? (
            <p>Nothing: the current version says exactly the same.</p>
          ) : (
            <>
              <p className="hint">
                Lines marked + were added since version {revision.number}; lines marked − were in it and are gone now.
              </p>
              <RevisionDiff changes={changes} />
            </>
          )}
          <Form method="post" className="panel" aria-labelledby="restore-heading">
            <h2 id="restore-heading">Restore version {revision.number}</h2>
            <p>
              Restoring saves version {revision.number}&rsquo;s content as a new version. The current version ({current}
              ) stays in the history, so you can come back to it.
            </p>
            <CsrfField token={csrfToken} />
            <button type="submit">Restore version {revision.number}</button>
          </Form>
        </>
      )}
      <p>
        <Link to={editResourcePath(resource.slug)}>Back to the editor</Link>
      </p>
    </>
  );
}
