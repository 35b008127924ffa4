import { Form, Link } from "@remix-run/react";

import { CsrfField, FormProblemSummary, SelectField, errorIn, type FormFailure } from "../components/forms";
import { OverallEstimateField, ProposalNameFields, ProposalWordsFields } from "../member/excellence-proposal-fields";
import { SessionRenewalFieldsIn } from "../member/session-renewal";
import { editQualityReviewPath } from "../paths";
import { useVocabulary } from "../root-data";
import { findingLinkId, type EditableReview, type Finding } from "./findings-section";

/**
 * Puts a strength forward as an Area of Excellence (`?propose=<finding id>`): what the proposal needs
 * beyond what the review gives it (its school, themes, kind and date). The evidence starts empty: the
 * review's words are private, and a validated Area of Excellence is public. The API adds a line naming the review.
 */
export function ProposeExcellenceForm({
  review,
  finding,
  failure,
  csrfToken,
}: {
  readonly review: EditableReview;
  readonly finding: Finding;
  readonly failure: FormFailure | undefined;
  readonly csrfToken: string;
}) {
  const vocabulary = useVocabulary();
  const values = failure?.form === "propose" ? failure.values : {};
  const errorFor = errorIn(failure, "propose");
  const back = `${editQualityReviewPath(review.id)}#${findingLinkId(finding.id)}`;
  return (
    <section aria-labelledby="propose">
      <h2 id="propose" tabIndex={-1} autoFocus>
        Put this strength forward as an Area of Excellence
      </h2>
      <blockquote>{finding.text}</blockquote>
      <p>
        It takes {review.school.name} as its school, the finding&rsquo;s themes (
        {finding.themes.map((theme) => theme.name).join(", ")}) and this {review.kind} of {review.reviewDate} as its
        recognition. It stays private, seen by you, its contact and the school&rsquo;s hub moderators, until a hub
        moderator validates it. You will be its contact.
      </p>
      <Form method="post" className="form-stack" aria-labelledby="propose" key={JSON.stringify(values)} noValidate>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="findingId" value={finding.id} />
        <FormProblemSummary
          problem={failure?.form === "propose" ? failure.problem : undefined}
          lead="Not put forward yet:"
        />
        <SessionRenewalFieldsIn failure={failure} form="propose" action="put it forward" />
        <ProposalNameFields values={values} errorFor={errorFor} />
        <ProposalWordsFields
          values={values}
          errorFor={errorFor}
          evidenceHint="In your own words for visiting leaders: once validated it is public, while the review's text stays private. A line naming this review is added at its end."
        />
        <SelectField
          id="field-phase"
          name="phase"
          label="Phase"
          emptyOption="The finding's phase, or else the school's"
          defaultValue={values["phase"] ?? ""}
          error={errorFor("phase")}
          options={vocabulary.taxonomy.phases}
        />
        <OverallEstimateField value={values["overallEstimate"]} error={errorFor("overallEstimate")} />
        <div className="button-row">
          <button type="submit" name="intent" value="propose">
            Put it forward
          </button>
          <Link to={back} className="button button--secondary">
            Cancel<span className="visually-hidden"> (nothing is put forward)</span>
          </Link>
        </div>
      </Form>
    </section>
  );
}
