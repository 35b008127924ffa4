import { CreateSchoolDocument, type Phase, type Region } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField, SelectField, TextField, FormProblemSummary, errorFrom } from "../components/forms";
import * as api from "../graphql.server";
import { fieldValues, requireSession } from "../member/forms.server";
import { SessionEnded } from "../member/session-ended";
import { SessionRenewalFields } from "../member/session-renewal";
import { adminFormLoader, saveRenewingSession } from "../member/session-renewal.server";
import { dashboardPath, newSchoolPath, schoolPath } from "../paths";
import { useVocabulary } from "../root-data";
import { verifiedForm } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "Add a school – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export const loader = ({ request }: LoaderFunctionArgs) => adminFormLoader(request);

const FIELDS = ["urn", "name", "slug", "phase", "region", "localAuthority", "postcode"] as const;

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const values = fieldValues(form, FIELDS);
  const outcome = await saveRenewingSession(request, form, new Set(FIELDS), (options) =>
    api.request(
      CreateSchoolDocument,
      {
        input: {
          ...values,
          phase: values.phase as Phase,
          region: values.region as Region,
          postcode: values.postcode || null,
        },
      },
      options,
    ),
  );
  const { headers } = outcome;
  if ("saved" in outcome) return redirect(schoolPath(outcome.saved.createSchool.school.urn), { headers });
  return data({ values, ...outcome.unsaved }, { status: outcome.status, headers });
}

export default function NewSchool() {
  const { sessionEnded, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { taxonomy } = useVocabulary();
  if (sessionEnded && !result) return <SessionEnded returnTo={newSchoolPath} />;
  const values = result?.values;
  const errorFor = (field: string) => errorFrom(result?.problem, field);
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Add a school" />
      <h1>Add a school</h1>
      <FormProblemSummary problem={result?.problem} lead="The school is not added yet:" fieldIdPrefix="" />
      <Form method="post" className="form-stack">
        <CsrfField token={csrfToken} />
        {result?.sessionEnded && <SessionRenewalFields action="add the school" />}
        <TextField
          id="urn"
          name="urn"
          label="URN"
          hint="The school's unique reference number: six digits."
          defaultValue={values?.urn}
          error={errorFor("urn")}
          required
        />
        <TextField id="name" name="name" label="Name" defaultValue={values?.name} error={errorFor("name")} required />
        <TextField
          id="slug"
          name="slug"
          label="Address (slug)"
          hint="Lower-case words joined by hyphens, e.g. camden-primary-school."
          defaultValue={values?.slug}
          error={errorFor("slug")}
          required
        />
        <SelectField
          id="phase"
          name="phase"
          label="Phase"
          options={taxonomy.phases}
          defaultValue={values?.phase}
          error={errorFor("phase")}
          required
        />
        <SelectField
          id="region"
          name="region"
          label="Region"
          options={taxonomy.regions}
          defaultValue={values?.region}
          error={errorFor("region")}
          required
        />
        <TextField
          id="localAuthority"
          name="localAuthority"
          label="Local authority"
          defaultValue={values?.localAuthority}
          error={errorFor("localAuthority")}
          required
        />
        <TextField
          id="postcode"
          name="postcode"
          label="Postcode (optional)"
          hint="For example SW1A 1AA."
          autoComplete="postal-code"
          defaultValue={values?.postcode}
          error={errorFor("postcode")}
        />
        <div>
          <button type="submit">Add school</button>
        </div>
      </Form>
    </>
  );
}
