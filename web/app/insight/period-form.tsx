import type { Phase } from "@hub/schema";
import { Form } from "@remix-run/react";

import { SelectField, TextField } from "../components/forms";
import { useVocabulary } from "../root-data";

/**
 * The period (and phase) an insight page counts, chosen with a GET form, so it works without
 * JavaScript and the address can be bookmarked, shared and downloaded from as it is.
 */
export function InsightPeriodForm(props: {
  readonly from: string;
  readonly to: string;
  readonly phase: Phase | null | undefined;
}) {
  const phases = useVocabulary().taxonomy.phases;
  return (
    <Form method="get" className="insight-period panel" aria-label="Period and phase">
      <TextField id="from" name="from" label="From" type="date" defaultValue={props.from} />
      <TextField id="to" name="to" label="To" type="date" defaultValue={props.to} />
      <SelectField
        id="phase"
        name="phase"
        label="Phase"
        emptyOption="All phases"
        options={phases}
        defaultValue={props.phase ?? ""}
        hint="For the review counts; search demand counts every search."
      />
      <button type="submit">Show</button>
    </Form>
  );
}
