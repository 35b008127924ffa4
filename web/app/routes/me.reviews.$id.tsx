import {
  AddReviewFindingDocument,
  RemoveReviewFindingDocument,
  ReviewForEditingDocument,
  type FindingKind,
  type KeyStage,
  type Phase,
} from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import {
  ChoiceGroup,
  CsrfField,
  FormMessage,
  FormProblemMessage,
  SelectField,
  TextField,
  errorIn,
  optionsFrom,
  slugOptions,
  type FormFailure,
} from "../components/forms";
import * as api from "../graphql.server";
import { failureOf, requireSession, text, typedList, typedValues } from "../member/forms.server";
import { SessionRenewalFieldsIn, keepPageWhenSessionEnded } from "../member/session-renewal";
import { saveRenewingSession } from "../member/session-renewal.server";
import { dashboardPath, editQualityReviewPath, memberReviewsPath } from "../paths";
import { useLabels, useVocabulary } from "../root-data";
import { routeParam } from "../params.server";
import { csrfHeaders, csrfTokenFor, verifiedForm } from "../session.server";
import { findingKindLabels, qualityReviewKindLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Quality review – School Network Hub" },
  { name: "robots", content: "noindex" },
];

export const shouldRevalidate = keepPageWhenSessionEnded;

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireSession(request);
  const { node } = await api.request(
    ReviewForEditingDocument,
    { id: routeParam(params, "id", "globalId") },
    { request },
  );
  if (!node || node.__typename !== "QualityReview" || !node.viewerCanEdit) {
    throw new Response("There is no quality review here that you may change.", { status: 404 });
  }
  const csrf = csrfTokenFor(request);
  return data({ review: node, csrfToken: csrf.token }, csrfHeaders(csrf));
}

const FINDING_FIELDS = ["kind", "phase", "keyStage", "text"] as const;
const THEMES = "themeSlugs";

type Failure = FormFailure<"add" | "remove">;

export async function action({ request, params }: ActionFunctionArgs) {
  const reviewId = routeParam(params, "id", "globalId");
  const form = await verifiedForm(request);
  requireSession(request);
  const here = editQualityReviewPath(reviewId);
  switch (text(form, "intent")) {
    case "add": {
      const values = typedValues(form, FINDING_FIELDS);
      const themeSlugs = typedList(form, THEMES);
      const result = await saveRenewingSession(request, form, new Set([...FINDING_FIELDS, THEMES]), (options) =>
        api.request(
          AddReviewFindingDocument,
          {
            input: {
              reviewId,
              kind: values.kind as FindingKind,
              themeSlugs,
              phase: (values.phase || null) as Phase | null,
              keyStage: (values.keyStage || null) as KeyStage | null,
              text: values.text,
            },
          },
          options,
        ),
      );
      if ("saved" in result) return redirect(`${here}?saved=added`, { headers: result.headers });
      // The themes ticked come back joined, as FormFailure keeps one string a field.
      return data<Failure>(
        {
          form: "add",
          values: { ...values, [THEMES]: themeSlugs.join(",") },
          problem: result.unsaved.problem,
          sessionEnded: result.unsaved.sessionEnded ?? false,
        },
        { status: result.status, headers: result.headers },
      );
    }
    case "remove":
      try {
        await api.request(RemoveReviewFindingDocument, { input: { id: text(form, "findingId") } }, { request });
        return redirect(`${here}?saved=removed`);
      } catch (error) {
        return data<Failure>(failureOf("remove", form, [], error), { status: 400 });
      }
    default:
      throw new Response("This form asked for something the page does not do.", { status: 400 });
  }
}

const SAVED: Record<string, string> = {
  created: "Review saved. Add its strengths and areas for development below.",
  added: "Finding added.",
  removed: "Finding removed.",
};

export default function EditQualityReview() {
  const { review, csrfToken } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  const labels = useLabels();
  const saved = SAVED[search.get("saved") ?? ""];
  return (
    <>
      <Breadcrumbs
        trail={[
          { to: dashboardPath, label: "Your dashboard" },
          { to: memberReviewsPath(review.hub.slug), label: "Quality reviews" },
        ]}
        current={`${review.school.name}, ${review.reviewDate}`}
      />
      <h1>
        {review.kind} of {review.school.name}, {review.reviewDate}
      </h1>
      <p>
        {qualityReviewKindLabels[review.kind]} by {review.hub.name}. School URN {review.school.urn}.
      </p>
      {saved && !failure && <FormMessage tone="success">{saved}</FormMessage>}
      <section aria-labelledby="findings">
        <h2 id="findings">Findings ({review.findings.length})</h2>
        <FormProblemMessage failure={failure} form="remove" />
        {review.findings.length === 0 ? (
          <p>No findings yet.</p>
        ) : (
          <ul className="member-list">
            {review.findings.map((finding, index) => (
              <li key={finding.id}>
                <strong>{findingKindLabels[finding.kind]}:</strong> {finding.text}
                <span className="muted">
                  {" "}
                  · {finding.themes.map((theme) => theme.name).join(", ")}
                  {finding.phase && ` · ${labels.phase(finding.phase)}`}
                  {finding.keyStage && ` · ${labels.keyStage(finding.keyStage)}`}
                  {finding.subject && ` · ${finding.subject.name}`}
                </span>
                <Form method="post" className="inline-form">
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="findingId" value={finding.id} />
                  <button type="submit" name="intent" value="remove" className="button--secondary">
                    Remove<span className="visually-hidden"> finding {index + 1}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <AddFindingForm csrfToken={csrfToken} failure={failure} resetKey={review.findings.length} />
    </>
  );
}

/** Adds a strength or an area for development, with its themes. */
function AddFindingForm({
  csrfToken,
  failure,
  resetKey,
}: {
  csrfToken: string;
  failure: FormFailure | undefined;
  /** Changes after each finding added or removed, which empties the form for the next one. */
  resetKey: number;
}) {
  const vocabulary = useVocabulary();
  const typed = failure?.form === "add" ? failure.values : {};
  const errorFor = errorIn(failure, "add");
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
        <ChoiceGroup
          name="kind"
          legend="Kind of finding"
          choices={optionsFrom(findingKindLabels)}
          chosen={[typed["kind"] ?? "STRENGTH"]}
          multiple={false}
          error={errorFor("kind")}
        />
        <ChoiceGroup
          name={THEMES}
          legend="Themes (at least one)"
          columns
          multiple
          choices={slugOptions(vocabulary.themes)}
          chosen={(typed[THEMES] ?? "").split(",").filter(Boolean)}
          error={errorFor(THEMES)}
        />
        <SelectField
          id="field-phase"
          name="phase"
          label="Phase (optional)"
          emptyOption="Not about one phase"
          defaultValue={typed["phase"] ?? ""}
          error={errorFor("phase")}
          options={vocabulary.taxonomy.phases}
        />
        <SelectField
          id="field-keyStage"
          name="keyStage"
          label="Key stage (optional)"
          emptyOption="Not about one key stage"
          defaultValue={typed["keyStage"] ?? ""}
          error={errorFor("keyStage")}
          options={vocabulary.taxonomy.keyStages}
        />
        <TextField
          id="field-text"
          name="text"
          label="What the review found"
          hint="A sentence or two, at most 1,000 characters."
          defaultValue={typed["text"]}
          error={errorFor("text")}
          multiline={3}
          required
        />
        <div>
          <button type="submit" name="intent" value="add">
            Add the finding
          </button>
        </div>
      </Form>
    </section>
  );
}
