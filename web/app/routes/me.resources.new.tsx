import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import { requireSession } from "../member/forms.server";
import { EMPTY_VALUES, ResourceEditor, keepTypedWork } from "../member/resource-editor";
import { editorChoices, saveResource } from "../member/resource-editor.server";
import { dashboardPath, newResourcePath } from "../paths";
import { SessionEnded } from "../member/session-ended";
import { verifiedForm, csrfHeaders } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "New resource – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export const shouldRevalidate = keepTypedWork;

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const { networks, ambitions, csrfToken } = await editorChoices(request);
  return data({ networks, ambitions, csrfToken: csrfToken.token }, csrfHeaders(csrfToken));
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  return saveResource(request, form, undefined);
}

export default function NewResource() {
  const { networks: myNetworks, ambitions, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  // After the session ended mid-edit the API no longer says which networks are ours: keep the one chosen.
  const networks =
    myNetworks ?? (result ? [{ slug: result.values.owningNetworkSlug, name: result.values.owningNetworkSlug }] : null);
  if (!networks) return <SessionEnded returnTo={newResourcePath} />;
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="New resource" />
      <h1>New resource</h1>
      {networks.length === 0 ? (
        <EmptyState>
          <p>
            To publish you need to be a contributor in a network. Ask your network&rsquo;s lead to invite you, then come
            back. <Link to={dashboardPath}>Back to your dashboard</Link>.
          </p>
        </EmptyState>
      ) : (
        <ResourceEditor
          mode="create"
          autosave
          values={result?.values ?? { ...EMPTY_VALUES, owningNetworkSlug: networks[0]?.slug ?? "" }}
          csrfToken={csrfToken}
          networks={networks}
          ambitions={ambitions}
          problem={result?.problem}
          previewHtml={result?.previewHtml}
          sessionEnded={result?.sessionEnded}
        />
      )}
    </>
  );
}
