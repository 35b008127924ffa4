import { ChoiceGroup, SelectField, TextField, optionsFrom, slugOptions } from "../components/forms";
import { useVocabulary } from "../root-data";
import { findingKindLabels } from "../utils/labels";

/** A finding's single-valued fields, as the forms that add and change one name them. */
export const FINDING_FIELDS = ["kind", "phase", "keyStage", "text"] as const;
/** Its themes: checkboxes, so several values; a failed post keeps them joined by commas (see FormFailure). */
export const THEMES = "themeSlugs";

/** What the fields show: a finding as stored, or as typed in a post that did not save. */
export type FindingFormValues = Readonly<Record<string, string>>;

/**
 * The fields of a finding (kind, themes, phase, key stage, text), for adding one and for changing one.
 * Their ids are fixed, so a page shows one finding form at a time.
 */
export function FindingFields({
  values,
  errorFor,
}: {
  readonly values: FindingFormValues;
  readonly errorFor: (field: string) => string | undefined;
}) {
  const vocabulary = useVocabulary();
  return (
    <>
      <ChoiceGroup
        name="kind"
        legend="Kind of finding"
        choices={optionsFrom(findingKindLabels)}
        chosen={[values["kind"] ?? "STRENGTH"]}
        multiple={false}
        error={errorFor("kind")}
      />
      <ChoiceGroup
        name={THEMES}
        legend="Themes (at least one)"
        columns
        multiple
        choices={slugOptions(vocabulary.themes)}
        chosen={(values[THEMES] ?? "").split(",").filter(Boolean)}
        error={errorFor(THEMES)}
      />
      <SelectField
        id="field-phase"
        name="phase"
        label="Phase (optional)"
        emptyOption="Not about one phase"
        defaultValue={values["phase"] ?? ""}
        error={errorFor("phase")}
        options={vocabulary.taxonomy.phases}
      />
      <SelectField
        id="field-keyStage"
        name="keyStage"
        label="Key stage (optional)"
        emptyOption="Not about one key stage"
        defaultValue={values["keyStage"] ?? ""}
        error={errorFor("keyStage")}
        options={vocabulary.taxonomy.keyStages}
      />
      <TextField
        id="field-text"
        name="text"
        label="What the review found"
        hint="A sentence or two, at most 1,000 characters."
        defaultValue={values["text"]}
        error={errorFor("text")}
        multiline={3}
        required
      />
    </>
  );
}
