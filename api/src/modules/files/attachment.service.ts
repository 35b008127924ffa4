import type { EntityManager } from "@mikro-orm/postgresql";
import type { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { badInput, notFound } from "../../graphql/errors.js";
import { localIdOf } from "../../graphql/relay.js";
import { loadBatched } from "../../graphql/batch.js";
import { validateInput } from "../../graphql/validation.js";
import { placeAt, renumber } from "../../db/ordering.js";
import { authorize, requireViewer, type Viewer } from "../../policy/index.js";
import { User, resolveViewer, viewerOf } from "../accounts/index.js";
import { Resource, ResourceService } from "../resources/index.js";
import { Attachment, ExtractionStatus, UploadTicket } from "./attachment.entity.js";
import { AttachmentRefInput, RequestAttachmentUploadInput, UpdateAttachmentInput } from "./attachment.inputs.js";
import { detectFileType, type FileType, UnsupportedFileTypeError, WITHOUT_TEXT } from "./file-type.js";
import { releaseBlob } from "./blobs.js";
import { THUMBNAIL_TYPES } from "./extraction/thumbnail.js";
import { ExtractionJob } from "./extraction/extraction-job.entity.js";
import { FileTooLargeError } from "./storage/index.js";
import { hasValidSignature, signTicket } from "./upload-signature.js";
import type { Files } from "./files.js";

/** An upload the API refuses, with the HTTP status and a message for the person uploading. */
export class UploadRefusedError extends Error {
  override readonly name = "UploadRefusedError";

  constructor(
    readonly status: 400 | 403 | 410 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The query string of a signed upload URL. */
export interface UploadUrlParams {
  ticketId: string;
  expires: unknown;
  signature: unknown;
}

/** The path an attachment downloads from, the same on the API and on the website. */
export const downloadPathOf = (attachment: Attachment) =>
  `/files/${attachment.uuid}/${encodeURIComponent(attachment.filename)}`;

/** Where an attachment's thumbnail is served, once it has one (the API and the website both serve it). */
export const thumbnailPathOf = (attachment: Attachment) =>
  attachment.thumbnailSha256 ? `/thumbnails/${attachment.uuid}.webp` : null;

/**
 * Attachments of resources: who may add, change, remove and download them
 * (whoever may edit, or see, the resource, as the policy module says), and
 * the upload itself: a signed single-use URL, the bytes streamed to storage
 * under the size limit, the type found from the content, then the row.
 */
export class AttachmentService {
  private readonly resources: ResourceService;

  constructor(
    private readonly em: EntityManager,
    private readonly files: Files,
  ) {
    this.resources = new ResourceService(em);
  }

  /** A resource's attachments in their order. */
  forResource(resource: Resource): Promise<Attachment[]> {
    return this.em.find(Attachment, { resource }, { orderBy: { position: "asc" } });
  }

  /** For each resource, its first attachment (in order) that has a thumbnail: one query for a page of cards. */
  firstWithThumbnail(resource: Resource): Promise<Attachment | null> {
    return loadBatched(this.em, "attachment.firstWithThumbnail", resource.uuid, async (ids) => {
      const rows = await this.em.find(
        Attachment,
        { resource: { $in: ids }, thumbnailSha256: { $ne: null } },
        { orderBy: { position: "asc" } },
      );
      const first = new Map<string, Attachment>();
      for (const row of rows) {
        const resourceId = row.resource.unwrap().uuid;
        if (!first.has(resourceId)) first.set(resourceId, row);
      }
      return first;
    }).then((found) => found ?? null);
  }

  /** Those of these attachments whose resource the viewer may see; the resources are checked together. */
  async visibleByIds(viewer: Viewer | null, uuids: string[]): Promise<Attachment[]> {
    const found = await this.em.find(Attachment, { uuid: { $in: uuids } }, { populate: ["resource"] });
    const visible = new Set(
      await this.resources.visibleAmong(
        viewer,
        found.map((attachment) => attachment.resource.unwrap()),
      ),
    );
    return found.filter((attachment) => visible.has(attachment.resource.unwrap()));
  }

  /**
   * Who sent a download request, from its Authorization header (as {@link resolveViewer}), in
   * this service's unit of work so the lookup and the download share it.
   */
  viewerFrom(authorization: string | undefined): Promise<Viewer | null> {
    return resolveViewer(this.em, authorization);
  }

  /** The attachment with this uuid if the viewer may see its resource. */
  async visibleById(viewer: Viewer | null, uuid: string): Promise<Attachment | null> {
    const attachment = await this.em.findOne(Attachment, { uuid }, { populate: ["resource"] });
    if (!attachment || !(await this.resources.canView(viewer, attachment.resource.unwrap()))) return null;
    return attachment;
  }

  /** What a download needs: the attachment, if the viewer may see it, and whether anyone may. */
  async forDownload(viewer: Viewer | null, uuid: string): Promise<{ attachment: Attachment; open: boolean } | null> {
    const attachment = await this.visibleById(viewer, uuid);
    if (!attachment) return null;
    // Open when anyone at all may see it: the policy's answer for the public.
    return { attachment, open: await this.resources.canView(null, attachment.resource.unwrap()) };
  }

  /** Counts one whole download; not a change to the attachment, so `updatedAt` stays. */
  async countDownload(uuid: string): Promise<void> {
    await this.em
      .getConnection()
      .execute("update attachment set download_count = download_count + 1 where id = ?", [uuid]);
  }

  /** An attachment the viewer may change, or NOT_FOUND / FORBIDDEN. */
  private async editable(viewer: Viewer | null, id: string, action: string): Promise<Attachment> {
    const uuid = localIdOf(id, "Attachment");
    if (!uuid) throw badInput("input.id", "input.id is not an attachment ID.");
    const attachment = await this.visibleById(viewer, uuid);
    if (!attachment) throw notFound("There is no such attachment.");
    authorize(viewer, await this.resources.canEdit(viewer, attachment.resource.unwrap()), action);
    return attachment;
  }

  /** A signed URL to PUT one file to, for someone who may edit the resource. */
  async requestUpload(
    viewer: Viewer | null,
    raw: RequestAttachmentUploadInput,
    apiOrigin: string,
  ): Promise<{ uploadUrl: string; expiresAt: Date; maxBytes: number }> {
    const user = requireViewer(viewer, "attach files");
    const input = await validateInput(RequestAttachmentUploadInput, raw);
    const resource = await this.resources.visibleBySlug(viewer, input.resourceSlug);
    if (!resource) throw badInput("input.resourceSlug", `There is no resource "${input.resourceSlug}".`);
    authorize(viewer, await this.resources.canEdit(viewer, resource), "attach files to this resource");
    const { uploadUrlTtlSeconds, maxBytes, secret } = this.files.settings;
    const expires = Math.floor(Date.now() / 1000) + uploadUrlTtlSeconds;
    const ticket = this.em.create(UploadTicket, {
      resource,
      user: this.em.getReference(User, user.userId),
      title: input.title.trim(),
      filename: input.filename.trim(),
      expiresAt: new Date(expires * 1000),
    });
    await this.em.flush();
    const signature = signTicket(secret, {
      ticketId: ticket.uuid,
      resourceId: resource.uuid,
      userId: user.userId,
      expires,
    });
    const url = new URL(`/files/uploads/${ticket.uuid}`, apiOrigin);
    url.searchParams.set("expires", String(expires));
    url.searchParams.set("signature", signature);
    return { uploadUrl: url.toString(), expiresAt: ticket.expiresAt, maxBytes };
  }

  /** Checks the URL's signature and expiry and claims its ticket, so no second request can use it. */
  private async claim(params: UploadUrlParams): Promise<UploadTicket> {
    const invalid = new UploadRefusedError(403, "This upload address is not valid. Ask for a new one.");
    const expires = Number(params.expires);
    if (
      !/^[0-9a-f-]{36}$/.test(params.ticketId) ||
      !Number.isInteger(expires) ||
      typeof params.signature !== "string"
    ) {
      throw invalid;
    }
    const ticket = await this.em.findOne(UploadTicket, { uuid: params.ticketId });
    if (!ticket) throw invalid;
    const signed = {
      ticketId: ticket.uuid,
      resourceId: ticket.resource.unwrap().uuid,
      userId: ticket.user.unwrap().uuid,
      expires,
    };
    if (
      expires * 1000 !== ticket.expiresAt.getTime() ||
      !hasValidSignature(this.files.settings.secret, signed, params.signature)
    ) {
      throw invalid;
    }
    if (ticket.expiresAt.getTime() <= Date.now()) {
      throw new UploadRefusedError(410, "This upload address has expired. Ask for a new one.");
    }
    const claimed = await this.em.nativeUpdate(
      UploadTicket,
      { uuid: ticket.uuid, usedAt: null },
      { usedAt: new Date() },
    );
    if (claimed === 0)
      throw new UploadRefusedError(410, "This upload address has been used already. Ask for a new one.");
    return ticket;
  }

  /**
   * Receives the bytes PUT to a signed URL: stores them (refusing, while they
   * stream, anything over the limit), finds the type from the content, and
   * adds the attachment at the end of the resource's list, in one transaction
   * with its search outbox row.
   */
  async receiveUpload(params: UploadUrlParams, body: Readable): Promise<Attachment> {
    const ticket = await this.claim(params);
    const resource = await this.em.findOneOrFail(Resource, { uuid: ticket.resource.unwrap().uuid });
    const uploader = await this.em.findOneOrFail(User, { uuid: ticket.user.unwrap().uuid });
    // Roles may have changed since the URL was given out.
    if (!(await this.resources.canEdit(await viewerOf(this.em, uploader), resource))) {
      throw new UploadRefusedError(403, "You may no longer attach files to this resource.");
    }
    const { storage, settings } = this.files;
    let blob;
    try {
      blob = await storage.put(body, { maxBytes: settings.maxBytes });
    } catch (error) {
      if (error instanceof FileTooLargeError) {
        throw new UploadRefusedError(413, `The file is larger than the limit of ${settings.maxBytes} bytes.`);
      }
      throw error;
    }
    let fileType: FileType;
    try {
      fileType = detectFileType(await buffer(await storage.get(blob.sha256)), ticket.filename);
    } catch (error) {
      if (!(error instanceof UnsupportedFileTypeError)) throw error;
      // Detection depends on content alone, so no attachment can hold these bytes: drop them.
      await releaseBlob(this.em, storage, blob.sha256);
      throw new UploadRefusedError(415, error.message);
    }
    return this.em.transactional(async (em) => {
      const count = await em.count(Attachment, { resource });
      const attachment = em.create(Attachment, {
        resource,
        title: ticket.title,
        filename: ticket.filename,
        position: count + 1,
        fileType,
        size: blob.size,
        sha256: blob.sha256,
        uploadedBy: uploader,
        // Pending until read, or until its thumbnail is drawn; nothing to do for a video.
        extractionStatus:
          WITHOUT_TEXT.has(fileType) && !THUMBNAIL_TYPES.has(fileType)
            ? ExtractionStatus.NOT_APPLICABLE
            : ExtractionStatus.PENDING,
      });
      // Saved with the upload, so a file is never left pending with no one to read it.
      if (attachment.extractionStatus === ExtractionStatus.PENDING) {
        em.create(ExtractionJob, { attachmentId: attachment.uuid });
      }
      await em.flush();
      return attachment;
    });
  }

  async update(viewer: Viewer | null, raw: UpdateAttachmentInput): Promise<Attachment> {
    const input = await validateInput(UpdateAttachmentInput, raw);
    const attachment = await this.editable(viewer, input.id, "change this resource's attachments");
    if (input.title !== undefined) attachment.title = input.title.trim();
    if (input.position !== undefined) {
      const siblings = await this.forResource(attachment.resource.unwrap());
      placeAt(
        siblings,
        siblings.find((row) => row.uuid === attachment.uuid)!,
        input.position,
        "input.position",
      );
    }
    await this.em.flush();
    return attachment;
  }

  /** Removes an attachment; its content and thumbnail go too unless another attachment holds the same bytes. */
  async remove(viewer: Viewer | null, raw: AttachmentRefInput): Promise<Resource> {
    const input = await validateInput(AttachmentRefInput, raw);
    const attachment = await this.editable(viewer, input.id, "change this resource's attachments");
    const resource = attachment.resource.unwrap();
    const siblings = await this.forResource(resource);
    this.em.remove(attachment);
    renumber(siblings.filter((row) => row !== attachment));
    await this.em.flush();
    await releaseBlob(this.em, this.files.storage, attachment.sha256);
    if (attachment.thumbnailSha256) await releaseBlob(this.em, this.files.storage, attachment.thumbnailSha256);
    return resource;
  }
}
