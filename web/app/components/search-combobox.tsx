import { useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";

import type { SuggestionItem } from "../search/suggestions.server";
import { searchKindLabels } from "../utils/labels";
import { Highlighted } from "./highlighted";

/** Wait this long after the last keystroke before asking for suggestions or results. */
export const TYPING_DELAY_MS = 250;

interface SearchComboboxProps {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly defaultValue: string;
  readonly inputRef: RefObject<HTMLInputElement>;
  /** Called (debounced) with what has been typed, e.g. to update the results. */
  readonly onTyped?: (value: string) => void;
}

/**
 * Suggestions from the resource route, fetched directly (not through the router, so nothing
 * but the list depends on them). Each request cancels the one before, so a slow answer never
 * replaces a newer one; a failure just leaves the list empty.
 */
function useSuggestions(): [readonly SuggestionItem[], (prefix: string) => void] {
  const [items, setItems] = useState<readonly SuggestionItem[]>([]);
  const pending = useRef<AbortController>();
  useEffect(() => () => pending.current?.abort(), []);
  const load = (prefix: string) => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    fetch(`/search/suggestions?q=${encodeURIComponent(prefix)}`, {
      signal: controller.signal,
      headers: { Accept: "application/json" },
    })
      .then((response) => (response.ok ? (response.json() as Promise<{ suggestions: SuggestionItem[] }>) : null))
      .then((body) => setItems(body?.suggestions ?? []))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.error("search suggestions failed", error);
          setItems([]);
        }
      });
  };
  return [items, load];
}

/** True once React runs in the browser; false in the server's HTML and in its first render. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * The search box with title suggestions as someone types: the ARIA 1.2 combobox pattern with
 * a listbox popup. Arrow keys move through the suggestions, Enter opens the one chosen (or
 * searches when none is), Escape closes the list. Without JavaScript it is a plain search box:
 * the combobox role and the list exist only once React runs.
 */
export function SearchCombobox({ id, name, label, defaultValue, inputRef, onTyped }: SearchComboboxProps) {
  const hydrated = useHydrated();
  const [items, loadSuggestions] = useSuggestions();
  const navigate = useNavigate();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  const expanded = hydrated && open && items.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const typed = (value: string) => {
    clearTimeout(timer.current);
    setActive(-1);
    timer.current = setTimeout(() => {
      if (value.trim()) loadSuggestions(value);
      setOpen(value.trim() !== "");
      onTyped?.(value);
    }, TYPING_DELAY_MS);
  };

  const choose = (index: number) => {
    const item = items[index];
    if (!item) return;
    close();
    navigate(item.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        if (!items.length) return;
        event.preventDefault();
        setOpen(true);
        setActive((current) => (expanded ? (current + 1) % items.length : 0));
        break;
      case "ArrowUp":
        if (!expanded) return;
        event.preventDefault();
        setActive((current) => (current <= 0 ? items.length - 1 : current - 1));
        break;
      case "Enter":
        if (expanded && active >= 0) {
          event.preventDefault();
          choose(active);
        } else {
          // The form searches for what was typed; no need for the pending update as well.
          clearTimeout(timer.current);
          close();
        }
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          close();
        }
        break;
    }
  };

  return (
    <div className="combobox">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        name={name}
        defaultValue={defaultValue}
        autoComplete="off"
        {...(hydrated
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listId,
              "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
              onChange: (event) => typed(event.currentTarget.value),
              onKeyDown,
              onBlur: close,
            }
          : {})}
      />
      {hydrated && (
        <>
          <ul
            id={listId}
            role="listbox"
            aria-label="Suggestions"
            className="combobox__list"
            hidden={!expanded}
            // Keep focus in the box while a suggestion is clicked.
            onMouseDown={(event) => event.preventDefault()}
          >
            {items.map((item, index) => (
              <li
                key={item.path}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className="combobox__option"
                onClick={() => choose(index)}
              >
                <Highlighted value={item.title} />
                <span className="combobox__kind"> · {searchKindLabels[item.kind]}</span>
              </li>
            ))}
          </ul>
          <p className="visually-hidden" aria-live="polite">
            {expanded ? `${items.length} suggestion${items.length === 1 ? "" : "s"}, use the arrow keys to choose` : ""}
          </p>
        </>
      )}
    </div>
  );
}
