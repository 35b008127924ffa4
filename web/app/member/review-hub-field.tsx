import { SelectField } from "../components/forms";

/** The reviewing hub, chosen from the hubs whose reviews the member may enter. */
export function ReviewHubField({
  hubs,
  defaultValue,
  error,
}: {
  readonly hubs: ReadonlyArray<{ readonly slug: string; readonly name: string }>;
  readonly defaultValue: string;
  readonly error?: string;
}) {
  return (
    <SelectField
      id="field-hubSlug"
      name="hubSlug"
      label="Reviewing hub"
      defaultValue={defaultValue}
      error={error}
      options={hubs.map((hub) => ({ value: hub.slug, label: hub.name }))}
    />
  );
}
