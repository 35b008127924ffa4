import { ResourceForEditingDocument } from "@hub/schema";
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation, useParams, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { useFocusOnFragment } from "../components/confirm-removal";
import { FormMessage } from "../components/forms";
import * as api from "../graphql.server";
import { requireSession } from "../member/forms.server";

import { AttachmentsEditor } from "../member/attachments-editor";
import { changeAttachments, isAttachmentIntent } from "../member/attachments.server";
import { ResourceEditor, keepTypedWork } from "../member/resource-editor";
import { RevisionHistory } from "../member/revision-history";
import { editorChoices, saveResource, valuesFromResource } from "../member/resource-editor.server";
import { dashboardPath, editResourcePath, resourcePath } from "../paths";
import { SessionEnded } from "../member/session-ended";
import { verifiedForm, csrfHeaders } from "../session.server";
import { resourceStatusLabels } from "../utils/labels";
import { slugParam } from "../params.server";

export const meta: MetaFunction = () => [
  { title: "Edit resource – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export const shouldRevalidate = keepTypedWork;

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireSession(request);
  const slug = slugParam(params);
  const [found, { networks, ambitions, csrfToken }] = await Promise.all([
    api.request(ResourceForEditingDocument, { slug }, { request, handleEndedSession: true }).catch((error: unknown) => {
      // The page (or the post that failed for this reason) offers to sign in again.
      if (api.isGraphQLErrorCode(error, "UNAUTHENTICATED")) return null;
      throw error;
    }),
    editorChoices(request),
  ]);
  const resource = found?.resource ?? null;
  if (found && (!resource || !resource.viewerCanEdit)) {
    throw new Response("There is no resource here that you may edit.", { status: 404 });
  }
  return data(
    {
      resource,
      values: resource ? valuesFromResource(resource) : null,
      networks: networks ?? [],
      ambitions,
      csrfToken: csrfToken.token,
    },
    csrfHeaders(csrfToken),
  );
}

export async function action({ request, params }: ActionFunctionArgs) {
  // The resource's form and the attachments' forms post here; only the latter carry files.
  const form = await verifiedForm(request, { files: true });
  const slug = slugParam(params);
  return isAttachmentIntent(form) ? changeAttachments(request, form, slug) : saveResource(request, form, slug);
}

export default function EditResource() {
  const { resource, values, networks, ambitions, csrfToken } = useLoaderData<typeof loader>();
  const params = useParams();
  const posted = useActionData<typeof action>();
  // The resource's form and the files' forms post to the same action; each shows its own answer.
  const result = posted && "values" in posted ? posted : undefined;
  const attachmentResult = posted && "attachmentProblem" in posted ? posted : undefined;
  const [search] = useSearchParams();
  const location = useLocation();
  // Keep it, under a file's removal question, returns focus to that file's Remove link.
  useFocusOnFragment();
  const shown = result?.values ?? values;
  if (!shown) return <SessionEnded returnTo={editResourcePath(params["slug"] ?? "")} />;
  const notice = (
    <>
      {search.get("saved") && !result && <FormMessage tone="success">Saved.</FormMessage>}
      {search.get("restored") && !result && (
        <FormMessage tone="success">
          Version {search.get("restored")} is restored as the current version. The version it replaced is kept in the
          history below.
        </FormMessage>
      )}
      {resource?.reviewComment && (
        <div className="notice" role="note">
          <strong>A moderator asked for changes:</strong> {resource.reviewComment}
        </div>
      )}
    </>
  );
  return (
    <>
      <Breadcrumbs
        trail={[{ to: dashboardPath, label: "Your dashboard" }]}
        current={`Edit: ${resource?.title ?? shown.title}`}
      />
      <h1>Edit: {resource?.title ?? shown.title}</h1>
      {resource && (
        <p>
          Status: <strong>{resourceStatusLabels[resource.status]}</strong> · Network:{" "}
          {resource.owningNetwork?.name ?? "none"}
          {resource.status === "PUBLISHED" && (
            <>
              {" "}
              · <Link to={resourcePath(resource.slug)}>View the published page</Link>
            </>
          )}
        </p>
      )}
      <ResourceEditor
        mode="edit"
        values={shown}
        csrfToken={csrfToken}
        networks={networks}
        ambitions={ambitions}
        problem={result?.problem}
        previewHtml={result?.previewHtml}
        sessionEnded={result?.sessionEnded}
        notice={notice}
        autosave={resource?.status === "DRAFT"}
        savedSlug={resource?.slug ?? params["slug"]}
      />
      {resource && (
        <AttachmentsEditor
          attachments={resource.attachments}
          csrfToken={csrfToken}
          result={attachmentResult}
          notice={attachmentResult ? null : search.get("files")}
          formKey={location.key}
          editPath={editResourcePath(resource.slug)}
          confirmingRemoval={search.get("removeFile")}
        />
      )}
      {resource?.revisions && <RevisionHistory slug={resource.slug} revisions={resource.revisions} />}
    </>
  );
}
