import type { ReactNode } from "react";

/** The CSRF token's hidden field; every form that changes something includes it. */
export function CsrfField({ token }: { readonly token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

/** The id of a field's error message, for aria-describedby. */
export const errorIdFor = (id: string) => `${id}-error`;

interface FieldErrorProps {
  readonly id: string;
  readonly error?: string;
}

export function FieldError({ id, error }: FieldErrorProps) {
  if (!error) return null;
  return (
    <p className="field-error" id={errorIdFor(id)}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}

/** aria attributes that tie a control to its hint and its error. */
export function describedBy(id: string, options: { hint?: boolean; error?: string }) {
  const ids = [options.error ? errorIdFor(id) : null, options.hint ? `${id}-hint` : null].filter(Boolean);
  return {
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
    "aria-invalid": options.error ? true : undefined,
  } as const;
}

interface TextFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly defaultValue?: string;
  readonly error?: string;
  readonly hint?: ReactNode;
  readonly type?: "text" | "email" | "password" | "url" | "number" | "datetime-local" | "date";
  readonly autoComplete?: string;
  readonly required?: boolean;
  readonly multiline?: number;
  readonly maxLength?: number;
  readonly min?: number;
}

/**
 * A control's frame: its label, then its hint and error (which the control names in aria-describedby,
 * see describedBy). TextField and SelectField are built on it; use it directly for other controls.
 */
export function LabelledField(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string;
  readonly children: ReactNode;
}) {
  const { id, label, hint, error, children } = props;
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}

/** A labelled input (or textarea, with `multiline` rows) with its hint and error announced together. */
export function TextField(props: TextFieldProps) {
  const { id, name, label, defaultValue, error, hint, type = "text", autoComplete, required, multiline, min } = props;
  const shared = {
    id,
    name,
    defaultValue,
    required,
    autoComplete,
    min,
    ...describedBy(id, { hint: hint !== undefined, error }),
  };
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      {multiline ? <textarea rows={multiline} {...shared} /> : <input type={type} {...shared} />}
    </LabelledField>
  );
}

interface SelectFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  readonly defaultValue?: string;
  readonly error?: string;
  readonly hint?: ReactNode;
  readonly required?: boolean;
  /** The first option's text when choosing nothing is allowed (it submits ""). */
  readonly emptyOption?: string;
}

/** A labelled drop-down list with its hint and error announced together, like TextField. */
export function SelectField(props: SelectFieldProps) {
  const { id, name, label, options, defaultValue, error, hint, required, emptyOption } = props;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        required={required}
        {...describedBy(id, { hint: hint !== undefined, error })}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}

/** Options (for a SelectField or a filter) from a record of labels, e.g. optionsFrom(networkRoleLabels). */
export const optionsFrom = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** Options from things with a slug and a name, e.g. subjects, themes or networks. */
export const slugOptions = (items: ReadonlyArray<{ readonly slug: string; readonly name: string }>) =>
  items.map((item) => ({ value: item.slug, label: item.name }));

/** A message for the whole form, announced as soon as it appears. */
export function FormMessage({
  children,
  tone = "error",
}: {
  readonly children: ReactNode;
  readonly tone?: "error" | "success";
}) {
  return (
    <div className={`notice notice--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

/** A form's problem as an action returns it: a message, and the field it is about when there is one. */
interface Problem {
  readonly field?: string | undefined;
  readonly message: string;
}

/** The message to show beside one field: the problem's, when it is about that field. */
export const errorFrom = (problem: Problem | undefined, field: string) =>
  problem?.field === field ? problem.message : undefined;

/** On a page of several forms, a failed post: which form it came from, what was typed in it, and what was wrong. */
export interface FormFailure<Name extends string = string> {
  readonly form: Name;
  readonly values: Readonly<Record<string, string>>;
  readonly problem: Problem;
  /** The session had ended: that form comes back with sign-in fields (see member/session-renewal.tsx). */
  readonly sessionEnded?: boolean;
}

/** The messages beside the fields of one form of the page, when the failure came from that form. */
export const errorIn = (failure: FormFailure | undefined, form: string) => (field: string) =>
  failure?.form === form ? errorFrom(failure.problem, field) : undefined;

/** The problem for the whole of one form of the page, when the API named no field of it. */
export function FormProblemMessage({ failure, form }: { readonly failure?: FormFailure; readonly form: string }) {
  if (failure?.form !== form || failure.problem.field) return null;
  return <FormMessage>{failure.problem.message}</FormMessage>;
}

/** A problem's message, linked to the field at fault (id `<fieldIdPrefix><name>`) when it names one. */
export function ProblemLink({
  problem,
  fieldIdPrefix = "field-",
}: {
  readonly problem: Problem;
  readonly fieldIdPrefix?: string;
}) {
  return problem.field ? <a href={`#${fieldIdPrefix}${problem.field}`}>{problem.message}</a> : <>{problem.message}</>;
}

/**
 * The alert at the top of a form that did not save: a link to the field at fault (whose id is
 * `<fieldIdPrefix><name>`), or the API's message when it named no field of this form.
 */
export function FormProblemSummary({
  problem,
  lead,
  fieldIdPrefix = "field-",
}: {
  readonly problem: Problem | undefined;
  readonly lead: string;
  readonly fieldIdPrefix?: string;
}) {
  if (!problem) return null;
  return (
    <FormMessage>
      {problem.field ? (
        <>
          {lead} <ProblemLink problem={problem} fieldIdPrefix={fieldIdPrefix} />
        </>
      ) : (
        problem.message
      )}
    </FormMessage>
  );
}

interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

interface ChoiceGroupProps {
  readonly name: string;
  readonly legend: string;
  readonly choices: readonly Choice[];
  readonly chosen: readonly string[];
  readonly multiple: boolean;
  readonly error?: string;
  readonly columns?: boolean;
}

/** Checkboxes (or radio buttons) in a fieldset whose legend names them; its error is announced with the group. */
export function ChoiceGroup({ name, legend, choices, chosen, multiple, error, columns }: ChoiceGroupProps) {
  const id = `field-${name}`;
  return (
    <fieldset className={error ? "choice-group field--error" : "choice-group"} id={id} {...describedBy(id, { error })}>
      <legend>{legend}</legend>
      <FieldError id={id} error={error} />
      <div className={columns ? "choice-columns" : undefined}>
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          return (
            <div key={choice.value}>
              <label htmlFor={inputId}>
                <input
                  id={inputId}
                  type={multiple ? "checkbox" : "radio"}
                  name={name}
                  value={choice.value}
                  defaultChecked={chosen.includes(choice.value)}
                  aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
                />
                <span>{choice.label}</span>
              </label>
              {choice.hint && (
                <p className="hint" id={`${inputId}-hint`}>
                  {choice.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
