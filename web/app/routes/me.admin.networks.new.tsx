import { CreateNetworkDocument, type NetworkKind, type Region } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import {
  CsrfField,
  FormProblemSummary,
  errorFrom,
  SelectField,
  TextField,
  describedBy,
  FieldError,
  optionsFrom,
} from "../components/forms";
import * as api from "../graphql.server";
import { fieldValues, requireSession } from "../member/forms.server";
import { SessionEnded } from "../member/session-ended";
import { SessionRenewalFields } from "../member/session-renewal";
import { adminFormLoader, saveRenewingSession } from "../member/session-renewal.server";
import { dashboardPath, manageNetworkPath, newNetworkPath } from "../paths";
import { useVocabulary } from "../root-data";
import { verifiedForm } from "../session.server";
import { networkKindLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Add a network – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export const loader = ({ request }: LoaderFunctionArgs) => adminFormLoader(request);

const FIELDS = [
  "kind",
  "name",
  "slug",
  "description",
  "parentSlug",
  "subject",
  "region",
  "moderatorsPublishDirectly",
] as const;

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const values = fieldValues(form, FIELDS);
  const outcome = await saveRenewingSession(request, form, new Set(FIELDS), (options) =>
    api.request(
      CreateNetworkDocument,
      {
        input: {
          kind: values.kind as NetworkKind,
          name: values.name,
          slug: values.slug,
          description: values.description,
          parentSlug: values.parentSlug || null,
          subject: values.subject || null,
          region: (values.region || null) as Region | null,
          moderatorsPublishDirectly: values.moderatorsPublishDirectly === "on",
        },
      },
      options,
    ),
  );
  const { headers } = outcome;
  if ("saved" in outcome) {
    return redirect(`${manageNetworkPath(outcome.saved.createNetwork.network.slug)}?done=created`, { headers });
  }
  return data({ values, ...outcome.unsaved }, { status: outcome.status, headers });
}

export default function NewNetwork() {
  const { sessionEnded, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { taxonomy } = useVocabulary();
  if (sessionEnded && !result) return <SessionEnded returnTo={newNetworkPath} />;
  const values = result?.values;
  const errorFor = (field: string) => errorFrom(result?.problem, field);
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Add a network" />
      <h1>Add a network</h1>
      <p>A new network has no members yet: once it is added, invite its first lead from its management page.</p>
      <FormProblemSummary problem={result?.problem} lead="The network is not added yet:" fieldIdPrefix="" />
      <Form method="post" className="form-stack">
        <CsrfField token={csrfToken} />
        {result?.sessionEnded && <SessionRenewalFields action="add the network" />}
        <SelectField
          id="kind"
          name="kind"
          label="Kind of network"
          options={optionsFrom(networkKindLabels)}
          defaultValue={values?.kind}
          error={errorFor("kind")}
          required
        />
        <TextField id="name" name="name" label="Name" defaultValue={values?.name} error={errorFor("name")} required />
        <TextField
          id="slug"
          name="slug"
          label="Address (slug)"
          hint="Lower-case words joined by hyphens, e.g. cornwall-hub. It becomes part of the network's web address."
          defaultValue={values?.slug}
          error={errorFor("slug")}
          required
        />
        <TextField
          id="description"
          name="description"
          label="Description"
          hint="What the network is for and who belongs to it."
          multiline={5}
          defaultValue={values?.description}
          error={errorFor("description")}
          required
        />
        <TextField
          id="parentSlug"
          name="parentSlug"
          label="Inside network (optional)"
          hint="The slug of the network this one sits inside, e.g. the trust of a subject network."
          defaultValue={values?.parentSlug}
          error={errorFor("parentSlug")}
        />
        <TextField
          id="subject"
          name="subject"
          label="Subject (optional)"
          hint="For a subject network, e.g. History."
          defaultValue={values?.subject}
          error={errorFor("subject")}
        />
        <SelectField
          id="region"
          name="region"
          label="Region (optional)"
          options={taxonomy.regions}
          emptyOption="National, or no one region"
          defaultValue={values?.region}
          error={errorFor("region")}
        />
        <div className={errorFor("moderatorsPublishDirectly") ? "field field--error" : "field"}>
          <FieldError id="moderatorsPublishDirectly" error={errorFor("moderatorsPublishDirectly")} />
          <label>
            <input
              type="checkbox"
              id="moderatorsPublishDirectly"
              name="moderatorsPublishDirectly"
              defaultChecked={values?.moderatorsPublishDirectly === "on"}
              {...describedBy("moderatorsPublishDirectly", { error: errorFor("moderatorsPublishDirectly") })}
            />{" "}
            Moderators may publish their own resources without a separate review
          </label>
        </div>
        <div>
          <button type="submit">Add network</button>
        </div>
      </Form>
    </>
  );
}
