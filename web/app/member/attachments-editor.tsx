import type { EditorAttachmentFragment } from "@hub/schema";
import { Form } from "@remix-run/react";

import { AskFirstLink, ConfirmRemoval } from "../components/confirm-removal";
import { ExtractionProblem } from "../components/extraction-problem";
import { CsrfField, FormMessage, LabelledField, TextField, describedBy } from "../components/forms";
import { Thumbnail } from "../components/thumbnail";
import { formatFileSize } from "../utils/labels";
import type { AttachmentResult } from "./attachments.server";

/** What each notice in the address (`?files=…`) says once a change to the files is saved. */
const NOTICES: Record<string, string> = {
  attached: "The file is attached. Its text is read for search in a moment.",
  renamed: "The file's title is changed.",
  moved: "The files are in their new order.",
  removed: "The file is removed.",
};

/** The types the library accepts, for the file picker and its hint (the API checks the content itself). */
const ACCEPT =
  ".pdf,.docx,.pptx,.xlsx,.odt,.odp,.png,.jpg,.jpeg,.webp,.mp4,.txt,.csv,application/pdf,image/png,image/jpeg,image/webp,video/mp4,text/plain,text/csv";

interface AttachmentsEditorProps {
  readonly attachments: readonly EditorAttachmentFragment[];
  readonly csrfToken: string;
  readonly result?: AttachmentResult;
  readonly notice?: string | null;
  /** Changes after each visit, so the upload form starts empty once a file is attached. */
  readonly formKey?: string;
  /** The editor's address, which the Remove links and their questions are states of. */
  readonly editPath: string;
  /** The attachment whose removal is being asked about (`?removeFile=<id>`), if any. */
  readonly confirmingRemoval?: string | null;
}

const removeLinkId = (attachmentId: string) => `remove-file-${attachmentId}`;

/**
 * Asks, beside the file, before it is removed: the file is deleted, so putting it back means
 * attaching it again from one's own copy. A GET state of the editor (so it works without
 * JavaScript) asked in place, so the resource's own form keeps what was typed in it.
 */
function ConfirmFileRemoval({
  attachment,
  csrfToken,
  editPath,
  problem,
}: {
  readonly attachment: EditorAttachmentFragment;
  readonly csrfToken: string;
  readonly editPath: string;
  readonly problem: string | undefined;
}) {
  return (
    <div className="attachment-confirm">
      <ConfirmRemoval
        headingLevel={3}
        question={`Remove “${attachment.title}”?`}
        csrfToken={csrfToken}
        fields={{ intent: "remove-attachment", attachmentId: attachment.id }}
        confirm={`Remove “${attachment.title}”`}
        keep={{
          to: `${editPath}#${removeLinkId(attachment.id)}`,
          label: "Keep it",
          hiddenDetail: `(“${attachment.title}” stays attached)`,
        }}
        problem={problem}
      >
        <p>
          {attachment.filename} is deleted from the hub: readers can no longer download it, and its words leave search.
          To put it back, attach it again from your own copy.
        </p>
      </ConfirmRemoval>
    </div>
  );
}

