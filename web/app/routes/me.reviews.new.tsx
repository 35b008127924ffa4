import { CreateQualityReviewDocument, type QualityReviewKind } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { CsrfField, FormProblemSummary, TextField, errorFrom } from "../components/forms";
import * as api from "../graphql.server";
import { requireSession, typedValues } from "../member/forms.server";
import { ReviewHubField } from "../member/review-hub-field";
import { reviewFormLoader } from "../member/reviews.server";
import { SessionRenewalFields } from "../member/session-renewal";
import { saveRenewingSession, type UnsavedPost } from "../member/session-renewal.server";
import { dashboardPath, editQualityReviewPath, memberReviewsPath } from "../paths";
import { ReviewKindAndDateFields } from "../reviews/review-fields";
import { verifiedForm } from "../session.server";

export const meta: MetaFunction = () => [
  { title: "Enter a quality review – School Network Hub" },
  { name: "robots", content: "noindex" },
];

const FIELDS = ["hubSlug", "schoolUrn", "kind", "reviewDate"] as const;
type ReviewValues = Record<(typeof FIELDS)[number], string>;

interface NewReviewResult extends UnsavedPost {
  readonly values: ReviewValues;
}

export const loader = ({ request }: LoaderFunctionArgs) => reviewFormLoader(request);

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const values = typedValues(form, FIELDS);
  const result = await saveRenewingSession(request, form, new Set(FIELDS), async (options) => {
    const { createQualityReview } = await api.request(
      CreateQualityReviewDocument,
      {
        input: {
          hubSlug: values.hubSlug,
          schoolUrn: values.schoolUrn.trim(),
          kind: values.kind as QualityReviewKind,
          reviewDate: values.reviewDate.trim(),
        },
      },
      options,
    );
    return createQualityReview.qualityReview.id;
  });
  if ("saved" in result) {
    return redirect(`${editQualityReviewPath(result.saved)}?saved=created`, { headers: result.headers });
  }
  return data<NewReviewResult>({ values, ...result.unsaved }, { status: result.status, headers: result.headers });
}

export default function NewQualityReview() {
  const { hubs, hub, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const values: ReviewValues = result?.values ?? { hubSlug: hub, schoolUrn: "", kind: "QAR", reviewDate: "" };
  const errorFor = (field: string) => errorFrom(result?.problem, field);
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: memberReviewsPath(values.hubSlug), label: "Quality reviews" },
        ]}
        current="Enter a review"
      />
      <h1>Enter a quality review</h1>
      <p className="lead">
        First the review itself: which school, what kind and when. You add its strengths and areas for development on
        the next page.
      </p>
      <Form method="post" className="form-stack" key={JSON.stringify(values)} noValidate>
        <CsrfField token={csrfToken} />
        <FormProblemSummary problem={result?.problem} lead="Not saved yet:" />
        {result?.sessionEnded && <SessionRenewalFields action="save it" />}
        <ReviewHubField hubs={hubs} defaultValue={values.hubSlug} error={errorFor("hubSlug")} />
        <TextField
          id="field-schoolUrn"
          name="schoolUrn"
          label="School (URN)"
          hint="The six-digit unique reference number of one of the hub's schools."
          defaultValue={values.schoolUrn}
          error={errorFor("schoolUrn")}
          required
        />
        <ReviewKindAndDateFields kind={values.kind} reviewDate={values.reviewDate} errorFor={errorFor} />
        <div>
          <button type="submit">Save and add findings</button>
        </div>
      </Form>
    </>
  );
}
