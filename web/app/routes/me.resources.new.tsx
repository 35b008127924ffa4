import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { EmptyState } from "../components/empty-state";
import { requireSession } from "../member/forms.server";
import { ResourceEditor } from "../member/resource-editor";
import { editorChoices, EMPTY_VALUES, saveResource } from "../member/resource-editor.server";
import { dashboardPath } from "../paths";
import { verifiedForm } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "New resource – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const { networks, ambitions, csrfToken } = await editorChoices(request);
  return data(
    { networks, ambitions, csrfToken: csrfToken.token },
    csrfToken.setCookie ? { headers: { "Set-Cookie": csrfToken.setCookie } } : undefined,
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  return saveResource(request, form, undefined);
}

export default function NewResource() {
  const { networks, ambitions, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
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
