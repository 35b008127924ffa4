import { ImportQualityReviewsDocument, type ImportQualityReviewsMutation } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import {
  CsrfField,
  FormMessage,
  FormProblemSummary,
  LabelledField,
  TextField,
  describedBy,
  errorFrom,
} from "../components/forms";
import * as api from "../graphql.server";
import { requireSession, text, typed } from "../member/forms.server";
import { ReviewHubField } from "../member/review-hub-field";
import { reviewFormLoader } from "../member/reviews.server";
import { SessionRenewalFields } from "../member/session-renewal";
import { saveRenewingSession, type UnsavedPost } from "../member/session-renewal.server";
import { dashboardPath, memberReviewsPath } from "../paths";
import { verifiedForm } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "Import quality reviews – School Network Hub" },
  { name: "robots", content: "noindex" },
];

/** The columns the API expects, in order (see the README's quality reviews section). */
const HEADER = "school_urn,review_kind,review_date,finding_kind,themes,phase,key_stage,subject,text";

type Report = ImportQualityReviewsMutation["importQualityReviews"];

interface ImportResult extends Partial<UnsavedPost> {
  readonly values: { hubSlug: string; csv: string };
  readonly report?: Report;
}

export const loader = ({ request }: LoaderFunctionArgs) => reviewFormLoader(request);

/**
 * The CSV posted: an uploaded file when one was chosen, else the pasted text. A file is decoded as
 * UTF-8 without refusing bad bytes, so the API's report can point at the line they are on.
 */
async function csvFrom(form: FormData): Promise<string> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) return new TextDecoder("utf-8").decode(await file.arrayBuffer());
  return typed(form, "csv");
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const values = { hubSlug: text(form, "hubSlug"), csv: await csvFrom(form) };
  const dryRun = text(form, "intent") !== "import";
  const result = await saveRenewingSession(request, form, new Set(["hubSlug", "csv"]), async (options) => {
    const { importQualityReviews } = await api.request(
      ImportQualityReviewsDocument,
      { input: { hubSlug: values.hubSlug, csv: values.csv, dryRun } },
      options,
    );
    return importQualityReviews;
  });
  if (!("saved" in result)) {
    return data<ImportResult>({ values, ...result.unsaved }, { status: result.status, headers: result.headers });
  }
  const report = result.saved;
  if (report.imported) {
    const done = `${memberReviewsPath(values.hubSlug)}&imported=${report.findingCount}`;
    return redirect(done, { headers: result.headers });
  }
  return data<ImportResult>({ values, report }, { headers: result.headers });
}

export default function ImportQualityReviews() {
  const { hubs, hub, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values = result?.values ?? { hubSlug: hub, csv: "" };
  const report = result?.report;
  const errorFor = (field: string) => errorFrom(result?.problem, field);
  const hubName = hubs.find((choice) => choice.slug === values.hubSlug)?.name ?? values.hubSlug;
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: memberReviewsPath(values.hubSlug), label: "Quality reviews" },
        ]}
        current="Import from CSV"
      />
      <h1>Import quality reviews from CSV</h1>
      <p className="lead">
        One row a finding. Rows with the same school, kind and date make one review. Check the file first: nothing is
        imported until every row is good.
      </p>
      <p>
        The first line must be exactly <code>{HEADER}</code>. Themes are slugs separated by <code>;</code>; phase, key
        stage and subject may be empty. Save the file as &lsquo;CSV UTF-8&rsquo;.
      </p>
      {report && report.problems.length > 0 && (
        <section aria-labelledby="problems">
          <h2 id="problems">
            {report.problems.length === 1 ? "1 problem" : `${report.problems.length} problems`} to fix before importing
          </h2>
          <table>
            <caption>Nothing was imported. Fix these lines in the file and check it again.</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((problem, index) => (
                <tr key={index}>
                  <td>{problem.line}</td>
                  <td>{problem.column || "(whole line)"}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {report && report.problems.length === 0 && (
        <section aria-labelledby="ready">
          <h2 id="ready">Ready to import</h2>
          <FormMessage tone="success">
            Every row is good: {report.findingCount === 1 ? "1 finding" : `${report.findingCount} findings`} in{" "}
            {report.reviewCount === 1 ? "1 review" : `${report.reviewCount} reviews`} for {hubName}.
          </FormMessage>
          <Form method="post">
            <CsrfField token={csrfToken} />
            <input type="hidden" name="hubSlug" value={values.hubSlug} />
            <input type="hidden" name="csv" value={values.csv} />
            <button type="submit" name="intent" value="import">
              Import {report.findingCount === 1 ? "1 finding" : `${report.findingCount} findings`}
            </button>
          </Form>
        </section>
      )}
      <Form method="post" encType="multipart/form-data" className="form-stack" key={JSON.stringify(values)} noValidate>
        <CsrfField token={csrfToken} />
        <FormProblemSummary problem={result?.problem} lead="Not checked yet:" />
        {result?.sessionEnded && <SessionRenewalFields action="check the file" />}
        <ReviewHubField hubs={hubs} defaultValue={values.hubSlug} error={errorFor("hubSlug")} />
        <LabelledField id="field-file" label="CSV file" hint="A file saved as CSV UTF-8, at most 2 MB.">
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            {...describedBy("field-file", { hint: true })}
          />
        </LabelledField>
        <TextField
          id="field-csv"
          name="csv"
          label="Or paste the CSV"
          hint="Used when no file is chosen."
          defaultValue={values.csv}
          error={errorFor("csv")}
          multiline={8}
        />
        <div>
          <button type="submit" name="intent" value="check">
            Check the file
          </button>
        </div>
      </Form>
    </>
  );
}
