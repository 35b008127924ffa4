import type { ReviewForEditingQuery } from "@hub/schema";
import { Form, Link } from "@remix-run/react";

import { CsrfField, FormProblemMessage, errorIn, type FormFailure } from "../components/forms";
import { SessionRenewalFieldsIn } from "../member/session-renewal";
import { aoePath, editQualityReviewPath } from "../paths";
import { useLabels } from "../root-data";
import { findingKindLabels } from "../utils/labels";
import { FindingFields, THEMES, type FindingFormValues } from "./finding-fields";

export type EditableReview = Extract<NonNullable<ReviewForEditingQuery["node"]>, { __typename: "QualityReview" }>;
export type Finding = EditableReview["findings"][number];

/** The id of a finding's entry in the list, where the page returns after changing it. */
export const findingLinkId = (findingId: string) => `finding-${findingId}`;

/** The page's states that work on one finding: `?edit=<id>` and `?propose=<id>`. */
export const findingStatePath = (reviewId: string, state: "edit" | "propose", findingId: string) =>
  `${editQualityReviewPath(reviewId)}?${state}=${encodeURIComponent(findingId)}`;

/** A finding's values as stored, to start its form from. */
const storedValues = (finding: Finding): FindingFormValues => ({
  kind: finding.kind,
  [THEMES]: finding.themes.map((theme) => theme.slug).join(","),
  phase: finding.phase ?? "",
  keyStage: finding.keyStage ?? "",
  text: finding.text,
});

/**
 * The review's findings, each with the ways to change it; the one being edited (`editing`) is a form
 * in its place. Links, not scripts, open each form, so all of it works without JavaScript.
 */
export function FindingsSection({
  review,
  editing,
  failure,
  csrfToken,
}: {
  readonly review: EditableReview;
  readonly editing: string | null;
  readonly failure: FormFailure | undefined;
  readonly csrfToken: string;
}) {
  return (
    <section aria-labelledby="findings">
      <h2 id="findings">Findings ({review.findings.length})</h2>
      <FormProblemMessage failure={failure} form="remove" />
      {review.findings.length === 0 ? (
        <p>No findings yet.</p>
      ) : (
        <ul className="member-list">
          {review.findings.map((finding, index) => (
            <li key={finding.id} id={findingLinkId(finding.id)} tabIndex={-1}>
              {finding.id === editing ? (
                <EditFindingForm
                  reviewId={review.id}
                  finding={finding}
                  number={index + 1}
                  failure={failure}
                  csrfToken={csrfToken}
                />
              ) : (
                <FindingEntry reviewId={review.id} finding={finding} number={index + 1} csrfToken={csrfToken} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** One finding as read, with buttons to edit it, put it forward (a strength) or remove it. */
function FindingEntry({
  reviewId,
  finding,
  number,
  csrfToken,
}: {
  readonly reviewId: string;
  readonly finding: Finding;
  readonly number: number;
  readonly csrfToken: string;
}) {
  const labels = useLabels();
  const which = <span className="visually-hidden"> finding {number}</span>;
  const aoe = finding.areaOfExcellence;
  return (
    <>
      <strong>{findingKindLabels[finding.kind]}:</strong> {finding.text}
      <span className="muted">
        {" "}
        · {finding.themes.map((theme) => theme.name).join(", ")}
        {finding.phase && ` · ${labels.phase(finding.phase)}`}
        {finding.keyStage && ` · ${labels.keyStage(finding.keyStage)}`}
        {finding.subject && ` · ${finding.subject.name}`}
      </span>
      {aoe && (
        <p>
          Put forward as the Area of Excellence <Link to={aoePath(aoe.slug)}>{aoe.title}</Link>
        </p>
      )}
      <Form method="post" className="button-row">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="findingId" value={finding.id} />
        <Link to={findingStatePath(reviewId, "edit", finding.id)} className="button button--secondary">
          Edit{which}
        </Link>
        {finding.kind === "STRENGTH" && !aoe && (
          <Link to={findingStatePath(reviewId, "propose", finding.id)} className="button button--secondary">
            Put forward as an Area of Excellence<span className="visually-hidden"> (finding {number})</span>
          </Link>
        )}
        <button type="submit" name="intent" value="remove" className="button--secondary">
          Remove{which}
        </button>
      </Form>
    </>
  );
}

/** One finding as a form, in its place in the list (`?edit=<id>`). */
function EditFindingForm({
  reviewId,
  finding,
  number,
  failure,
  csrfToken,
}: {
  readonly reviewId: string;
  readonly finding: Finding;
  readonly number: number;
  readonly failure: FormFailure | undefined;
  readonly csrfToken: string;
}) {
  const values = failure?.form === "edit" ? failure.values : storedValues(finding);
  const headingId = `edit-finding-${number}`;
  return (
    <Form method="post" className="form-stack" aria-labelledby={headingId} key={JSON.stringify(values)}>
      <h3 id={headingId} tabIndex={-1} autoFocus>
        Edit finding {number}
      </h3>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="findingId" value={finding.id} />
      <FormProblemMessage failure={failure} form="edit" />
      <SessionRenewalFieldsIn failure={failure} form="edit" action="save it" />
      <FindingFields values={values} errorFor={errorIn(failure, "edit")} />
      <div className="button-row">
        <button type="submit" name="intent" value="edit">
          Save the finding
        </button>
        <Link
          to={`${editQualityReviewPath(reviewId)}#${findingLinkId(finding.id)}`}
          className="button button--secondary"
        >
          Cancel<span className="visually-hidden"> (finding {number} stays as it was)</span>
        </Link>
      </div>
    </Form>
  );
}

/** Adds a strength or an area for development, with its themes. */
export function AddFindingForm({
  csrfToken,
  failure,
  resetKey,
}: {
  readonly csrfToken: string;
  readonly failure: FormFailure | undefined;
  /** Changes after each finding added or removed, which empties the form for the next one. */
  readonly resetKey: number;
}) {
  const typed = failure?.form === "add" ? failure.values : {};
  return (
    <section aria-labelledby="add-finding">
      <h2 id="add-finding">Add a finding</h2>
      <Form
        method="post"
        className="form-stack"
        aria-labelledby="add-finding"
        key={`${resetKey}-${JSON.stringify(typed)}`}
      >
        <CsrfField token={csrfToken} />
        <FormProblemMessage failure={failure} form="add" />
        <SessionRenewalFieldsIn failure={failure} form="add" action="add it" />
        <FindingFields values={typed} errorFor={errorIn(failure, "add")} />
        <div>
          <button type="submit" name="intent" value="add">
            Add the finding
          </button>
        </div>
      </Form>
    </section>
  );
}
