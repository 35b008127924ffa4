import { RemoveAttachmentDocument, RequestAttachmentUploadDocument, UpdateAttachmentDocument } from "@hub/schema";
import { data, redirect } from "@remix-run/node";

import * as api from "../graphql.server";
import { editResourcePath } from "../paths";
import { formatFileSize } from "../utils/labels";
import { problemFrom, text, type FormProblem } from "./forms.server";

/** The form names of the attachment forms' fields, as `problem.field` names them. */
const ATTACH_FIELDS = { title: "attachmentTitle", file: "file" } as const;

/** What a failed attachment change shows: the message, beside the field (of the row `attachmentId`, if any). */
export interface AttachmentResult {
  readonly attachmentProblem: FormProblem & { readonly attachmentId?: string };
  /** The title typed for a new file, kept when the upload is refused. */
  readonly attachmentTitle?: string;
}

const ATTACHMENT_INTENTS = [
  "attach",
  "rename-attachment",
  "move-attachment-up",
  "move-attachment-down",
  "remove-attachment",
];

/** Whether a posted form is one of the attachment forms (rather than the resource's own). */
export const isAttachmentIntent = (form: FormData) => ATTACHMENT_INTENTS.includes(text(form, "intent"));

const backToFiles = (slug: string, notice: string) => redirect(`${editResourcePath(slug)}?files=${notice}#files`);

/**
 * Attaches the posted file: asks the API for a signed upload address (which checks the title,
 * the name and the permission), then sends the bytes there; the API finds the type from the
 * content and enforces the size limit. A refusal comes back beside the file input.
 */
async function attach(request: Request, form: FormData, slug: string) {
  const title = text(form, "attachmentTitle");
  const fail = (problem: FormProblem) =>
    data<AttachmentResult>({ attachmentProblem: problem, attachmentTitle: title }, { status: 400 });
  const file = form.get("file");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) {
    return fail({ field: ATTACH_FIELDS.file, message: "Choose a file to attach." });
  }
  if (!title)
    return fail({ field: ATTACH_FIELDS.title, message: "Give the file a title, e.g. “Phonics assessment grid”." });
  let upload;
  try {
    ({ requestAttachmentUpload: upload } = await api.request(
      RequestAttachmentUploadDocument,
      { input: { resourceSlug: slug, title, filename: file.name } },
      { request },
    ));
  } catch (error) {
    return fail(
      problemFrom(error, new Set(Object.values(ATTACH_FIELDS)), {
        title: ATTACH_FIELDS.title,
        filename: ATTACH_FIELDS.file,
      }),
    );
  }
  if (file.size > upload.maxBytes) {
    return fail({
      field: ATTACH_FIELDS.file,
      message: `This file is ${formatFileSize(file.size)}; the largest file accepted is ${formatFileSize(upload.maxBytes)}.`,
    });
  }
  const response = await fetch(upload.uploadUrl, { method: "PUT", body: file, signal: request.signal }).catch(
    () => null,
  );
  if (!response) {
    return fail({ field: ATTACH_FIELDS.file, message: "The file could not be sent to the library. Please try again." });
  }
  if (response.status !== 201) {
    const answer = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    return fail({
      field: ATTACH_FIELDS.file,
      message: answer?.error?.message ?? "The library did not accept this file.",
    });
  }
  return backToFiles(slug, "attached");
}

/** Renames, moves or removes one attachment, as the posted button says. */
async function change(request: Request, form: FormData, slug: string, intent: string) {
  const id = text(form, "attachmentId");
  const position = Number(text(form, "position"));
  try {
    if (intent === "remove-attachment") {
      await api.request(RemoveAttachmentDocument, { input: { id } }, { request });
      return backToFiles(slug, "removed");
    }
    const input =
      intent === "rename-attachment"
        ? { id, title: text(form, "title") }
        : { id, position: intent === "move-attachment-up" ? position - 1 : position + 1 };
    await api.request(UpdateAttachmentDocument, { input }, { request });
    return backToFiles(slug, intent === "rename-attachment" ? "renamed" : "moved");
  } catch (error) {
    const problem = problemFrom(error, new Set(["title"]));
    return data<AttachmentResult>({ attachmentProblem: { ...problem, attachmentId: id } }, { status: 400 });
  }
}

/** The edit page's action for its attachment forms. */
export function changeAttachments(request: Request, form: FormData, slug: string) {
  const intent = text(form, "intent");
  return intent === "attach" ? attach(request, form, slug) : change(request, form, slug, intent);
}
