import { config } from "./config.server";
import { formatFileSize } from "./utils/labels";

/**
 * How the site reads a posted form: judged on its headers first (type, encoding, declared length),
 * so a refusal reads none of the body, then read through a cap that stops a body sent without a
 * length (chunked) as soon as it passes the limit. Nothing is buffered beyond the cap.
 */

/**
 * The largest form without files. The largest form the site has is the resource editor: a body of
 * at most 200 KB (the API's BODY_MAX_BYTES), at most 600 KB once URL-encoded (every byte escaped),
 * beside a title, a summary, 50 links and a few lists. The API takes at most 1 MB of JSON in one
 * request, so no form it could accept is refused here.
 */
export const FORM_MAX_BYTES = 1024 * 1024;

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

const refusal = (status: number, message: string) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A form over its limit: here, or at the API's own limit (see graphql.server.ts). */
export function formTooLarge(maxBytes = FORM_MAX_BYTES): Response {
  return refusal(
    413,
    `This form is too large to send: it may be at most ${formatFileSize(maxBytes)}. Nothing was saved. Shorten the longest text (or choose a smaller file) and send it again.`,
  );
}

/**
 * A body can grow to this many bytes: a form's fields, plus the upload limit where a file may come
 * (in multipart only: URL-encoded forms cannot carry files).
 */
function limitFor(mediaType: string, files: boolean): number {
  return files && mediaType === "multipart/form-data" ? config.fileMaxBytes + FORM_MAX_BYTES : FORM_MAX_BYTES;
}

/**
 * The body, passed on until it passes `maxBytes`, then failed (`exceeded()` says so). The
 * request's own stream is released, never cancelled: cancelling would close the connection
 * before the refusal could be sent (server.js closes it after the answer instead).
 */
function capped(body: ReadableStream<Uint8Array>, maxBytes: number) {
  const reader = body.getReader();
  let received = 0;
  let exceeded = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > maxBytes) {
        exceeded = true;
        reader.releaseLock();
        return controller.error(new Error(`the body passed ${maxBytes} bytes`));
      }
      controller.enqueue(value);
    },
    cancel() {
      reader.releaseLock();
    },
  });
  return { stream, exceeded: () => exceeded, received: () => received };
}

/**
 * The posted form's fields; throws the site's 415 (not a form), 413 (over the limit) or 400
 * (unreadable, or cut short) page otherwise. `files`: this form may carry a file, so the
 * upload limit applies to its multipart body.
 */
export async function readForm(request: Request, { files }: { readonly files: boolean }): Promise<FormData> {
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  if (!FORM_TYPES.has(mediaType)) {
    throw refusal(
      415,
      `The hub's pages send forms, and this request sent ${mediaType ? `“${mediaType}”` : "no content type"}, so nothing was changed.`,
    );
  }
  const encoding = request.headers.get("content-encoding")?.trim().toLowerCase();
  if (encoding && encoding !== "identity") {
    throw refusal(415, `Forms are read as sent; this one was compressed (“${encoding}”), so nothing was changed.`);
  }
  const maxBytes = limitFor(mediaType, files);
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw formTooLarge(maxBytes);

  const body = request.body ? capped(request.body, maxBytes) : null;
  const unreadable = () =>
    refusal(400, "The form could not be read: it was cut short or is not a valid form. Nothing was changed.");
  let form: FormData;
  try {
    form = await new Response(body?.stream ?? null, { headers: { "Content-Type": contentType } }).formData();
  } catch {
    throw body?.exceeded() ? formTooLarge(maxBytes) : unreadable();
  }
  // A URL-encoded form cut short still parses: only its length shows that fields are missing.
  if (declared !== null && (body?.received() ?? 0) !== Number(declared)) throw unreadable();
  return form;
}
