import {
  CreateResourceDocument,
  EditorChoicesDocument,
  SharedAmbitionsDocument,
  RenderMarkdownDocument,
  SubmitResourceForReviewDocument,
  UpdateResourceDocument,
  type CreateResourceInput,
  type KeyStage,
  type Licence,
  type Phase,
  type ResourceForEditingQuery,
  type ResourceType,
  type Visibility,
  type YearGroup,
} from "@hub/schema";
import { data, redirect } from "@remix-run/node";

import * as api from "../graphql.server";
import { dashboardPath, editResourcePath } from "../paths";
import { csrfTokenFor, sessionTokenOf, verifiedForm } from "../session.server";
import { problemFrom, text, typed, typedList, type FormProblem } from "./forms.server";
import { renewSession, sessionHasEnded } from "./session-renewal.server";
import type { EditorValues } from "./resource-editor";

/** Every field the editor form has, by its form name (which is also the API's, except `slug` when renaming). */
const FIELDS = new Set<string>([
  "title",
  "slug",
  "summary",
  "body",
  "type",
  "owningNetworkSlug",
  "schoolUrn",
  "visibility",
  "licence",
  "subjectSlugs",
  "themeSlugs",
  "ambitionSlugs",
  "phases",
  "keyStages",
  "yearGroups",
  "tags",
  "links",
  "relatedResourceSlugs",
  "sharedWithNetworkSlugs",
  "message",
]);

const LIST_FIELDS = ["subjectSlugs", "themeSlugs", "ambitionSlugs", "phases", "keyStages", "yearGroups"] as const;

const splitList = (value: string) =>
  value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** What the person typed, exactly, so a failed save shows it again. */
export function valuesFromForm(form: FormData): EditorValues {
  const lists = Object.fromEntries(LIST_FIELDS.map((name) => [name, typedList(form, name)])) as Pick<
    EditorValues,
    (typeof LIST_FIELDS)[number]
  >;
  const raw = (name: string) => typed(form, name);
  return {
    title: raw("title"),
    slug: raw("slug"),
    summary: raw("summary"),
    body: raw("body"),
    type: raw("type"),
    owningNetworkSlug: raw("owningNetworkSlug"),
    schoolUrn: raw("schoolUrn"),
    visibility: raw("visibility"),
    licence: raw("licence"),
    tags: raw("tags"),
    links: raw("links"),
    relatedResourceSlugs: raw("relatedResourceSlugs"),
    sharedWithNetworkSlugs: raw("sharedWithNetworkSlugs"),
    message: raw("message"),
    ...lists,
  };
}

/** A saved resource as the editor shows it. */
export function valuesFromResource(resource: NonNullable<ResourceForEditingQuery["resource"]>): EditorValues {
  return {
    title: resource.title,
    slug: resource.slug,
    summary: resource.summary,
    body: resource.body,
    type: resource.type,
    owningNetworkSlug: resource.owningNetwork?.slug ?? "",
    schoolUrn: resource.school?.urn ?? "",
    visibility: resource.visibility,
    licence: resource.licence,
    tags: resource.tags.join(", "),
    links: resource.links.map((link) => `${link.title} | ${link.url}`).join("\n"),
    relatedResourceSlugs: resource.relatedResources.map((related) => related.slug).join(", "),
    sharedWithNetworkSlugs: resource.sharedWith.map((network) => network.slug).join(", "),
    message: "",
    subjectSlugs: resource.subjects.map((subject) => subject.slug),
    themeSlugs: resource.themes.map((theme) => theme.slug),
    ambitionSlugs: resource.ambitions.map((ambition) => ambition.slug),
    phases: resource.phases,
    keyStages: resource.keyStages,
    yearGroups: resource.yearGroups,
  };
}

/** "Title | https://…" lines; a line without a title uses its address as the title. */
function parseLinks(value: string): { title: string; url: string }[] | FormProblem {
  const links = [];
  for (const line of value.split("\n").map((item) => item.trim())) {
    if (!line) continue;
    const separator = line.lastIndexOf("|");
    const title = separator >= 0 ? line.slice(0, separator).trim() : "";
    const url = (separator >= 0 ? line.slice(separator + 1) : line).trim();
    if (!url) return { field: "links", message: `Give an address for the link "${title}".` };
    links.push({ title: title || url, url });
  }
  return links;
}

/** The fields the API's create and update inputs share, from what was typed. */
type ContentInput = Omit<CreateResourceInput, "slug" | "owningNetworkSlug">;

function contentInput(values: EditorValues): { input: ContentInput } | { problem: FormProblem } {
  const links = parseLinks(values.links);
  if (!Array.isArray(links)) return { problem: links };
  const message = values.message.trim();
  const input: ContentInput = {
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body,
    type: values.type as ResourceType,
    licence: values.licence as Licence,
    visibility: values.visibility as Visibility,
    schoolUrn: values.schoolUrn.trim() || null,
    subjectSlugs: values.subjectSlugs,
    themeSlugs: values.themeSlugs,
    ambitionSlugs: values.ambitionSlugs,
    phases: values.phases as Phase[],
    keyStages: values.keyStages as KeyStage[],
    yearGroups: values.yearGroups as YearGroup[],
    tags: splitList(values.tags),
    links,
    relatedResourceSlugs: splitList(values.relatedResourceSlugs),
    sharedWithNetworkSlugs: splitList(values.sharedWithNetworkSlugs),
    message: message || null,
  };
  return { input };
}

