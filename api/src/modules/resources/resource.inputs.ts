import { Field, InputType } from "type-graphql";
import { Length, Matches, MaxLength } from "class-validator";
import { SUMMARY_MAX_LENGTH, type Resource } from "./resource.entity.js";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

@InputType({ description: "The fields of a new resource." })
export class CreateResourceInput implements Partial<Resource> {
  @Field(() => String, { description: "Lower-case words joined by hyphens, e.g. `running-a-teach-meet`." })
  @Length(3, 120)
  @Matches(SLUG_PATTERN, { message: "must be lower-case letters and digits joined by single hyphens" })
  slug!: string;

  @Field(() => String, { description: "The resource's title." })
  @Length(3, 200)
  title!: string;

  @Field(() => String, { description: `What the resource offers, at most ${SUMMARY_MAX_LENGTH} characters.` })
  @MaxLength(SUMMARY_MAX_LENGTH)
  summary!: string;
}
