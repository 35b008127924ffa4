import type { EntitlementForEditingQuery, KeyStage, Visibility } from "@hub/schema";
import { Form } from "@remix-run/react";

import {
  CsrfField,
  FormProblemMessage,
  SelectField,
  TextField,
  errorIn,
  optionsFrom,
  type FormFailure,
} from "../components/forms";
import { useLabels, useVocabulary } from "../root-data";
import { termLabels } from "../utils/labels";

export type EditedEntitlement = NonNullable<EntitlementForEditingQuery["curriculumEntitlement"]>;
export type EditedUnit = EditedEntitlement["units"][number];

/** Who may see an entitlement once agreed; drafts are seen only by their authors and the network's moderators. */
export const ENTITLEMENT_VISIBILITY: ReadonlyArray<{ value: Visibility; label: string }> = [
  { value: "NETWORK", label: "Members of the network" },
  { value: "PUBLIC", label: "Everyone, in the open library" },
  { value: "PRIVATE", label: "Only the network's moderators and the draft's author" },
];

/** A unit's form as typed: statements one a line. */
export interface UnitValues {
  readonly title: string;
  readonly yearGroup: string;
  readonly term: string;
  readonly summary: string;
  readonly knowledge: string;
  readonly skills: string;
}

export const UNIT_FIELDS = ["title", "yearGroup", "term", "summary", "knowledge", "skills"] as const;

const unitValues = (unit: EditedUnit): UnitValues => ({
  title: unit.title,
  yearGroup: unit.yearGroup,
  term: unit.term,
  summary: unit.summary,
  knowledge: unit.knowledge.join("\n"),
  skills: unit.skills.join("\n"),
});

/** One statement a line; blank lines are dropped, so clearing a line removes its statement. */
export const statements = (value: string) =>
  value
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** A unit's fields, for adding a unit and for changing one; `idPrefix` keeps every unit's ids apart. */
function UnitFields({
  idPrefix,
  keyStage,
  values,
  errorFor,
}: {
  idPrefix: string;
  keyStage: KeyStage;
  values: Partial<UnitValues>;
  errorFor: (field: string) => string | undefined;
}) {
  const { taxonomy } = useVocabulary();
  const years = taxonomy.yearGroups.filter((year) => year.keyStage === keyStage);
  return (
    <>
      <TextField
        id={`${idPrefix}-title`}
        name="title"
        label="Unit title"
        defaultValue={values.title}
        error={errorFor("title")}
        required
      />
      <SelectField
        id={`${idPrefix}-yearGroup`}
        name="yearGroup"
        label="Year group"
        options={years}
        defaultValue={values.yearGroup}
        error={errorFor("yearGroup")}
      />
      <SelectField
        id={`${idPrefix}-term`}
        name="term"
        label="Term"
        options={optionsFrom(termLabels)}
        defaultValue={values.term}
        error={errorFor("term")}
      />
      <TextField
        id={`${idPrefix}-summary`}
        name="summary"
        label="Summary"
        multiline={3}
        defaultValue={values.summary}
        error={errorFor("summary")}
      />
      <TextField
        id={`${idPrefix}-knowledge`}
        name="knowledge"
        label="Knowledge statements"
        hint="What pupils are entitled to know: one statement a line, in order. Clear a line to remove it."
        multiline={5}
        defaultValue={values.knowledge}
        error={errorFor("knowledge")}
      />
      <TextField
        id={`${idPrefix}-skills`}
        name="skills"
        label="Skills statements"
        hint="What pupils are entitled to be able to do: one statement a line, in order."
        multiline={4}
        defaultValue={values.skills}
        error={errorFor("skills")}
      />
    </>
  );
}

/** A unit in the draft editor: what it holds, a form to change it and a button to remove it. */
export function UnitEditor({
  unit,
  keyStage,
  csrfToken,
  failure,
}: {
  unit: EditedUnit;
  keyStage: KeyStage;
  csrfToken: string;
  failure?: FormFailure;
}) {
  const failed = failure?.form === unit.id;
  const values = failed ? failure.values : unitValues(unit);
  const labels = useLabels();
  return (
    <article aria-labelledby={`unit-${unit.id}`} className="unit">
      <h3 id={`unit-${unit.id}`}>{unit.title}</h3>
      <p className="muted">
        {labels.yearGroup(unit.yearGroup)} · {termLabels[unit.term]}
      </p>
      <StatementList label="Knowledge" statements={unit.knowledge} />
      <StatementList label="Skills" statements={unit.skills} />
      <details open={failed}>
        <summary>
          Edit<span className="visually-hidden"> {unit.title}</span>
        </summary>
        <Form method="post" className="form-stack" aria-label={`Edit ${unit.title}`}>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="key" value={unit.id} />
          <FormProblemMessage failure={failure} form={unit.id} />
          <UnitFields
            idPrefix={`unit-${unit.id}`}
            keyStage={keyStage}
            values={values}
            errorFor={errorIn(failure, unit.id)}
          />
          <div>
            <button type="submit" name="intent" value="update-unit">
              Save unit
            </button>
          </div>
        </Form>
      </details>
      <Form method="post" className="inline-form">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="key" value={unit.id} />
        <button type="submit" name="intent" value="remove-unit" className="button--secondary">
          Remove<span className="visually-hidden"> {unit.title}</span>
        </button>
      </Form>
    </article>
  );
}