/** One attached file: its title to change, buttons to move it and remove it. A plain form of its own. */
function AttachmentRow({
  attachment,
  count,
  csrfToken,
  problem,
  editPath,
  confirming,
}: {
  readonly attachment: EditorAttachmentFragment;
  readonly count: number;
  readonly csrfToken: string;
  readonly problem?: AttachmentResult["attachmentProblem"];
  readonly editPath: string;
  readonly confirming: boolean;
}) {
  const titleId = `attachment-${attachment.id}-title`;
  const error = problem?.attachmentId === attachment.id ? problem.message : undefined;
  return (
    <li className="attachment">
      <Thumbnail attachment={attachment} />
      <Form method="post" className="attachment-row" aria-label={`File ${attachment.position}: ${attachment.title}`}>
        <CsrfField token={csrfToken} />
        <input type="hidden" name="attachmentId" value={attachment.id} />
        <input type="hidden" name="position" value={attachment.position} />
        <p>
          <a href={attachment.downloadPath} download={attachment.filename}>
            {attachment.filename}
          </a>{" "}
          <span className="muted">
            ({attachment.typeLabel}, {formatFileSize(attachment.size)})
          </span>
        </p>
        <ExtractionProblem attachment={attachment} />
        <TextField
          id={titleId}
          name="title"
          label="Title"
          defaultValue={attachment.title}
          // While its removal is asked about, a refusal is said in the question rather than here.
          error={confirming ? undefined : error}
        />
        <div className="button-row">
          <button type="submit" name="intent" value="rename-attachment" className="button--secondary">
            Save title
          </button>
          {attachment.position > 1 && (
            <button type="submit" name="intent" value="move-attachment-up" className="button--secondary">
              Move up
            </button>
          )}
          {attachment.position < count && (
            <button type="submit" name="intent" value="move-attachment-down" className="button--secondary">
              Move down
            </button>
          )}
          {/* A link: it asks first, beside the file (see ConfirmFileRemoval). */}
          <AskFirstLink
            id={removeLinkId(attachment.id)}
            to={`${editPath}?removeFile=${encodeURIComponent(attachment.id)}`}
            label="Remove"
            hiddenDetail={attachment.title}
          />
        </div>
      </Form>
      {confirming && (
        <ConfirmFileRemoval attachment={attachment} csrfToken={csrfToken} editPath={editPath} problem={error} />
      )}
    </li>
  );
}

/**
 * The files attached to a resource, in order, and a form to attach another: plain multipart
 * posts to the page's action, so it all works without JavaScript. A refused file (wrong type,
 * too big) is explained beside the file input.
 */
export function AttachmentsEditor({
  attachments,
  csrfToken,
  result,
  notice,
  formKey,
  editPath,
  confirmingRemoval,
}: AttachmentsEditorProps) {
  const problem = result?.attachmentProblem;
  const newFileError = (field: string) =>
    problem && !problem.attachmentId && problem.field === field ? problem.message : undefined;
  const fileError = newFileError("file");
  const formError = problem && !problem.attachmentId && !problem.field ? problem.message : undefined;
  return (
    <section aria-labelledby="files" className="attachments-editor">
      <h2 id="files">Files</h2>
      {notice && NOTICES[notice] && <FormMessage tone="success">{NOTICES[notice]}</FormMessage>}
      {attachments.length === 0 ? (
        <p>No files are attached yet.</p>
      ) : (
        <ol className="attachments">
          {attachments.map((attachment) => (
            <AttachmentRow
              key={attachment.id}
              attachment={attachment}
              count={attachments.length}
              csrfToken={csrfToken}
              problem={problem}
              editPath={editPath}
              confirming={attachment.id === confirmingRemoval}
            />
          ))}
        </ol>
      )}
      <Form method="post" encType="multipart/form-data" className="form-stack" noValidate key={formKey}>
        <h3>Attach a file</h3>
        <CsrfField token={csrfToken} />
        {formError && <FormMessage>{formError}</FormMessage>}
        <TextField
          id="field-attachmentTitle"
          name="attachmentTitle"
          label="File title"
          hint="What it is, in words, e.g. “Phonics assessment grid”."
          defaultValue={result?.attachmentTitle}
          error={newFileError("attachmentTitle")}
          required
        />
        <LabelledField
          id="field-file"
          label="File"
          hint="PDF, Word, PowerPoint, Excel, OpenDocument text or slides, PNG, JPEG, WebP, MP4, plain text or CSV. The type is checked from the file’s content."
          error={fileError}
        >
          <input
            id="field-file"
            type="file"
            name="file"
            accept={ACCEPT}
            required
            {...describedBy("field-file", { hint: true, error: fileError })}
          />
        </LabelledField>
        <p>
          <button type="submit" name="intent" value="attach">
            Attach the file
          </button>
        </p>
      </Form>
    </section>
  );
}
