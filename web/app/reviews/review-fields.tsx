import { ChoiceGroup, TextField, optionsFrom } from "../components/forms";
import { qualityReviewKindLabels } from "../utils/labels";

/** A review's kind and date, for entering a review and for changing one. */
export function ReviewKindAndDateFields({
  kind,
  reviewDate,
  errorFor,
}: {
  readonly kind: string;
  readonly reviewDate: string;
  readonly errorFor: (field: string) => string | undefined;
}) {
  return (
    <>
      <ChoiceGroup
        name="kind"
        legend="Kind of review"
        choices={optionsFrom(qualityReviewKindLabels)}
        chosen={[kind]}
        multiple={false}
        error={errorFor("kind")}
      />
      <TextField
        id="field-reviewDate"
        name="reviewDate"
        label="Date of the review"
        hint="The day it took place; not in the future."
        type="date"
        defaultValue={reviewDate}
        error={errorFor("reviewDate")}
        required
      />
    </>
  );
}
