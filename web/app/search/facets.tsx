import type { FacetFragment } from "@hub/schema";
import { Link } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";

import { useVocabulary } from "../root-data";
import {
  eventKindLabels,
  licenceShortLabels,
  networkKindLabels,
  resourceTypeLabels,
  searchKindLabels,
  upcomingEventsLabels,
} from "../utils/labels";
import { FACET_GROUPS, searchPath, type FacetGroup, type SearchFacets, type SearchState } from "./search-params";

/** Values shown before the rest of a long facet folds away under "more". */
const SHOWN_VALUES = 8;

/** A label for a chosen value the current results no longer count (so the API gave none). */
function useFallbackLabel(): (group: FacetGroup, value: string) => string {
  const { subjects, themes, taxonomy } = useVocabulary();
  const lists: Record<string, ReadonlyArray<{ value: string; label: string }>> = {
    subject: subjects.map((subject) => ({ value: subject.slug, label: subject.name })),
    theme: themes.map((theme) => ({ value: theme.slug, label: theme.name })),
    phase: taxonomy.phases,
    keyStage: taxonomy.keyStages,
    yearGroup: taxonomy.yearGroups,
    region: taxonomy.regions,
  };
  const enums: Record<string, Readonly<Record<string, string>>> = {
    kind: searchKindLabels,
    type: { ...resourceTypeLabels, ...eventKindLabels, ...networkKindLabels },
    licence: licenceShortLabels,
    upcoming: upcomingEventsLabels,
  };
  return (group, value) =>
    lists[group.param]?.find((option) => option.value === value)?.label ?? enums[group.param]?.[value] ?? value;
}

interface FacetOption extends FacetFragment {
  readonly checked: boolean;
}

/** The API's counts, plus any chosen value they lack (with no hits now), so every choice can be undone. */
function optionsOf(
  group: FacetGroup,
  facets: SearchFacets,
  state: SearchState,
  label: (group: FacetGroup, value: string) => string,
): FacetOption[] {
  const chosen = state.selected[group.param] ?? [];
  const counted = facets[group.facet].map((value) => ({ ...value, checked: chosen.includes(value.value) }));
  const missing = chosen
    .filter((value) => !counted.some((option) => option.value === value))
    .map((value) => ({ value, label: label(group, value), count: 0, checked: true }));
  return [...missing, ...counted];
}

function FacetCheckboxes({ group, options }: { group: FacetGroup; options: readonly FacetOption[] }) {
  return (
    <ul className="facet-list">
      {options.map((option) => {
        const id = `facet-${group.param}-${option.value}`;
        return (
          <li key={option.value}>
            <input type="checkbox" id={id} name={group.param} value={option.value} defaultChecked={option.checked} />
            <label htmlFor={id}>
              {option.label}{" "}
              <span className="facet-count">
                {option.count.toLocaleString("en-GB")}
                <span className="visually-hidden"> {option.count === 1 ? "result" : "results"}</span>
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * The facet filters as labelled checkboxes inside the search form: without JavaScript the
 * "Apply filters" button submits them; with it, the page submits on every change.
 */
export function FacetFilters({ facets, state }: { facets: SearchFacets; state: SearchState }) {
  const label = useFallbackLabel();
  return (
    <div className="filters panel">
      <h2 className="filters__heading">Filter results</h2>
      {FACET_GROUPS.map((group) => {
        const options = optionsOf(group, facets, state, label);
        if (options.length === 0) return null;
        const shown = options.slice(0, SHOWN_VALUES);
        const rest = options.slice(SHOWN_VALUES);
        return (
          <fieldset key={group.param}>
            <legend>{group.label}</legend>
            <FacetCheckboxes group={group} options={shown} />
            {rest.length > 0 && (
              <details open={rest.some((option) => option.checked)}>
                <summary>
                  {rest.length} more <span className="visually-hidden">{group.label.toLowerCase()} values</span>
                </summary>
                <FacetCheckboxes group={group} options={rest} />
              </details>
            )}
          </fieldset>
        );
      })}
      <div>
        <button type="submit">Apply filters</button>
      </div>
    </div>
  );
}

/** The width from which the filters sit beside the results (the `.with-sidebar` breakpoint in layout.css). */
const SIDEBAR_WIDTH = "(min-width: 56rem)";

/**
 * The filters behind a "Filters (n)" button on a phone, so the results come first; beside the
 * results, open, on a wider screen. A <details> element, so it opens and closes without JavaScript;
 * search.css shows its content on wide screens, and with JavaScript it is also opened there for
 * browsers that cannot style it. Not keyed on the address like the filters inside it, so it stays
 * open while someone changes filters in it.
 */
export function FilterDisclosure({ chosen, children }: { readonly chosen: number; readonly children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia(SIDEBAR_WIDTH).matches) ref.current.open = true;
  }, []);
  return (
    <details className="filter-disclosure" ref={ref}>
      <summary className="filter-disclosure__button">Filters ({chosen})</summary>
      {children}
    </details>
  );
}

/** The filters in force as links that each remove one, and a link that removes them all. */
export function ActiveFilters({ facets, state }: { facets: SearchFacets; state: SearchState }) {
  const label = useFallbackLabel();
  const chips = FACET_GROUPS.flatMap((group) =>
    (state.selected[group.param] ?? []).map((value) => {
      const name = facets[group.facet].find((option) => option.value === value)?.label ?? label(group, value);
      const remaining = (state.selected[group.param] ?? []).filter((other) => other !== value);
      const without = { ...state, selected: { ...state.selected, [group.param]: remaining } };
      return { key: `${group.param}=${value}`, text: `${group.label}: ${name}`, to: searchPath(without) };
    }),
  );
  if (chips.length === 0) return null;
  return (
    <div className="active-filters">
      <ul className="chips" aria-label="Filters in force">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link className="chip" to={chip.to}>
              {chip.text} <span aria-hidden="true">×</span>
              <span className="visually-hidden"> (remove)</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link to={searchPath({ ...state, selected: {} })}>Clear all filters</Link>
    </div>
  );
}
