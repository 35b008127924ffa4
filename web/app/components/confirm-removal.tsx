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
  /**
   * 1 (the default) when the question is the page; 3 when it is asked in place, beside the thing
   * it removes, in a page whose other forms must keep what was typed in them.
   */
  readonly headingLevel?: 1 | 3;
}

/**
 * A page's confirmation of a removal that cannot be undone: a GET state of the page (so it works
 * without JavaScript) whose one POST does the removal. Keyboard and screen-reader focus lands on the
 * question, whether the page was loaded (autoFocus in the HTML) or reached by a client-side navigation.
 */
export function ConfirmRemoval({
  question,
  children,
  csrfToken,
  fields,
  confirm,
  keep,
  problem,
  headingLevel = 1,
}: ConfirmRemovalProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [question]);
  const Heading = headingLevel === 1 ? "h1" : "h3";
  return (
    <>
      {/* tabIndex -1: focusable by script and autofocus, but not a stop for Tab. */}
      <Heading ref={heading} tabIndex={-1} autoFocus>
        {question}
      </Heading>
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
 * What starts a removal: a link, looking like a button, to the page state that asks (ConfirmRemoval).
 * Its id is where the answer "Keep" brings focus back to (see useFocusOnFragment).
 */
export function AskFirstLink({
  id,
  to,
  label,
  hiddenDetail,
}: {
  readonly id: string;
  readonly to: string;
  readonly label: string;
  /** Words for screen readers naming what would be removed, where the row around says it visually. */
  readonly hiddenDetail?: string;
}) {
  return (
    <Link id={id} to={to} className="button button--secondary">
      {label}
      {hiddenDetail && <span className="visually-hidden"> {hiddenDetail}</span>}
    </Link>
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
