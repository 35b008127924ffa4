import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { Resource } from "../resources/resource.entity.js";
import { Attachment } from "./attachment.entity.js";
import { AttachmentRefInput, RequestAttachmentUploadInput, UpdateAttachmentInput } from "./attachment.inputs.js";
import { AttachmentService, downloadPathOf, thumbnailPathOf } from "./attachment.service.js";
import {
  RemoveAttachmentPayload,
  RequestAttachmentUploadPayload,
  UpdateAttachmentPayload,
} from "./attachment.types.js";
import { FILE_TYPES } from "./file-type.js";

/** How much of an attachment's text `textPreview` gives at most. */
export const TEXT_PREVIEW_MAX_CHARS = 2_000;

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, {
    description: "Where to download the file, relative to the API or the website (both serve it, with permissions).",
  })
  downloadPath(@Root() attachment: Attachment): string {
    return downloadPathOf(attachment);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Where to get a small WebP picture of the file (a PDF's first page, or the image itself), with the same permissions as the file; null for other types, and until it is made.",
  })
  thumbnailPath(@Root() attachment: Attachment): string | null {
    return thumbnailPathOf(attachment);
  }

  @FieldResolver(() => String, { description: "The media type the file is sent with, e.g. `application/pdf`." })
  mimeType(@Root() attachment: Attachment): string {
    return FILE_TYPES[attachment.fileType].mimeType;
  }

  @FieldResolver(() => String, { description: "The file type in words, e.g. 'PDF document'." })
  typeLabel(@Root() attachment: Attachment): string {
    return FILE_TYPES[attachment.fileType].label;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `The start of the text read from the file (at most ${TEXT_PREVIEW_MAX_CHARS} characters); null until read, or when there is none.`,
  })
  async textPreview(
    @Root() attachment: Attachment,
    @Arg("length", () => Int, { defaultValue: 500, description: `Characters wanted, 1 to ${TEXT_PREVIEW_MAX_CHARS}.` })
    length: number,
    @Ctx() { em }: Context,
  ): Promise<string | null> {
    const chars = Math.min(Math.max(length, 1), TEXT_PREVIEW_MAX_CHARS);
    const rows = await em
      .getConnection()
      .execute<{ preview: string | null }[]>("select left(extracted_text, ?) as preview from attachment where id = ?", [
        chars,
        attachment.uuid,
      ]);
    return rows[0]?.preview || null;
  }

  @Mutation(() => RequestAttachmentUploadPayload, {
    description:
      "Gives a signed, single-use URL to PUT one file to, attaching it to a resource you may edit. The file's type is found from its content; see `FileType` for what is accepted.",
  })
  requestAttachmentUpload(
    @Arg("input", () => RequestAttachmentUploadInput, { validate: false }) input: RequestAttachmentUploadInput,
    @Ctx() { em, viewer, files, apiOrigin }: Context,
  ): Promise<RequestAttachmentUploadPayload> {
    return new AttachmentService(em, files).requestUpload(viewer, input, apiOrigin);
  }

  @Mutation(() => UpdateAttachmentPayload, {
    description: "Renames or moves an attachment (those who may edit the resource).",
  })
  async updateAttachment(
    @Arg("input", () => UpdateAttachmentInput, { validate: false }) input: UpdateAttachmentInput,
    @Ctx() { em, viewer, files }: Context,
  ): Promise<UpdateAttachmentPayload> {
    return { attachment: await new AttachmentService(em, files).update(viewer, input) };
  }

  @Mutation(() => RemoveAttachmentPayload, { description: "Removes an attachment (those who may edit the resource)." })
  async removeAttachment(
    @Arg("input", () => AttachmentRefInput, { validate: false }) input: AttachmentRefInput,
    @Ctx() { em, viewer, files }: Context,
  ): Promise<RemoveAttachmentPayload> {
    return { resource: await new AttachmentService(em, files).remove(viewer, input) };
  }
}

@Resolver(() => Resource)
export class ResourceAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "The files attached to the resource, in their order." })
  attachments(@Root() resource: Resource, @Ctx() { em, files }: Context): Promise<Attachment[]> {
    return new AttachmentService(em, files).forResource(resource);
  }

  @FieldResolver(() => Attachment, {
    nullable: true,
    description: "The first attachment that has a thumbnail, to picture the resource on cards; null when none has.",
  })
  thumbnail(@Root() resource: Resource, @Ctx() { em, files }: Context): Promise<Attachment | null> {
    return new AttachmentService(em, files).firstWithThumbnail(resource);
  }
}