function StatementList({ label, statements }: { label: string; statements: readonly string[] }) {
  if (statements.length === 0) return null;
  return (
    <>
      <p>
        <strong>{label}</strong>
      </p>
      <ul aria-label={label}>
        {statements.map((statement) => (
          <li key={statement}>{statement}</li>
        ))}
      </ul>
    </>
  );
}

/** The form that adds a unit at the end of the draft. */
export function AddUnitForm({
  entitlement,
  csrfToken,
  failure,
}: {
  entitlement: EditedEntitlement;
  csrfToken: string;
  failure?: FormFailure;
}) {
  return (
    // A new key after each unit added empties the form for the next one.
    <Form method="post" className="form-stack" aria-labelledby="add-unit" key={entitlement.units.length}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="entitlementId" value={entitlement.id} />
      <FormProblemMessage failure={failure} form="new-unit" />
      <UnitFields
        idPrefix="new-unit"
        keyStage={entitlement.keyStage}
        values={failure?.form === "new-unit" ? failure.values : {}}
        errorFor={errorIn(failure, "new-unit")}
      />
      <div>
        <button type="submit" name="intent" value="add-unit">
          Add the unit
        </button>
      </div>
    </Form>
  );
}

/** The draft's own details: title, who may see it once agreed, and why it is shaped as it is. */
export function DetailsForm({
  entitlement,
  csrfToken,
  failure,
}: {
  entitlement: EditedEntitlement;
  csrfToken: string;
  failure?: FormFailure;
}) {
  const values = failure?.form === "details" ? failure.values : entitlement;
  const errorFor = errorIn(failure, "details");
  return (
    <Form method="post" className="form-stack" aria-labelledby="details">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="entitlementId" value={entitlement.id} />
      <FormProblemMessage failure={failure} form="details" />
      <TextField
        id="details-title"
        name="title"
        label="Title"
        defaultValue={values.title}
        error={errorFor("title")}
        required
      />
      <SelectField
        id="details-visibility"
        name="visibility"
        label="Who may see it once agreed"
        options={ENTITLEMENT_VISIBILITY}
        defaultValue={values.visibility}
        error={errorFor("visibility")}
      />
      <TextField
        id="details-rationale"
        name="rationale"
        label="Rationale"
        hint="Why the curriculum is shaped as it is. Markdown works."
        multiline={6}
        defaultValue={values.rationale}
        error={errorFor("rationale")}
      />
      <div>
        <button type="submit" name="intent" value="details">
          Save details
        </button>
      </div>
    </Form>
  );
}

/** A school's record that it teaches this version: its URN, since when, and how it adapts it. */
export function AdoptionForm({
  csrfToken,
  school,
  failure,
}: {
  csrfToken: string;
  school: { urn: string; name: string } | null | undefined;
  failure?: FormFailure;
}) {
  const values = failure?.form === "adopt" ? failure.values : {};
  const errorFor = errorIn(failure, "adopt");
  return (
    <Form method="post" className="form-stack" aria-labelledby="adopt">
      <CsrfField token={csrfToken} />
      <FormProblemMessage failure={failure} form="adopt" />
      <TextField
        id="adopt-schoolUrn"
        name="schoolUrn"
        label="School URN"
        hint={school ? `Your school, ${school.name}, is ${school.urn}.` : "The school's six-digit URN."}
        defaultValue={values["schoolUrn"] ?? school?.urn ?? ""}
        error={errorFor("schoolUrn")}
        required
      />
      <TextField
        id="adopt-adoptedOn"
        name="adoptedOn"
        label="Teaching it since"
        hint="The date as YYYY-MM-DD, such as 2026-09-01."
        defaultValue={values["adoptedOn"] ?? new Date().toISOString().slice(0, 10)}
        error={errorFor("adoptedOn")}
        required
      />
      <TextField
        id="adopt-localNotes"
        name="localNotes"
        label="How your school adapts it (optional)"
        multiline={3}
        defaultValue={values["localNotes"]}
        error={errorFor("localNotes")}
      />
      <div>
        <button type="submit" name="intent" value="adopt">
          Record adoption
        </button>
      </div>
    </Form>
  );
}