/**
 * The networks the viewer may publish in (null when the API has ended the session, so a post that
 * failed for that reason can still show the form as typed), and the shared ambitions, for the pickers.
 */
export async function editorChoices(request: Request) {
  const [{ viewer }, { ambitions }] = await Promise.all([
    api.request(EditorChoicesDocument, {}, { request, handleEndedSession: true }).catch((error: unknown) => {
      if (api.isGraphQLErrorCode(error, "UNAUTHENTICATED")) return { viewer: undefined };
      throw error;
    }),
    api.request(SharedAmbitionsDocument, {}, { request, token: null }),
  ]);
  const networks =
    viewer === undefined
      ? null
      : (viewer?.memberships ?? [])
          .filter((membership) => membership.role !== "MEMBER")
          .map((membership) => membership.network);
  return { networks, ambitions, csrfToken: csrfTokenFor(request) };
}

export type EditorIntent = "save" | "submit" | "preview";

/** Creates the resource (no `currentSlug`) or updates it from what was typed; returns it as saved. */
async function writeResource(
  values: EditorValues,
  input: ContentInput,
  currentSlug: string | undefined,
  options: api.RequestOptions,
  autosave: boolean,
): Promise<{ slug: string; updatedAt: string }> {
  if (currentSlug === undefined) {
    const { createResource } = await api.request(
      CreateResourceDocument,
      { input: { ...input, autosave, slug: values.slug.trim(), owningNetworkSlug: values.owningNetworkSlug } },
      options,
    );
    return createResource.resource;
  }
  const newSlug = values.slug.trim();
  const { updateResource } = await api.request(
    UpdateResourceDocument,
    { input: { ...input, autosave, slug: currentSlug, newSlug: newSlug && newSlug !== currentSlug ? newSlug : null } },
    options,
  );
  return updateResource.resource;
}

/** What a failed (or previewed) post shows again: everything typed, and why it did not save. */
export interface EditorResult {
  readonly values: EditorValues;
  readonly problem?: FormProblem;
  readonly previewHtml?: string;
  /** The session ended: the page asks for the password again and keeps the form as typed. */
  readonly sessionEnded?: boolean;
}

/**
 * Saves the editor's form: creates (no `currentSlug`) or updates the resource, then, for
 * "submit", sends it for review. A session that ended meanwhile is renewed from the
 * sign-in fields the page offers, in the same post, so nothing typed is lost.
 */
export async function saveResource(request: Request, form: FormData, currentSlug: string | undefined) {
  const values = valuesFromForm(form);
  const intent = (text(form, "intent") || "save") as EditorIntent;
  const renewal = await renewSession(request, form);
  const { headers } = renewal;
  const fail = (result: Omit<EditorResult, "values">, status = 400) =>
    data<EditorResult>({ values, ...result }, { status, headers });
  if (!renewal.renewed) return fail({ sessionEnded: true, problem: renewal.problem }, 401);
  const { options } = renewal;

  if (intent === "preview") {
    const { renderMarkdown } = await api.request(RenderMarkdownDocument, { markdown: values.body }, options);
    return fail({ previewHtml: renderMarkdown }, 200);
  }

  const content = contentInput(values);
  if ("problem" in content) return fail({ problem: content.problem });
  let slug: string;
  try {
    ({ slug } = await writeResource(values, content.input, currentSlug, options, false));
    if (intent === "submit") {
      await api.request(SubmitResourceForReviewDocument, { input: { slug } }, options);
    }
  } catch (error) {
    if (sessionHasEnded(error)) return fail({ sessionEnded: true }, 401);
    return fail({ problem: problemFrom(error, FIELDS, { newSlug: "slug" }) });
  }
  const destination =
    intent === "submit"
      ? `${dashboardPath}?submitted=${encodeURIComponent(slug)}`
      : `${editResourcePath(slug)}?saved=1`;
  return redirect(destination, { headers });
}

/** What a background save answers the editor's script. */
export type AutosaveResult =
  | { readonly saved: true; readonly slug: string; readonly savedAt: string }
  | { readonly saved: false; readonly problem?: FormProblem; readonly sessionEnded?: boolean };

/**
 * The editor's background save of a draft: the form as typed, plus `currentSlug` once the draft
 * exists (none for the first save of a new resource, which creates it). Always answers JSON, never
 * a redirect or an error page, so the page the person is typing in stays as it is. The API keeps
 * autosaves to drafts and folds them into one revision.
 */
export async function autosaveResource(request: Request): Promise<Response> {
  const reply = (result: AutosaveResult, status = 200) => Response.json(result, { status });
  let form: FormData;
  try {
    form = await verifiedForm(request);
  } catch (refusal) {
    if (!(refusal instanceof Response)) throw refusal;
    return reply({ saved: false, problem: { message: await refusal.text() } }, refusal.status);
  }
  if (!sessionTokenOf(request)) return reply({ saved: false, sessionEnded: true }, 401);
  const values = valuesFromForm(form);
  const content = contentInput(values);
  if ("problem" in content) return reply({ saved: false, problem: content.problem }, 400);
  try {
    const currentSlug = text(form, "currentSlug") || undefined;
    const options = { request, handleEndedSession: true };
    const saved = await writeResource(values, content.input, currentSlug, options, true);
    return reply({ saved: true, slug: saved.slug, savedAt: saved.updatedAt });
  } catch (error) {
    if (sessionHasEnded(error)) return reply({ saved: false, sessionEnded: true }, 401);
    return reply({ saved: false, problem: problemFrom(error, FIELDS, { newSlug: "slug" }) }, 400);
  }
}
