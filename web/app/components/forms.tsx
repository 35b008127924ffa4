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
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {multiline ? <textarea rows={multiline} {...shared} /> : <input type={type} {...shared} />}
    </div>
  );
}

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

interface SelectFieldProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
  readonly defaultValue?: string;
  readonly error?: string;
  readonly hint?: ReactNode;
}

/** A labelled drop-down list with its hint and error announced together, like {@link TextField}. */
export function SelectField({ id, name, label, options, defaultValue, error, hint }: SelectFieldProps) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      <select id={id} name={name} defaultValue={defaultValue} {...describedBy(id, { hint: hint !== undefined, error })}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
