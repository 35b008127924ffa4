import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";

import { autosaveResourcePath, editResourcePath } from "../paths";
import type { FormProblem } from "./forms.server";
import type { AutosaveResult } from "./resource-editor.server";

/** How long typing must pause before a draft is saved in the background. */
const AUTOSAVE_DELAY_MS = 1_000;

/** Where the background saving of a draft stands, for the status line. */
export type AutosaveStatus =
  | { readonly state: "off" }
  | { readonly state: "ready" }
  | { readonly state: "saving" }
  | { readonly state: "saved"; readonly at: string }
  | { readonly state: "failed"; readonly problem?: FormProblem }
  | { readonly state: "session-ended" };

/** Fields the background save never sends: the sign-in fields offered after a session ended, and the button. */
const NOT_SENT = ["intent", "renewEmail", "renewPassword"];

interface AutosaveOptions {
  /** Whether there is a draft to save: off for resources in review or published, and until the page has hydrated. */
  readonly enabled: boolean;
  /** The saved resource's slug; none for a new resource until its first save creates the draft. */
  readonly savedSlug?: string;
  /** Whether the form holds enough to save (a new resource needs a title and an address first). */
  readonly canSave: (form: HTMLFormElement) => boolean;
}

/**
 * Saves a draft in the background a moment after typing pauses. A newer change cancels a save that
 * is still waiting; a save never starts while another is on its way (an older one could otherwise
 * land after a newer one), and what changed meanwhile goes in the next. A manual Save pressed while
 * a background save is on its way waits for it. The first save of a new resource creates the draft
 * and moves the address to its edit page, without reloading what is being typed.
 */
export function useAutosave(formRef: RefObject<HTMLFormElement>, options: AutosaveOptions) {
  const { enabled, canSave } = options;
  const [status, setStatus] = useState<AutosaveStatus>({ state: "off" });
  const [savedSlug, setSavedSlug] = useState(options.savedSlug);
  const [heldSubmit, setHeldSubmit] = useState<{ submitter: HTMLElement | null } | null>(null);
  const slug = useRef(options.savedSlug);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const inFlight = useRef(false);
  const changedMeanwhile = useRef(false);
  const submitWaiting = useRef<{ submitter: HTMLElement | null } | null>(null);

  // The page moved to another resource, or to this one's new address after a save by hand.
  useEffect(() => {
    slug.current = options.savedSlug;
    setSavedSlug(options.savedSlug);
  }, [options.savedSlug]);

  useEffect(() => {
    setStatus(enabled ? { state: "ready" } : { state: "off" });
    return () => clearTimeout(timer.current);
  }, [enabled]);

  // A Save held back for a background save: sent once that is done and the form posts to the right page.
  useEffect(() => {
    if (!heldSubmit) return;
    setHeldSubmit(null);
    formRef.current?.requestSubmit(heldSubmit.submitter);
  }, [heldSubmit, formRef]);

  async function save(): Promise<void> {
    const form = formRef.current;
    if (!form) return;
    if (inFlight.current) {
      changedMeanwhile.current = true;
      return;
    }
    const body = new FormData(form);
    for (const name of NOT_SENT) body.delete(name);
    if (slug.current) body.set("currentSlug", slug.current);
    inFlight.current = true;
    setStatus({ state: "saving" });
    let next: AutosaveStatus;
    try {
      const response = await fetch(autosaveResourcePath, { method: "POST", body });
      const result = (await response.json()) as AutosaveResult;
      if (result.saved) {
        if (result.slug !== slug.current) {
          slug.current = result.slug;
          setSavedSlug(result.slug);
          // The address a reload or a bookmark should use now; the page itself stays as it is.
          window.history.replaceState(window.history.state, "", editResourcePath(result.slug));
        }
        next = { state: "saved", at: result.savedAt };
      } else {
        next = result.sessionEnded ? { state: "session-ended" } : { state: "failed", problem: result.problem };
      }
    } catch {
      next = { state: "failed" };
    }
    inFlight.current = false;
    setStatus(next);
    const waiting = submitWaiting.current;
    if (waiting) {
      submitWaiting.current = null;
      changedMeanwhile.current = false;
      setHeldSubmit(waiting);
    } else if (changedMeanwhile.current && next.state !== "session-ended") {
      changedMeanwhile.current = false;
      void save();
    }
  }

  /** For the form's onChange: every edit (re)starts the pause before saving. */
  function onChange(event: FormEvent<HTMLFormElement>) {
    if (status.state === "off" || status.state === "session-ended") return;
    if (NOT_SENT.includes((event.target as HTMLInputElement).name)) return;
    clearTimeout(timer.current);
    if (!slug.current && !canSave(event.currentTarget)) return;
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }

  /** For the form's onSubmit: a manual save replaces a waiting background save, and follows one on its way. */
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    clearTimeout(timer.current);
    changedMeanwhile.current = false;
    if (inFlight.current) {
      event.preventDefault();
      submitWaiting.current = { submitter: (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null };
    }
  }

  return {
    status,
    /** The draft's slug once saved: the form then posts to its edit page. */
    savedSlug,
    onChange,
    onSubmit,
    retry: () => void save(),
  };
}
