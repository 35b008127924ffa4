import { TextField } from "../components/forms";

type ErrorFor = (field: string) => string | undefined;

/**
 * The fields of an Area of Excellence proposal that name it: what the school is strong at and its
 * address. For proposing one from scratch and for putting a review's strength forward.
 */
export function ProposalNameFields({
  values,
  errorFor,
}: {
  readonly values: { readonly title?: string | undefined; readonly slug?: string | undefined };
  readonly errorFor: ErrorFor;
}) {
  return (
    <>
      <TextField
        id="field-title"
        name="title"
        label="What the school is strong at"
        hint="For example: Early reading and phonics."
        defaultValue={values.title}
        error={errorFor("title")}
        required
      />
      <TextField
        id="field-slug"
        name="slug"
        label="Address (slug)"
        hint="Lower-case words joined by hyphens, e.g. peckham-rye-early-reading. It becomes /excellence/your-slug."
        defaultValue={values.slug}
        error={errorFor("slug")}
        required
      />
    </>
  );
}

/** The proposal's own words: its summary and its evidence (whose hint says where the evidence comes from). */
export function ProposalWordsFields({
  values,
  errorFor,
  evidenceHint,
}: {
  readonly values: { readonly summary?: string | undefined; readonly evidence?: string | undefined };
  readonly errorFor: ErrorFor;
  readonly evidenceHint: string;
}) {
  return (
    <>
      <TextField
        id="field-summary"
        name="summary"
        label="Summary"
        hint="One or two sentences that tell a visiting leader what they would see."
        defaultValue={values.summary}
        error={errorFor("summary")}
        multiline={3}
        required
      />
      <TextField
        id="field-evidence"
        name="evidence"
        label="Evidence (Markdown)"
        hint={evidenceHint}
        defaultValue={values.evidence}
        error={errorFor("evidence")}
        multiline={10}
        required
      />
    </>
  );
}

/** The review's overall estimate, which a proposal may give. */
export function OverallEstimateField({
  value,
  error,
}: {
  readonly value?: string | undefined;
  readonly error?: string;
}) {
  return (
    <TextField
      id="field-overallEstimate"
      name="overallEstimate"
      label="The review's overall estimate (optional)"
      hint="For example: Leading, or Embedding."
      defaultValue={value}
      error={error}
    />
  );
}
