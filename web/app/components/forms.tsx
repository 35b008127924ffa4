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
  readonly type?: "text" | "email" | "password" | "url";
  readonly autoComplete?: string;
  readonly required?: boolean;
  readonly multiline?: number;
  readonly maxLength?: number;
}

/** A control's frame: its label, then its hint and error (which the control names in aria-describedby). */
function LabelledField(props: {
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
  const { id, name, label, defaultValue, error, hint, type = "text", autoComplete, required, multiline } = props;
  const shared = {
    id,
    name,
    defaultValue,
    required,
    autoComplete,
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

/** Options for a SelectField from a record of labels, e.g. optionsFrom(networkRoleLabels). */
export const optionsFrom = (labels: Readonly<Record<string, string>>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

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

/** The announcement above a form that came back: the problem itself, or a pointer to the field marked. */
export function ProblemMessage({ problem }: { readonly problem: Problem | undefined }) {
  if (!problem) return null;
  return <FormMessage>{problem.field ? "Check the field marked below." : problem.message}</FormMessage>;
}

/** The message to show beside one field: the problem's, when it is about that field. */
export const errorFrom = (problem: Problem | undefined, field: string) =>
  problem?.field === field ? problem.message : undefined;
