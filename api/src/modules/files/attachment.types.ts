import { Field, Int, ObjectType } from "type-graphql";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { Resource } from "../resources/resource.entity.js";
import { Attachment } from "./attachment.entity.js";

@ObjectType({ description: "Where to send a file's bytes: PUT them to `uploadUrl` once, before `expiresAt`." })
export class RequestAttachmentUploadPayload {
  @Field(() => String, {
    description:
      "A signed, single-use address. PUT the raw bytes to it; the answer (201) is JSON holding the new attachment's `id`.",
  })
  uploadUrl!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When the address stops working." })
  expiresAt!: Date;

  @Field(() => Int, { description: "The largest file accepted, in bytes." })
  maxBytes!: number;
}

@ObjectType({ description: "The attachment as changed." })
export class UpdateAttachmentPayload {
  @Field(() => Attachment, { description: "The attachment." })
  attachment!: Attachment;
}

@ObjectType({ description: "The resource the attachment was removed from." })
export class RemoveAttachmentPayload {
  @Field(() => Resource, { description: "The resource, with its remaining attachments." })
  resource!: Resource;
}
