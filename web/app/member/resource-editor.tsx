import type { Licence, Visibility } from "@hub/schema";
import { Form, useFetcher, type ShouldRevalidateFunction } from "@remix-run/react";
import { useEffect, useRef, useState, type ReactNode } from "react";

import {
  ChoiceGroup,
  CsrfField,
  FieldError,
  FormProblemSummary,
  SelectField,
  TextField,
  describedBy,
  errorFrom,
  optionsFrom,
  slugOptions,
  ProblemLink,
} from "../components/forms";
import { editResourcePath, resourcePreviewPath } from "../paths";
import { useVocabulary } from "../root-data";
import { formatTime } from "../utils/dates";
import { resourceTypeLabels } from "../utils/labels";
import { useAutosave, type AutosaveStatus } from "./autosave";
import { SessionRenewalFields } from "./session-renewal";

/** The editor's form as typed: text fields as strings, pickers as lists of chosen values. */
export interface EditorValues {
  title: string;
  slug: string;
  summary: string;
  body: string;
  type: string;
  owningNetworkSlug: string;
  schoolUrn: string;
  visibility: string;
  licence: string;
  tags: string;
  links: string;
  relatedResourceSlugs: string;
  sharedWithNetworkSlugs: string;
  message: string;
  subjectSlugs: string[];
  themeSlugs: string[];
  ambitionSlugs: string[];
  phases: string[];
  keyStages: string[];
  yearGroups: string[];
}

/** A new resource's form: public and openly licensed unless the author chooses otherwise. */
export const EMPTY_VALUES: EditorValues = {
  title: "",
  slug: "",
  summary: "",
  body: "",
  type: "GUIDE",
  owningNetworkSlug: "",
  schoolUrn: "",
  visibility: "PUBLIC",
  licence: "CC_BY_4_0",
  tags: "",
  links: "",
  relatedResourceSlugs: "",
  sharedWithNetworkSlugs: "",
  message: "",
  subjectSlugs: [],
  themeSlugs: [],
  ambitionSlugs: [],
  phases: [],
  keyStages: [],
  yearGroups: [],
};

/** What each licence lets others do, in plain words, so authors choose knowingly. */
const LICENCE_CHOICES: ReadonlyArray<{ value: Licence; label: string; explanation: string }> = [
  {
    value: "CC_BY_4_0",
    label: "Creative Commons Attribution 4.0 (CC BY)",
    explanation: "Anyone may copy, adapt and share it, for any purpose, as long as they credit your network.",
  },
  {
    value: "CC_BY_SA_4_0",
    label: "Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA)",
    explanation: "As CC BY, and anyone who adapts it must share their version under the same licence.",
  },
  {
    value: "CC_BY_NC_4_0",
    label: "Creative Commons Attribution-NonCommercial 4.0 (CC BY-NC)",
    explanation: "Anyone may copy and adapt it with credit, but not sell it or use it to make money.",
  },
  {
    value: "CC_BY_NC_SA_4_0",
    label: "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 (CC BY-NC-SA)",
    explanation: "Non-commercial reuse with credit, and adapted versions shared under the same licence.",
  },
  {
    value: "OGL_UK_3_0",
    label: "Open Government Licence v3.0",
    explanation: "The licence UK public bodies use: free reuse, including commercial, with an attribution statement.",
  },
  {
    value: "ALL_RIGHTS_RESERVED",
    label: "All rights reserved",
    explanation:
      "Nobody may reuse it without asking. Not allowed for public resources: choose an open licence for those.",
  },
];

const VISIBILITY_CHOICES: ReadonlyArray<{ value: Visibility; label: string }> = [
  { value: "PUBLIC", label: "Everyone: part of the open library once published (needs an open licence)" },
  { value: "NETWORK", label: "Members of the owning network, and of networks you share it with below" },
  { value: "PRIVATE", label: "Only its authors and the network's moderators" },
];

/** With JavaScript: the body rendered by the API as the reader will see it, a moment after typing stops. */
function useLivePreview(csrfToken: string, initialHtml: string | undefined) {
  const fetcher = useFetcher<{ html: string }>();
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [live, setLive] = useState(false);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onBodyChange = (markdown: string) => {
    setLive(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      fetcher.submit({ markdown, csrf: csrfToken }, { method: "post", action: resourcePreviewPath });
    }, 400);
  };
  return { html: fetcher.data?.html ?? initialHtml, live, onBodyChange };
}

/**
 * For the editor's routes: the live preview posts in the background, and reloading the page's data
 * after it would reset the form to what was last saved, losing what was typed since.
 */
export const keepTypedWork: ShouldRevalidateFunction = ({ formAction, defaultShouldRevalidate }) =>
  formAction === resourcePreviewPath ? false : defaultShouldRevalidate;

