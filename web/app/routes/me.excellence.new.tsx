import { ProposalChoicesDocument, ProposeAreaOfExcellenceDocument, type Phase, type ReviewKind } from "@hub/schema";
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";

import { Breadcrumbs } from "../components/breadcrumbs";
import {
  ChoiceGroup,
  CsrfField,
  FormProblemSummary,
  SelectField,
  TextField,
  errorFrom,
  optionsFrom,
  slugOptions,
} from "../components/forms";
import * as api from "../graphql.server";
import { requireSession, typedList, typedValues } from "../member/forms.server";
import { OverallEstimateField, ProposalNameFields, ProposalWordsFields } from "../member/excellence-proposal-fields";
import { SessionRenewalFields } from "../member/session-renewal";
import { saveRenewingSession, type UnsavedPost } from "../member/session-renewal.server";
import { aoePath, dashboardPath } from "../paths";
import { useVocabulary } from "../root-data";
import { csrfTokenFor, verifiedForm, csrfHeaders } from "../session.server";
import { reviewKindLabels } from "../utils/labels";

export const meta: MetaFunction = () => [
  { title: "Propose an Area of Excellence – School Network Hub" },
  { name: "robots", content: "noindex" },
];

const TEXT_FIELDS = [
  "schoolUrn",
  "title",
  "slug",
  "phase",
  "summary",
  "evidence",
  "sourceReview",
  "reviewDate",
  "overallEstimate",
] as const;
const LIST_FIELDS = ["themeSlugs", "ambitionSlugs"] as const;
const FIELDS = new Set<string>([...TEXT_FIELDS, ...LIST_FIELDS]);

type ProposalValues = Record<(typeof TEXT_FIELDS)[number], string> & Record<(typeof LIST_FIELDS)[number], string[]>;

/** A post that did not save: what was typed, and why (or that the session ended). */
interface ProposalResult extends UnsavedPost {
  readonly values: ProposalValues;
}

const EMPTY: ProposalValues = {
  schoolUrn: "",
  title: "",
  slug: "",
  phase: "PRIMARY",
  summary: "",
  evidence: "",
  sourceReview: "QAR",
  reviewDate: "",
  overallEstimate: "",
  themeSlugs: [],
  ambitionSlugs: [],
};

function valuesFrom(form: FormData): ProposalValues {
  return {
    ...typedValues(form, TEXT_FIELDS),
    themeSlugs: typedList(form, "themeSlugs"),
    ambitionSlugs: typedList(form, "ambitionSlugs"),
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  requireSession(request);
  const { ambitions } = await api.request(ProposalChoicesDocument, {}, { request, token: null });
  const csrf = csrfTokenFor(request);
  return data({ ambitions, csrfToken: csrf.token }, csrfHeaders(csrf));
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await verifiedForm(request);
  requireSession(request);
  const values = valuesFrom(form);
  const result = await saveRenewingSession(request, form, FIELDS, async (options) => {
    const { proposeAreaOfExcellence } = await api.request(
      ProposeAreaOfExcellenceDocument,
      {
        input: {
          schoolUrn: values.schoolUrn.trim(),
          title: values.title.trim(),
          slug: values.slug.trim(),
          phase: values.phase as Phase,
          summary: values.summary.trim(),
          evidence: values.evidence,
          sourceReview: values.sourceReview as ReviewKind,
          reviewDate: values.reviewDate.trim(),
          overallEstimate: values.overallEstimate.trim() || null,
          themeSlugs: values.themeSlugs,
          ambitionSlugs: values.ambitionSlugs,
        },
      },
      options,
    );
    return proposeAreaOfExcellence.areaOfExcellence.slug;
  });
  if ("saved" in result) return redirect(`${aoePath(result.saved)}?proposed=1`, { headers: result.headers });
  return data<ProposalResult>({ values, ...result.unsaved }, { status: result.status, headers: result.headers });
}

export default function ProposeAreaOfExcellence() {
  const { ambitions, csrfToken } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const vocabulary = useVocabulary();
  const values = result?.values ?? EMPTY;
  const problem = result?.problem;
  const errorFor = (field: string) => errorFrom(problem, field);
  return (
    <>
      <Breadcrumbs trail={[{ to: dashboardPath, label: "Your dashboard" }]} current="Propose an Area of Excellence" />
      <h1>Propose an Area of Excellence</h1>
      <p className="lead">
        A school&rsquo;s strength that a peer review recognised. It stays private, seen by you, its contact and the
        school&rsquo;s hub moderators, until a hub moderator validates it; then it is public for three years.
      </p>
      <Form method="post" className="form-stack" key={JSON.stringify(values)} noValidate>
        <CsrfField token={csrfToken} />
        <FormProblemSummary problem={problem} lead="Not proposed yet:" />
        {result?.sessionEnded && <SessionRenewalFields action="propose it" />}
        <TextField
          id="field-schoolUrn"
          name="schoolUrn"
          label="School (URN)"
          hint="The six-digit unique reference number of a school in a network where you are a contributor."
          defaultValue={values.schoolUrn}
          error={errorFor("schoolUrn")}
          required
        />
        <ProposalNameFields values={values} errorFor={errorFor} />
        <SelectField
          id="field-phase"
          name="phase"
          label="Phase"
          defaultValue={values.phase}
          error={errorFor("phase")}
          options={vocabulary.taxonomy.phases}
        />
        <ChoiceGroup
          name="themeSlugs"
          legend="School-improvement themes (at least one)"
          columns
          multiple
          choices={slugOptions(vocabulary.themes)}
          chosen={values.themeSlugs}
          error={errorFor("themeSlugs")}
        />
        {ambitions.length > 0 && (
          <ChoiceGroup
            name="ambitionSlugs"
            legend="Shared ambitions it serves"
            multiple
            choices={ambitions.map((ambition) => ({ value: ambition.slug, label: ambition.title }))}
            chosen={values.ambitionSlugs}
            error={errorFor("ambitionSlugs")}
          />
        )}
        <ProposalWordsFields
          values={values}
          errorFor={errorFor}
          evidenceHint="What the review found and the results behind it."
        />
        <ChoiceGroup
          name="sourceReview"
          legend="Recognised through"
          choices={optionsFrom(reviewKindLabels)}
          chosen={[values.sourceReview]}
          multiple={false}
          error={errorFor("sourceReview")}
        />
        <TextField
          id="field-reviewDate"
          name="reviewDate"
          label="Date of the review"
          type="date"
          defaultValue={values.reviewDate}
          error={errorFor("reviewDate")}
          required
        />
        <OverallEstimateField value={values.overallEstimate} error={errorFor("overallEstimate")} />
        <p className="hint">You will be its contact; you can name someone else later.</p>
        <div>
          <button type="submit">Propose it</button>
        </div>
      </Form>
    </>
  );
}
