import { Field, ID, InputType, Int } from "type-graphql";
import { IsInt, IsString, Matches } from "class-validator";
import { OmittableButNotNull, Chars } from "../../graphql/input-rules.js";

/** Control characters and path separators have no place in a file name that is sent back in headers. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const FILE_NAME = /^[^\u0000-\u001f\u007f/\\]+$/;

@InputType({ description: "A file you are about to attach to a resource." })
export class RequestAttachmentUploadInput {
  @Field(() => String, { description: "The resource's slug (an old slug works too)." })
  @Chars(1, 120)
  resourceSlug!: string;

  @Field(() => String, { description: "What the file is, in words (1 to 200 characters)." })
  @IsString()
  @Chars(1, 200)
  title!: string;

  @Field(() => String, {
    description: "The file's name, kept for downloads (1 to 255 characters, no slashes or control characters).",
  })
  @IsString()
  @Chars(1, 255)
  @Matches(FILE_NAME, { message: "must not contain slashes or control characters" })
  filename!: string;
}

@InputType({ description: "Changes to an attachment; fields left out stay as they are." })
export class UpdateAttachmentInput {
  @Field(() => ID, { description: "The attachment's ID." })
  @IsString()
  id!: string;

  @Field(() => String, { nullable: true, description: "A new title (1 to 200 characters)." })
  @OmittableButNotNull()
  @IsString()
  @Chars(1, 200)
  title?: string;

  @Field(() => Int, { nullable: true, description: "A new place in the resource's list, from 1." })
  @OmittableButNotNull()
  @IsInt()
  position?: number;
}

@InputType({ description: "Names an attachment." })
export class AttachmentRefInput {
  @Field(() => ID, { description: "The attachment's ID." })
  @IsString()
  id!: string;
}
