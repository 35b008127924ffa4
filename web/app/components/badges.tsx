import type { Licence } from "@hub/schema";
import { Link } from "@remix-run/react";

import { licenceShortLabels } from "../utils/labels";

/** The licence as a short badge; the full name is its accessible name and tooltip. */
export function LicenceBadge({ licence, label }: { readonly licence: Licence; readonly label: string }) {
  const open = licence !== "ALL_RIGHTS_RESERVED";
  return (
    <span className={open ? "badge badge--open" : "badge"} title={label}>
      <span aria-hidden="true">{licenceShortLabels[licence]}</span>
      <span className="visually-hidden">Licence: {label}</span>
    </span>
  );
}

export interface Chip {
  readonly key: string;
  readonly label: string;
  /** A listing filtered by this value, when there is one. */
  readonly to?: string;
}

/** A row of tag chips (subjects, themes, key stages), each a link to a filtered listing where one exists. */
export function Chips({ label, chips }: { readonly label: string; readonly chips: readonly Chip[] }) {
  if (chips.length === 0) return null;
  return (
    <ul className="chips" aria-label={label}>
      {chips.map((chip) => (
        <li key={chip.key}>
          {chip.to ? (
            <Link className="chip" to={chip.to}>
              {chip.label}
            </Link>
          ) : (
            <span className="chip">{chip.label}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
