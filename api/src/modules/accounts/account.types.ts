import { Field, ObjectType } from "type-graphql";
import { ApiToken } from "./api-token.entity.js";
import { Session } from "./session.entity.js";
import { User } from "./user.entity.js";

@ObjectType("Viewer", { description: "You: the signed-in person making the request, with what only you may see." })
export class CurrentViewer {
  @Field(() => User, { description: "Your public profile." })
  user!: User;

  @Field(() => String, { description: "Your email address." })
  email!: string;

  @Field(() => Boolean, { description: "Whether you administer the whole site." })
  isAdmin!: boolean;

  /** The session this request came with, to mark it in the sessions list. */
  sessionId?: string;
}

@ObjectType({ description: "The result of signing up or in." })
export class SignInPayload {
  @Field(() => String, {
    description: "The session's bearer token: send it as `Authorization: Bearer <token>`. Shown once; store it safely.",
  })
  token!: string;

  @Field(() => User, { description: "The signed-in person." })
  user!: User;

  @Field(() => Session, { description: "The new session." })
  session!: Session;
}

@ObjectType({ description: "The result of signing up: a confirmation email is on its way." })
export class SignUpPayload {
  @Field(() => String, {
    description:
      "The address the email went to. Open its link to create the account and sign in. The answer is the same when the address already has an account (its owner is told by email instead).",
  })
  email!: string;
}

@ObjectType({ description: "A password reset was asked for." })
export class RequestPasswordResetPayload {
  @Field(() => String, {
    description:
      "The address the email went to. Its link sets a new password (`resetPassword`). The answer is the same when the address has no account (its owner is told so by email instead).",
  })
  email!: string;
}

@ObjectType({ description: "The result of signing out." })
export class SignOutPayload {
  @Field(() => Boolean, { description: "True once the session has ended." })
  signedOut!: boolean;
}

@ObjectType({ description: "The result of a change to your account." })
export class UserPayload {
  @Field(() => User, { description: "Your account as it is now." })
  user!: User;
}

@ObjectType({ description: "The result of revoking a session." })
export class RevokeSessionPayload {
  @Field(() => Session, { description: "The session, now ended." })
  session!: Session;
}

@ObjectType({ description: "The result of creating a personal API token." })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { description: "The new token's details." })
  apiToken!: ApiToken;

  @Field(() => String, { description: "The secret token. Shown only this once: copy it now." })
  token!: string;
}

@ObjectType({ description: "The result of revoking a personal API token." })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { description: "The token, now unusable." })
  apiToken!: ApiToken;
}