/** The background save's state in words, announced politely; nothing without JavaScript. */
function AutosaveStatusLine({
  status,
  savedSlug,
  onRetry,
}: {
  readonly status: AutosaveStatus;
  readonly savedSlug?: string;
  readonly onRetry: () => void;
}) {
  if (status.state === "off") return null;
  let message: ReactNode;
  switch (status.state) {
    case "ready":
      message = savedSlug
        ? "Changes to this draft are saved automatically."
        : "Saved automatically as a draft once it has a title and an address.";
      break;
    case "saving":
      message = "Saving…";
      break;
    case "saved":
      message = (
        <>
          Saved at <time dateTime={status.at}>{formatTime(status.at)}</time>
        </>
      );
      break;
    case "failed":
      message = (
        <>Not saved — {status.problem ? <ProblemLink problem={status.problem} /> : "the server did not answer."}</>
      );
      break;
    case "session-ended":
      message = "Not saved — your session has ended. Sign in again below, then save: everything you typed is kept.";
      break;
  }
  return (
    <div className={`autosave-status autosave-status--${status.state}`}>
      <p role="status">{message}</p>
      {status.state === "failed" && (
        <button type="button" className="button--secondary" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}

export interface ResourceEditorProps {
  readonly mode: "create" | "edit";
  readonly values: EditorValues;
  readonly csrfToken: string;
  readonly networks: ReadonlyArray<{ slug: string; name: string }>;
  readonly ambitions: ReadonlyArray<{ slug: string; title: string }>;
  readonly problem?: { field?: string; message: string };
  readonly previewHtml?: string;
  readonly sessionEnded?: boolean;
  readonly notice?: ReactNode;
  /** Whether changes are saved in the background: for drafts and new resources, not for published ones. */
  readonly autosave: boolean;
  /** The resource's slug as saved (none for a new resource). */
  readonly savedSlug?: string;
}

/** A new resource can be saved once it has a title and an address; the API says what else is wrong. */
function hasTitleAndAddress(form: HTMLFormElement): boolean {
  const value = (name: string) => String(new FormData(form).get(name) ?? "").trim();
  return value("title").length >= 3 && value("slug") !== "";
}

/** Every field of a resource, as one plain form that works without JavaScript. */
export function ResourceEditor(props: ResourceEditorProps) {
  const { mode, values, csrfToken, networks, ambitions, problem, previewHtml, notice } = props;
  const vocabulary = useVocabulary();
  const preview = useLivePreview(csrfToken, previewHtml);
  const formRef = useRef<HTMLFormElement>(null);
  const autosave = useAutosave(formRef, {
    enabled: props.autosave,
    savedSlug: props.savedSlug,
    canSave: hasTitleAndAddress,
  });
  const sessionEnded = props.sessionEnded || autosave.status.state === "session-ended";
  // Once a new resource's first background save has created it, saving by hand updates it.
  const action = autosave.savedSlug !== props.savedSlug ? editResourcePath(autosave.savedSlug!) : undefined;
  const errorFor = (field: string) => errorFrom(problem, field);

  return (
    // Keyed on the values, so a failed post re-renders the form with what was sent rather than stale defaults.
    <Form
      method="post"
      action={action}
      className="form-stack"
      key={JSON.stringify(values)}
      noValidate
      ref={formRef}
      onChange={autosave.onChange}
      onSubmit={autosave.onSubmit}
    >
      <CsrfField token={csrfToken} />
      {notice}
      <AutosaveStatusLine status={autosave.status} savedSlug={autosave.savedSlug} onRetry={autosave.retry} />
      <FormProblemSummary problem={problem} lead="Your changes are not saved yet:" />
      {sessionEnded && <SessionRenewalFields action="save" />}
      <TextField
        id="field-title"
        name="title"
        label="Title"
        defaultValue={values.title}
        error={errorFor("title")}
        required
      />
      <TextField
        id="field-slug"
        name="slug"
        label="Address (slug)"
        hint={
          mode === "create"
            ? "Lower-case words joined by hyphens, e.g. running-a-teach-meet. It becomes /resources/your-slug."
            : "Changing it keeps the old address working as a redirect."
        }
        defaultValue={values.slug}
        error={errorFor("slug")}
        required
      />
      <TextField
        id="field-summary"
        name="summary"
        label="Summary"
        hint="One or two sentences on what the resource offers, at most 300 characters."
        defaultValue={values.summary}
        error={errorFor("summary")}
        multiline={3}
        required
      />
      <div className={errorFor("body") ? "field field--error" : "field"}>
        <label htmlFor="field-body">Body (Markdown)</label>
        <p className="hint" id="field-body-hint">
          Use ## for headings, - for lists, **bold** and [link text](https://…). The preview shows it as readers will.
        </p>
        <FieldError id="field-body" error={errorFor("body")} />
        <textarea
          id="field-body"
          name="body"
          rows={14}
          defaultValue={values.body}
          onChange={(event) => preview.onBodyChange(event.currentTarget.value)}
          {...describedBy("field-body", { hint: true, error: errorFor("body") })}
        />
        <p>
          <button type="submit" name="intent" value="preview" className="button--secondary">
            Preview the body
          </button>
        </p>
      </div>
      {(preview.html !== undefined || preview.live) && (
        <section aria-labelledby="preview-heading" aria-live="polite">
          <h2 id="preview-heading">Preview</h2>
          <div className="editor-preview body-html" dangerouslySetInnerHTML={{ __html: preview.html ?? "" }} />
        </section>
      )}
      <SelectField
        id="field-type"
        name="type"
        label="Type of resource"
        defaultValue={values.type}
        error={errorFor("type")}
        options={optionsFrom(resourceTypeLabels)}
      />
      {mode === "create" ? (
        <SelectField
          id="field-owningNetworkSlug"
          name="owningNetworkSlug"
          label="Network that owns and reviews it"
          defaultValue={values.owningNetworkSlug}
          error={errorFor("owningNetworkSlug")}
          options={slugOptions(networks)}
        />
      ) : (
        <input type="hidden" name="owningNetworkSlug" value={values.owningNetworkSlug} />
      )}
      <ChoiceGroup
        name="visibility"
        legend="Who may see it once published"
        choices={VISIBILITY_CHOICES}
        chosen={[values.visibility]}
        multiple={false}
        error={errorFor("visibility")}
      />
      <ChoiceGroup
        name="licence"
        legend="Licence"
        choices={LICENCE_CHOICES.map(({ value, label, explanation }) => ({ value, label, hint: explanation }))}
        chosen={[values.licence]}
        multiple={false}
        error={errorFor("licence")}
      />
      <ChoiceGroup
        name="subjectSlugs"
        legend="Subjects"
        columns
        multiple
        choices={slugOptions(vocabulary.subjects)}
        chosen={values.subjectSlugs}
        error={errorFor("subjectSlugs")}
      />
      <ChoiceGroup
        name="themeSlugs"
        legend="School-improvement themes"
        columns
        multiple
        choices={slugOptions(vocabulary.themes)}
        chosen={values.themeSlugs}
        error={errorFor("themeSlugs")}
      />
      <ChoiceGroup
        name="phases"
        legend="Phases"
        columns
        multiple
        choices={vocabulary.taxonomy.phases}
        chosen={values.phases}
        error={errorFor("phases")}
      />
      <ChoiceGroup
        name="keyStages"
        legend="Key stages"
        columns
        multiple
        choices={vocabulary.taxonomy.keyStages}
        chosen={values.keyStages}
        error={errorFor("keyStages")}
      />
      <ChoiceGroup
        name="yearGroups"
        legend="Year groups"
        columns
        multiple
        choices={vocabulary.taxonomy.yearGroups}
        chosen={values.yearGroups}
        error={errorFor("yearGroups")}
      />
      {ambitions.length > 0 && (
        <ChoiceGroup
          name="ambitionSlugs"
          legend="Shared ambitions it serves"
          multiple
          choices={ambitions.map((a) => ({ value: a.slug, label: a.title }))}
          chosen={values.ambitionSlugs}
          error={errorFor("ambitionSlugs")}
        />
      )}
      <TextField
        id="field-tags"
        name="tags"
        label="Tags"
        hint="Separated by commas, e.g. phonics, keep-up."
        defaultValue={values.tags}
        error={errorFor("tags")}
      />
      <TextField
        id="field-schoolUrn"
        name="schoolUrn"
        label="School it comes from (URN, optional)"
        hint="The school's six-digit unique reference number."
        defaultValue={values.schoolUrn}
        error={errorFor("schoolUrn")}
      />
      <TextField
        id="field-links"
        name="links"
        label="Links"
        hint="One a line: a title, a vertical bar, then the address, e.g. National curriculum | https://www.gov.uk/…"
        defaultValue={values.links}
        error={errorFor("links")}
        multiline={3}
      />
      <TextField
        id="field-relatedResourceSlugs"
        name="relatedResourceSlugs"
        label="Related resources (slugs)"
        hint="Separated by commas."
        defaultValue={values.relatedResourceSlugs}
        error={errorFor("relatedResourceSlugs")}
      />
      <TextField
        id="field-sharedWithNetworkSlugs"
        name="sharedWithNetworkSlugs"
        label="Also share with networks (slugs)"
        hint="For network-only resources: further networks whose members may see it, separated by commas."
        defaultValue={values.sharedWithNetworkSlugs}
        error={errorFor("sharedWithNetworkSlugs")}
      />
      <TextField
        id="field-message"
        name="message"
        label="Note on this version (optional)"
        hint="Kept in the revision history, e.g. 'Added a worked example'."
        defaultValue={values.message}
        error={errorFor("message")}
      />
      <div>
        <button type="submit" name="intent" value="save">
          Save draft
        </button>{" "}
        <button type="submit" name="intent" value="submit" className="button--secondary">
          Save and submit for review
        </button>
      </div>
    </Form>
  );
}
