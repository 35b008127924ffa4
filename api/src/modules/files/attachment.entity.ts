import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from "@mikro-orm/core";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { randomUUID } from "node:crypto";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Node, toGlobalId } from "../../graphql/relay.js";
import { User } from "../accounts/user.entity.js";
import { Resource } from "../resources/resource.entity.js";
import { FileType } from "./file-type.js";

/** Where text extraction of an attachment stands. */
export enum ExtractionStatus {
  /** Waiting to be read (an image: waiting for its thumbnail). */
  PENDING = "PENDING",
  DONE = "DONE",
  FAILED = "FAILED",
  /** Images and video: nothing to read. */
  NOT_APPLICABLE = "NOT_APPLICABLE",
}

registerEnumType(ExtractionStatus, {
  name: "ExtractionStatus",
  description: "Where reading the text out of an attachment stands.",
  valuesConfig: {
    PENDING: { description: "Waiting to be read, or being read (for an image: its thumbnail being made)." },
    DONE: { description: "Its text was read and is searchable." },
    FAILED: { description: "It could not be read (damaged, too slow or unsupported); it is still downloadable." },
    NOT_APPLICABLE: { description: "An image or a video: there is no text to read." },
  },
});

/** How many characters of extracted text are kept: enough for search, bounded in size. */
export const EXTRACTED_TEXT_MAX_CHARS = 200_000;

@Entity({ tableName: "attachment" })
@Index({ name: "attachment_resource_id_position_index", properties: ["resource", "position"] })
@Index({ name: "attachment_sha256_index", properties: ["sha256"] })
@Index({ name: "attachment_thumbnail_sha256_index", properties: ["thumbnailSha256"] })
@ObjectType({ implements: Node, description: "A file attached to a resource: a PDF, a slide deck, a spreadsheet..." })
export class Attachment implements Node {
  [OptionalProps]?:
    | "uuid"
    | "id"
    | "downloadCount"
    | "extractionStatus"
    | "extractionError"
    | "extractedText"
    | "thumbnailSha256"
    | "createdAt"
    | "updatedAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @Field(() => ID, { description: "Globally unique, opaque identifier." })
  get id(): string {
    return toGlobalId("Attachment", this.uuid);
  }

  @ManyToOne({ entity: () => Resource, ref: true, deleteRule: "cascade" })
  resource!: Ref<Resource>;

  @Field(() => String, { description: "What the file is, in words, e.g. 'Phonics assessment grid'." })
  @Property({ type: "string", length: 200 })
  title!: string;

  @Field(() => Int, { description: "Place in the resource's list of attachments, from 1." })
  @Property({ type: "integer" })
  position!: number;

  @Field(() => String, { description: "The file's name as uploaded, used when it is downloaded." })
  @Property({ type: "string", length: 255 })
  filename!: string;

  @Field(() => FileType, { description: "What the file is, found from its content." })
  @Enum({ items: () => FileType, type: "string" })
  fileType!: FileType;

  @Field(() => Int, { description: "Size in bytes." })
  @Property({ type: "integer" })
  size!: number;

  @Field(() => String, { description: "SHA-256 of the content (lower-case hex); also the download's ETag." })
  @Property({ type: "string", length: 64 })
  sha256!: string;

  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: "set null" })
  uploadedBy: Ref<User> | null = null;

  @Field(() => ExtractionStatus, { description: "Whether the file's text has been read for search." })
  @Enum({ items: () => ExtractionStatus, type: "string" })
  extractionStatus: ExtractionStatus = ExtractionStatus.PENDING;

  @Field(() => String, { nullable: true, description: "Why reading the text failed, when it did." })
  @Property({ type: "text", nullable: true })
  extractionError: string | null = null;

  /** The text read from the file (at most EXTRACTED_TEXT_MAX_CHARS), for search and `textPreview`. */
  @Property({ type: "text", nullable: true, lazy: true })
  extractedText: string | null = null;

  /** SHA-256 of the first-page (or image) thumbnail in file storage, once made; PDFs and images only. */
  @Property({ type: "string", length: 64, nullable: true })
  thumbnailSha256: string | null = null;

  @Field(() => Int, { description: "How many times the whole file has been downloaded." })
  @Property({ type: "integer" })
  downloadCount: number = 0;

  @Field(() => GraphQLDateTimeISO, { description: "When the file was attached." })
  @Property({ type: "datetime" })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTimeISO, { description: "When the attachment's details last changed." })
  @Property({ type: "datetime", onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * One signed upload URL handed out by `requestAttachmentUpload`: what the
 * upload will become (resource, title, file name) and who asked. Claimed by
 * the first PUT, so a URL works once.
 */
@Entity({ tableName: "attachment_upload_ticket" })
export class UploadTicket {
  [OptionalProps]?: "uuid" | "usedAt" | "createdAt";

  @PrimaryKey({ type: "uuid", fieldName: "id" })
  uuid: string = randomUUID();

  @ManyToOne({ entity: () => Resource, ref: true, deleteRule: "cascade" })
  resource!: Ref<Resource>;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: "cascade" })
  user!: Ref<User>;

  @Property({ type: "string", length: 200 })
  title!: string;

  @Property({ type: "string", length: 255 })
  filename!: string;

  @Property({ type: "datetime" })
  expiresAt!: Date;

  @Property({ type: "datetime", nullable: true })
  usedAt: Date | null = null;

  @Property({ type: "datetime" })
  createdAt: Date = new Date();
}
