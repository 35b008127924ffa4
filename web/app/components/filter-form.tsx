import { Form, Link, useLocation } from "@remix-run/react";

export interface FilterField {
  /** The query parameter, e.g. "subject". */
  readonly name: string;
  readonly label: string;
  readonly options: ReadonlyArray<{ readonly value: string; readonly label: string }>;
}

interface FilterFormProps {
  /** The listing's own address; the form submits there with GET. */
  readonly action: string;
  readonly fields: readonly FilterField[];
  /** Its accessible name, e.g. "Filter resources". */
  readonly label: string;
  /** Parameters that narrow the listing without a control of their own (e.g. a network), kept on submit. */
  readonly keep?: readonly string[];
  /** A text box before the drop-downs, e.g. a directory's "Name" search (its query parameter and label). */
  readonly search?: { readonly name: string; readonly label: string };
}

/**
 * A listing's filters as a GET form: the state lives in the address, so filtered pages can be
 * shared and bookmarked, and the form works without JavaScript.
 */
export function FilterForm({ action, fields, label, keep = [], search }: FilterFormProps) {
  const location = useLocation();
  const current = new URLSearchParams(location.search);
  const active = [...fields.map((field) => field.name), ...(search ? [search.name] : [])].some((name) =>
    current.get(name),
  );
  return (
    // Keyed on the address so its choices follow back and forward navigation.
    <Form method="get" action={action} className="filters panel" aria-label={label} key={location.search}>
      {keep.map((name) => {
        const value = current.get(name);
        return value ? <input key={name} type="hidden" name={name} value={value} /> : null;
      })}
      {search && (
        <div>
          <label htmlFor={`filter-${search.name}`}>{search.label}</label>
          <input
            id={`filter-${search.name}`}
            type="search"
            name={search.name}
            defaultValue={current.get(search.name) ?? ""}
            maxLength={100}
          />
        </div>
      )}
      {fields.map((field) => (
        <div key={field.name}>
          <label htmlFor={`filter-${field.name}`}>{field.label}</label>
          <select id={`filter-${field.name}`} name={field.name} defaultValue={current.get(field.name) ?? ""}>
            <option value="">Any</option>
            {field.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div>
        <button type="submit">Apply filters</button>
      </div>
      {active && (
        <p>
          <Link to={action}>Clear all filters</Link>
        </p>
      )}
    </Form>
  );
}

/** Options for the shared ambitions, each named with the network that set it. */
export function ambitionOptions(
  ambitions: ReadonlyArray<{ slug: string; title: string; network: { name: string } }>,
): FilterField["options"] {
  return ambitions.map((ambition) => ({ value: ambition.slug, label: `${ambition.title} (${ambition.network.name})` }));
}

/** A short description of the filters in force, for headings and titles: "History, Key stage 3". */
export function describeFilters(fields: readonly FilterField[], params: URLSearchParams): string {
  return fields
    .map((field) => {
      const value = params.get(field.name);
      return value ? (field.options.find((option) => option.value === value)?.label ?? value) : null;
    })
    .filter((label): label is string => label !== null)
    .join(", ");
}
