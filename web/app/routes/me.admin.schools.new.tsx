import { CreateSchoolDocument, type Phase, type Region } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField, SelectField, TextField, ProblemMessage, errorFrom } from "../components/forms";
import * as api from "../graphql.server";
import { fieldValues, problemFrom, requireAdmin } from "../member/forms.server";
import { dashboardPath, schoolPath } from "../paths";
import { useMember, useVocabulary } from "../root-data";
import { verifiedForm } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "Add a school – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return null;
}

const FIELDS = ["urn", "name", "slug", "phase", "region", "localAuthority", "postcode"] as const;

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  await requireAdmin(request);
  const values = fieldValues(form, FIELDS);
  try {
    const { createSchool } = await api.request(
      CreateSchoolDocument,
      {
        input: {
          ...values,
          phase: values.phase as Phase,
          region: values.region as Region,
          postcode: values.postcode || null,
        },
      },
      { request },
    );
    return redirect(schoolPath(createSchool.school.urn));
  } catch (error) {
    return data({ values, problem: problemFrom(error, new Set(FIELDS)) }, { status: 400 });
  }
}

export default function NewSchool() {
  const result = useActionData<typeof action>();
  const { taxonomy } = useVocabulary();
  const csrfToken = useMember()?.csrfToken ?? "";
  const values = result?.values;
  const errorFor = (field: string) => errorFrom(result?.problem, field);
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Add a school" />
      <h1>Add a school</h1>
      <ProblemMessage problem={result?.problem} />
      <Form method="post" className="form-stack">
        <CsrfField token={csrfToken} />
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
