import { Field, InputType } from "type-graphql";
import { IsOptional, Matches } from "class-validator";
import { GraphQLDateTimeISO } from "graphql-scalars";
import { IsUrn, Chars, MaxChars, IsEmailAddress } from "../../graphql/input-rules.js";

@InputType({ description: "Details for a new account." })
export class SignUpInput {
  @Field(() => String, { description: "Your name as you want it shown." })
  @Chars(2, 120)
  name!: string;

  @Field(() => String, { description: "Your email address; you sign in with it. Shown to no one but you and admins." })
  @IsEmailAddress()
  @MaxChars(254)
  email!: string;

  @Field(() => String, { description: "At least 12 characters; not a common password." })
  password!: string;

  @Field(() => String, { nullable: true, description: "Job title, e.g. 'Head of geography'." })
  @IsOptional()
  @MaxChars(120)
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: "URN of the school you work in, if any." })
  @IsOptional()
  @IsUrn()
  schoolUrn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A page of the website to return to once the address is confirmed, e.g. an invitation's page.",
  })
  @IsOptional()
  @MaxChars(500)
  @Matches(/^\/(?![/\\])[^\s\\]*$/, { message: "must be a path on this site, starting with a single /" })
  returnPath?: string | null;
}

@InputType({ description: "The token from a sign-up confirmation link." })
export class ConfirmSignUpInput {
  @Field(() => String, { description: "The token from the link in the confirmation email." })
  @Chars(10, 200)
  token!: string;

  @Field(() => String, { nullable: true, description: "Which program is signing in, e.g. the browser." })
  @IsOptional()
  @MaxChars(300)
  userAgent?: string | null;
}

@InputType({ description: "Credentials to sign in with." })
export class SignInInput {
  @Field(() => String, { description: "The email address of the account." })
  @MaxChars(254)
  email!: string;

  @Field(() => String, { description: "The account's password." })
  @MaxChars(1000)
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: "The browser or program signing in, shown in the sessions list.",
  })
  @IsOptional()
  @MaxChars(300)
  userAgent?: string | null;
}

@InputType({ description: "A new password, confirmed with the current one." })
export class ChangePasswordInput {
  @Field(() => String, { description: "The password you use now." })
  @MaxChars(1000)
  currentPassword!: string;

  @Field(() => String, { description: "At least 12 characters; not a common password." })
  newPassword!: string;
}

@InputType({ description: "Changes to your own profile; omitted fields stay as they are." })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: "Your name as you want it shown." })
  @IsOptional()
  @Chars(2, 120)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Job title." })
  @IsOptional()
  @MaxChars(120)
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: "A few sentences about your work." })
  @IsOptional()
  @MaxChars(2000)
  bio?: string | null;

  @Field(() => String, { nullable: true, description: "URN of the school you work in; an empty string clears it." })
  @IsOptional()
  @Matches(/^(\d{6})?$/, { message: "must be exactly six digits" })
  schoolUrn?: string | null;
}

@InputType({ description: "A new personal API token." })
export class CreateApiTokenInput {
  @Field(() => String, { description: "A name to recognise the token by, e.g. 'Nightly export'." })
  @Chars(1, 80)
  name!: string;

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: "When the token should stop working; never if omitted.",
  })
  @IsOptional()
  expiresAt?: Date | null;
}

@InputType({ description: "Asks for an email with a link that sets a new password." })
export class RequestPasswordResetInput {
  @Field(() => String, { description: "The email address of the account." })
  @IsEmailAddress()
  @MaxChars(254)
  email!: string;
}

@InputType({ description: "A new password, with the token from a password reset link." })
export class ResetPasswordInput {
  @Field(() => String, { description: "The token from the link in the password reset email." })
  @Chars(10, 200)
  token!: string;

  @Field(() => String, { description: "At least 12 characters; not a common password." })
  newPassword!: string;

  @Field(() => String, { nullable: true, description: "Which program is signing in, e.g. the browser." })
  @IsOptional()
  @MaxChars(300)
  userAgent?: string | null;
}
