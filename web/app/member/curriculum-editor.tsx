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
import { SessionRenewalFieldsIn } from "./session-renewal";

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

/**
 * A unit's fields, for adding a unit and for changing one; `idPrefix` keeps every unit's ids apart.
 * Without the entitlement's key stage (its data could not be loaded), the year groups offered are
 * those of the key stage of the year group chosen.
 */
function UnitFields({
  idPrefix,
  keyStage,
  values,
  errorFor,
}: {
  idPrefix: string;
  keyStage: KeyStage | undefined;
  values: Partial<UnitValues>;
  errorFor: (field: string) => string | undefined;
}) {
  const { taxonomy } = useVocabulary();
  const stage = keyStage ?? taxonomy.yearGroups.find((year) => year.value === values.yearGroup)?.keyStage;
  const years = taxonomy.yearGroups.filter((year) => year.keyStage === stage);
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
        <UnitForm
          unitId={unit.id}
          title={unit.title}
          keyStage={keyStage}
          values={values}
          csrfToken={csrfToken}
          failure={failure}
        />
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

/** The form that changes a unit: what it holds now, or as typed in a post that failed. */
export function UnitForm({
  unitId,
  title,
  keyStage,
  values,
  csrfToken,
  failure,
}: {
  unitId: string;
  title: string;
  keyStage: KeyStage | undefined;
  values: Partial<UnitValues>;
  csrfToken: string;
  failure?: FormFailure;
}) {
  return (
    <Form method="post" className="form-stack" aria-label={`Edit ${title}`}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="key" value={unitId} />
      <FormProblemMessage failure={failure} form={unitId} />
      <SessionRenewalFieldsIn failure={failure} form={unitId} action="save the unit" />
      <UnitFields idPrefix={`unit-${unitId}`} keyStage={keyStage} values={values} errorFor={errorIn(failure, unitId)} />
      <div>
        <button type="submit" name="intent" value="update-unit">
          Save unit
        </button>
      </div>
    </Form>
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

/** The form that adds a unit at the end of the draft; `entitlement` is absent when only a failed post is known. */
export function AddUnitForm({
  entitlementId,
  entitlement,
  csrfToken,
  failure,
}: {
  entitlementId: string;
  entitlement?: Pick<EditedEntitlement, "keyStage" | "units">;
  csrfToken: string;
  failure?: FormFailure;
}) {
  return (
    // A new key after each unit added empties the form for the next one.
    <Form method="post" className="form-stack" aria-labelledby="add-unit" key={entitlement?.units.length}>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="entitlementId" value={entitlementId} />
      <FormProblemMessage failure={failure} form="new-unit" />
      <SessionRenewalFieldsIn failure={failure} form="new-unit" action="add the unit" />
      <UnitFields
        idPrefix="new-unit"
        keyStage={entitlement?.keyStage}
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

/**
 * The draft's own details: title, who may see it once agreed, and why it is shaped as it is; as saved,
 * or as typed in a post that failed (`saved` is absent when only that post is known).
 */
export function DetailsForm({
  entitlementId,
  saved,
  csrfToken,
  failure,
}: {
  entitlementId: string;
  saved?: Pick<EditedEntitlement, "title" | "visibility" | "rationale">;
  csrfToken: string;
  failure?: FormFailure;
}) {
  const values: Partial<Record<"title" | "visibility" | "rationale", string>> =
    failure?.form === "details" ? failure.values : (saved ?? {});
  const errorFor = errorIn(failure, "details");
  return (
    <Form method="post" className="form-stack" aria-labelledby="details">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="entitlementId" value={entitlementId} />
      <FormProblemMessage failure={failure} form="details" />
      <SessionRenewalFieldsIn failure={failure} form="details" action="save the details" />
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
      <SessionRenewalFieldsIn failure={failure} form="adopt" action="record the adoption" />
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
