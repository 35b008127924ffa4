import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import { ConfirmRemoval } from "../components/confirm-removal";
import { FormMessage } from "../components/forms";
import { keepPageWhenSessionEnded } from "../member/session-renewal";
import { dashboardPath, editQualityReviewPath, memberReviewsPath } from "../paths";
import { routeParam } from "../params.server";
import { AddFindingForm, FindingsSection, type EditableReview } from "../reviews/findings-section";
import { ProposeExcellenceForm } from "../reviews/propose-excellence-form";
import { ReviewDetailsForm } from "../reviews/review-details-form";
import { loadEditableReview, reviewPageAction, type ReviewFailure } from "../reviews/review-page.server";
import { qualityReviewKindLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Quality review – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export const shouldRevalidate = keepPageWhenSessionEnded;

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  loadEditableReview(request, routeParam(params, "id", "globalId"));

export const action = ({ request, params }: ActionFunctionArgs) =>
  reviewPageAction(request, routeParam(params, "id", "globalId"));

const SAVED: Record<string, string> = {
  created: "Review saved. Add its strengths and areas for development below.",
  changed: "Kind and date saved.",
  added: "Finding added.",
  edited: "Finding saved.",
  removed: "Finding removed.",
  proposed: "Put forward as an Area of Excellence. It stays private until a hub moderator validates it.",
};

/**
 * A review and its findings. Each change is a state of the page reached by a link, so it works
 * without JavaScript: `?change=review` (kind and date), `?edit=<finding>`, `?propose=<finding>`
 * (a strength as an Area of Excellence) and `?delete` (asks first).
 */
export default function EditQualityReview() {
  const { review, csrfToken } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as ReviewFailure | undefined;
  const [search] = useSearchParams();
  const saved = SAVED[search.get("saved") ?? ""];
  const title = `${review.school.name}, ${review.reviewDate}`;
  // Only a strength not yet put forward can be; for any other finding the page shows as usual.
  const proposing = review.findings.find(
    (finding) => finding.id === search.get("propose") && finding.kind === "STRENGTH" && !finding.areaOfExcellence,
  );
  const breadcrumbs = (
    <Breadcrumbs
      trail={[
        { to: dashboardPath, label: "Your dashboard" },
        { to: memberReviewsPath(review.hub.slug), label: "Quality reviews" },
      ]}
      current={title}
    />
  );
  if (search.has("delete")) {
    return (
      <>
        {breadcrumbs}
        <ConfirmDeletion review={review} csrfToken={csrfToken} failure={failure} />
      </>
    );
  }
  const changingDetails = search.get("change") === "review";
  const editing = search.get("edit");
  return (
    <>
      {breadcrumbs}
      <h1>
        {review.kind} of {review.school.name}, {review.reviewDate}
      </h1>
      <p>
        {qualityReviewKindLabels[review.kind]} by {review.hub.name}. School URN {review.school.urn}.
      </p>
      {saved && !failure && <FormMessage tone="success">{saved}</FormMessage>}
      {changingDetails ? (
        <ReviewDetailsForm review={review} failure={failure} csrfToken={csrfToken} />
      ) : (
        <p className="button-row">
          <Link to={`${editQualityReviewPath(review.id)}?change=review`} className="button button--secondary">
            Change the kind or date
          </Link>
          <Link to={`${editQualityReviewPath(review.id)}?delete`} className="button button--secondary">
            Delete this review
          </Link>
        </p>
      )}
      {proposing ? (
        <ProposeExcellenceForm review={review} finding={proposing} failure={failure} csrfToken={csrfToken} />
      ) : (
        <FindingsSection review={review} editing={editing} failure={failure} csrfToken={csrfToken} />
      )}
      {/* One finding form at a time: their fields share ids, and a page of one task reads more simply. */}
      {!changingDetails && !editing && !proposing && (
        <AddFindingForm csrfToken={csrfToken} failure={failure} resetKey={review.findings.length} />
      )}
    </>
  );
}

/** Asks before the review goes (`?delete`), saying what goes with it. */
function ConfirmDeletion({
  review,
  csrfToken,
  failure,
}: {
  readonly review: EditableReview;
  readonly csrfToken: string;
  readonly failure: ReviewFailure | undefined;
}) {
  const count = review.findings.length;
  const proposed = review.findings.filter((finding) => finding.areaOfExcellence).length;
  const name = `the ${review.kind} of ${review.school.name}, ${review.reviewDate}`;
  return (
    <ConfirmRemoval
      question={`Delete ${name}?`}
      csrfToken={csrfToken}
      fields={{ intent: "delete", hubSlug: review.hub.slug }}
      confirm="Delete the review"
      keep={{ to: editQualityReviewPath(review.id), label: "Keep it", hiddenDetail: `(${name} stays as it is)` }}
      problem={failure?.form === "delete" ? failure.problem.message : undefined}
    >
      <p>
        {count === 0
          ? "It has no findings."
          : `Its ${count === 1 ? "finding goes" : `${count} findings go`} with it, and they leave the hub's insight figures.`}{" "}
        This cannot be undone.
        {proposed > 0 &&
          ` The ${proposed === 1 ? "Area of Excellence" : `${proposed} Areas of Excellence`} put forward from it stay, no longer linked to a review.`}
      </p>
    </ConfirmRemoval>
  );
}
