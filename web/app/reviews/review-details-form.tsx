import { Form, Link } from "@remix-run/react";

import { CsrfField, FormProblemSummary, errorIn, type FormFailure } from "../components/forms";
import { SessionRenewalFieldsIn } from "../member/session-renewal";
import { editQualityReviewPath } from "../paths";
import { ReviewKindAndDateFields } from "./review-fields";
import type { EditableReview } from "./findings-section";

/** Changes a review's kind and date (`?change=review`). */
export function ReviewDetailsForm({
  review,
  failure,
  csrfToken,
}: {
  readonly review: EditableReview;
  readonly failure: FormFailure | undefined;
  readonly csrfToken: string;
}) {
  const values = failure?.form === "review" ? failure.values : { kind: review.kind, reviewDate: review.reviewDate };
  return (
    <section aria-labelledby="change-review">
      <h2 id="change-review" tabIndex={-1} autoFocus>
        Change the kind or date
      </h2>
      <Form
        method="post"
        className="form-stack"
        aria-labelledby="change-review"
        key={JSON.stringify(values)}
        noValidate
      >
        <CsrfField token={csrfToken} />
        <FormProblemSummary problem={failure?.form === "review" ? failure.problem : undefined} lead="Not saved yet:" />
        <SessionRenewalFieldsIn failure={failure} form="review" action="save it" />
        <ReviewKindAndDateFields
          kind={values["kind"] ?? ""}
          reviewDate={values["reviewDate"] ?? ""}
          errorFor={errorIn(failure, "review")}
        />
        <div className="button-row">
          <button type="submit" name="intent" value="review">
            Save the kind and date
          </button>
          <Link to={editQualityReviewPath(review.id)} className="button button--secondary">
            Cancel<span className="visually-hidden"> (the review stays as it was)</span>
          </Link>
        </div>
      </Form>
    </section>
  );
}
