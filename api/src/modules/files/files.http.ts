import { Router, type Request, type Response } from "express";
import { buffer } from "node:stream/consumers";
import type { MikroORM } from "@mikro-orm/postgresql";
import { plain, SESSION_NOT_VALID } from "../../http/plain.js";
import type { Logger } from "../../logger.js";
import { AttachmentService, downloadPathOf, UploadRefusedError } from "./attachment.service.js";
import { FILE_TYPES } from "./file-type.js";
import type { Files } from "./files.js";
import type { Attachment } from "./attachment.entity.js";
import type { ByteRange } from "./storage/index.js";

/** How long shared caches may keep a file of a public, published resource. */
const PUBLIC_FILE_MAX_AGE_SECONDS = 3600;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A Range header's one range, clamped to the file; "unsatisfiable" for a
 * range outside it; undefined to send the whole file (no header, a header we
 * do not serve such as several ranges, or a malformed one, which RFC 9110 says to ignore).
 */
export function parseRange(header: string | undefined, size: number): ByteRange | "unsatisfiable" | undefined {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

/** `attachment; filename="plain.pdf"; filename*=UTF-8''…` with a safe ASCII fallback. */
function disposition(kind: "inline" | "attachment", filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * The attachment if the caller (by their bearer token) may see its resource;
 * otherwise answers 401 for a token that is not valid, 404 for everything
 * else, and gives null.
 */
async function visibleOrRefused(req: Request, res: Response, service: AttachmentService, attachmentId: string) {
  const viewer = await service.viewerFrom(req.get("authorization")).catch(() => undefined);
  if (viewer === undefined) {
    plain(res, 401, SESSION_NOT_VALID);
    return null;
  }
  const found = await service.forDownload(viewer, attachmentId);
  if (!found) plain(res, 404, "Not found");
  return found;
}

/**
 * Uploads (`PUT /files/uploads/:ticket?expires=…&signature=…`, the URL
 * `requestAttachmentUpload` gives), downloads (`GET /files/:id/:filename`)
 * and thumbnails (`GET /thumbnails/:id.webp`), the latter two with the
 * resource's visibility: a file or thumbnail of a resource the caller may not
 * see is 404, whatever URL is tried.
 */
export function filesRouter(deps: { orm: MikroORM; files: Files; logger: Logger }): Router {
  const router = Router();

  router.put("/files/uploads/:ticketId", async (req, res) => {
    const em = deps.orm.em.fork();
    try {
      const attachment = await new AttachmentService(em, deps.files).receiveUpload(
        { ticketId: req.params.ticketId, expires: req.query["expires"], signature: req.query["signature"] },
        req,
      );
      if (attachment.extractionStatus === "PENDING") deps.files.extractor.wake();
      res.status(201).json({
        attachment: {
          id: attachment.id,
          fileType: attachment.fileType,
          size: attachment.size,
          sha256: attachment.sha256,
          downloadPath: downloadPathOf(attachment),
        },
      });
    } catch (error) {
      if (error instanceof UploadRefusedError) {
        // Stop reading a body we will not keep (the client may still be sending it).
        res.set("Connection", "close");
        res.status(error.status).json({ error: { status: error.status, message: error.message } });
        return;
      }
      deps.logger.error({ err: error, requestId: req.id }, "upload failed");
      plain(res, 500, "Internal server error");
    }
  });

  router.get("/files/:attachmentId/:filename", async (req, res) => {
    if (!UUID.test(req.params.attachmentId)) {
      plain(res, 404, "Not found");
      return;
    }
    const service = new AttachmentService(deps.orm.em.fork(), deps.files);
    try {
      const found = await visibleOrRefused(req, res, service, req.params.attachmentId);
      if (!found) return;
      await send(req, res, found.attachment, found.open, deps.files, () =>
        service.countDownload(found.attachment.uuid),
      );
    } catch (error) {
      deps.logger.error({ err: error, requestId: req.id }, "download failed");
      if (!res.headersSent) plain(res, 500, "Internal server error");
      else res.destroy();
    }
  });

  router.get("/thumbnails/:file", async (req, res) => {
    const attachmentId = /^(.+)\.webp$/.exec(req.params.file)?.[1] ?? "";
    if (!UUID.test(attachmentId)) {
      plain(res, 404, "Not found");
      return;
    }
    const service = new AttachmentService(deps.orm.em.fork(), deps.files);
    try {
      // The same question as for the file itself: whoever may not see the resource gets nothing.
      const found = await visibleOrRefused(req, res, service, attachmentId);
      if (!found) return;
      const sha256 = found.attachment.thumbnailSha256;
      if (!sha256) {
        plain(res, 404, "Not found");
        return;
      }
      const etag = `"${sha256}"`;
      setFileHeaders(res, {
        mimeType: "image/webp",
        disposition: disposition("inline", `${found.attachment.filename}.webp`),
        etag,
        open: found.open,
        sandbox: true,
      });
      if (isCached(req, etag)) {
        res.status(304).end();
        return;
      }
      const bytes = await buffer(await deps.files.storage.get(sha256));
      res
        .status(200)
        .set("Content-Length", String(bytes.length))
        .end(req.method === "HEAD" ? undefined : bytes);
    } catch (error) {
      deps.logger.error({ err: error, requestId: req.id }, "thumbnail failed");
      plain(res, 500, "Internal server error");
    }
  });

  return router;
}

/** Headers every file answer carries: its type, where it may be embedded, and who may cache it. */
function setFileHeaders(
  res: Response,
  headers: { mimeType: string; disposition: string; etag: string; open: boolean; sandbox: boolean },
) {
  res.set({
    "Content-Type": headers.mimeType,
    "Content-Disposition": headers.disposition,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": `default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'${headers.sandbox ? "; sandbox" : ""}`,
    "Cross-Origin-Resource-Policy": headers.open ? "cross-origin" : "same-site",
    ETag: headers.etag,
    "Cache-Control": headers.open ? `public, max-age=${PUBLIC_FILE_MAX_AGE_SECONDS}` : "private, no-store",
    Vary: "Authorization",
  });
}

/** Whether the client already holds this version (If-None-Match names the ETag). */
const isCached = (req: Request, etag: string) =>
  req
    .get("if-none-match")
    ?.split(/\s*,\s*/)
    .includes(etag) ?? false;

async function send(
  req: Request,
  res: Response,
  attachment: Attachment,
  open: boolean,
  files: Files,
  countDownload: () => Promise<void>,
): Promise<void> {
  const facts = FILE_TYPES[attachment.fileType];
  const etag = `"${attachment.sha256}"`;
  setFileHeaders(res, {
    mimeType: facts.mimeType,
    disposition: disposition(facts.inline ? "inline" : "attachment", attachment.filename),
    etag,
    open,
    // Nothing in a file may run scripts or reach out; PDFs are left out of the sandbox because browsers' viewers refuse it.
    sandbox: attachment.fileType !== "PDF",
  });
  res.set("Accept-Ranges", "bytes");
  if (isCached(req, etag)) {
    res.status(304).end();
    return;
  }
  const ifRange = req.get("if-range");
  const range = ifRange && ifRange !== etag ? undefined : parseRange(req.get("range"), attachment.size);
  if (range === "unsatisfiable") {
    res.status(416).set("Content-Range", `bytes */${attachment.size}`).end();
    return;
  }
  if (req.method === "HEAD") {
    res.status(200).set("Content-Length", String(attachment.size)).end();
    return;
  }
  const stream = await files.storage.get(attachment.sha256, range);
  if (range) {
    res
      .status(206)
      .set("Content-Range", `bytes ${range.start}-${range.end}/${attachment.size}`)
      .set("Content-Length", String(range.end - range.start + 1));
  } else {
    res.status(200).set("Content-Length", String(attachment.size));
    // Only a whole file sent to the end is a download; ranges and aborted transfers are not.
    res.once("finish", () => void countDownload().catch(() => undefined));
  }
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}
