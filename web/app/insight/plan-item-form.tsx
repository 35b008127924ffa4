import { Form } from "@remix-run/react";

import { CsrfField, FormProblemMessage, TextField, errorIn, type FormFailure } from "../components/forms";
import { useMember } from "../root-data";
import { insightPlanPath } from "../paths";

/** The fields a plan item's form sends, as the API names them (the page's own names, for errors). */
export const PLAN_ITEM_FIELDS = ["note", "owner", "dueOn"] as const;
/** What identifies what the item is about: a new item's theme and match, or an existing item's id. */
export const PLAN_ITEM_KEYS = ["themeSlug", "schoolUrn", "areaOfExcellenceSlug", "id"] as const;
/** The insight page's period, sent along so the post returns to the page as it was. */
export const PLAN_PERIOD_FIELDS = ["from", "to", "phase"] as const;

export type PlanFormName = "create" | "update";
export type PlanFailure = FormFailure<PlanFormName | "remove">;

interface PlanItemFormProps {
  readonly networkSlug: string;
  /** Unique on the page: the fields' ids start with it. */
  readonly idPrefix: string;
  readonly intent: PlanFormName;
  /** The theme, match or item the form is about, sent as hidden fields. */
  readonly keys: Partial<Record<(typeof PLAN_ITEM_KEYS)[number], string>>;
  readonly period: Partial<Record<(typeof PLAN_PERIOD_FIELDS)[number], string | null>>;
  readonly values?: Partial<Record<(typeof PLAN_ITEM_FIELDS)[number], string>>;
  /** A failed post of this very form, to show its problems beside its fields. */
  readonly failure?: PlanFailure;
  readonly submitLabel: string;
}

/** A plan item's note, owner and due date, posted to the plan route (works without JavaScript). */
export function PlanItemForm(props: PlanItemFormProps) {
  const { networkSlug, idPrefix, intent, keys, period, values = {}, failure, submitLabel } = props;
  const member = useMember();
  const errorOf = errorIn(failure, intent);
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <Form method="post" action={insightPlanPath(networkSlug)} className="plan-item-form">
      {member && <CsrfField token={member.csrfToken} />}
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(keys).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {Object.entries(period).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <FormProblemMessage failure={failure} form={intent} />
      <TextField
        id={id("note")}
        name="note"
        label="What to do"
        multiline={2}
        required
        defaultValue={values.note}
        error={errorOf("note")}
        hint="At most 500 characters."
      />
      <TextField id={id("owner")} name="owner" label="Owner" defaultValue={values.owner} error={errorOf("owner")} />
      <TextField
        id={id("dueOn")}
        name="dueOn"
        label="Due by"
        type="date"
        defaultValue={values.dueOn}
        error={errorOf("dueOn")}
      />
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
