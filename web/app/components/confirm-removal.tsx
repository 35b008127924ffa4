import { Form, Link, useLocation } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";

import { CsrfField, FormMessage } from "./forms";

interface ConfirmRemovalProps {
  /** The question, as the page's heading: "Remove Nadia Newcomer from NLT English network?". */
  readonly question: string;
  /** What is lost, said before the choice is offered. */
  readonly children: ReactNode;
  readonly csrfToken: string;
  /** The fields the page's action needs to do the removal (intent and what to remove). */
  readonly fields: Readonly<Record<string, string>>;
  /** The button that removes, naming what it removes: "Remove Nadia Newcomer". */
  readonly confirm: string;
  /** The way back that changes nothing, with words for screen readers that name what is kept. */
  readonly keep: { readonly to: string; readonly label: string; readonly hiddenDetail: string };
  /** Why the last try did not remove it, when it did not. */
  readonly problem?: string | undefined;
}

/**
 * A page's confirmation of a removal that cannot be undone: a GET state of the page (so it works
 * without JavaScript) whose one POST does the removal. Keyboard and screen-reader focus lands on the
 * question, whether the page was loaded (autoFocus in the HTML) or reached by a client-side navigation.
 */
export function ConfirmRemoval({ question, children, csrfToken, fields, confirm, keep, problem }: ConfirmRemovalProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [question]);
  return (
    <>
      {/* tabIndex -1: focusable by script and autofocus, but not a stop for Tab. */}
      <h1 ref={heading} tabIndex={-1} autoFocus>
        {question}
      </h1>
      {problem && <FormMessage>{problem}</FormMessage>}
      <div className="panel">{children}</div>
      <Form method="post" className="button-row">
        <CsrfField token={csrfToken} />
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit">{confirm}</button>
        <Link to={keep.to} className="button button--secondary">
          {keep.label}
          <span className="visually-hidden"> {keep.hiddenDetail}</span>
        </Link>
      </Form>
    </>
  );
}

/**
 * After "Keep them", focus returns to the button that asked. A full page load does that itself (a
 * focusable fragment target takes focus); a client-side navigation only scrolls, so this focuses it.
 */
export function useFocusOnFragment() {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.focus();
  }, [hash]);
}
