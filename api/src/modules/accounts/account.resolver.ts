import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { canSeeEmail } from "../../policy/index.js";
import {
  ChangePasswordInput,
  CreateApiTokenInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
  ConfirmSignUpInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
} from "./account.inputs.js";
import { AccountService } from "./account.service.js";
import { PasswordResetService } from "./password-reset.service.js";
import {
  CreateApiTokenPayload,
  CurrentViewer,
  RevokeApiTokenPayload,
  RevokeSessionPayload,
  RequestPasswordResetPayload,
  SignInPayload,
  SignOutPayload,
  SignUpPayload,
  UserPayload,
} from "./account.types.js";
import { ApiToken } from "./api-token.entity.js";
import { Session } from "./session.entity.js";
import { User } from "./user.entity.js";
import { School } from "../organisations/index.js";
import { loadBatched } from "../../graphql/batch.js";
import type { AccountMailRequester } from "./rate-limit.js";

const requesterOf = ({ ip, accountMailPerClient }: Context): AccountMailRequester => ({
  ip,
  perClient: accountMailPerClient,
});

@InputType({ description: "Which item to revoke." })
class RevokeInput {
  @Field(() => ID, { description: "The item's ID." })
  id!: string;
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => School, { nullable: true, description: "The school the person works in, if they gave one." })
  async school(@Root() user: User, @Ctx() { em }: Context): Promise<School | null> {
    if (!user.school) return null;
    const loaded = await loadBatched(em, "User.school", user.school.uuid, async (ids) => {
      const schools = await em.find(School, { uuid: { $in: ids } });
      return new Map(schools.map((school) => [school.uuid, school]));
    });
    return loaded ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Email address: visible only to the person and to admins, null for everyone else.",
  })
  email(@Root() user: User, @Ctx() { viewer }: Context): string | null {
    return canSeeEmail(viewer, user.uuid) ? user.email : null;
  }
}

@Resolver(() => CurrentViewer)
export class ViewerResolver {
  @Query(() => CurrentViewer, { nullable: true, description: "You, when signed in; null for the public." })
  async viewer(@Ctx() { em, viewer }: Context): Promise<CurrentViewer | null> {
    if (!viewer) return null;
    const user = await em.findOneOrFail(User, { uuid: viewer.userId });
    return Object.assign(new CurrentViewer(), {
      user,
      email: user.email,
      isAdmin: user.isAdmin,
      sessionId: viewer.sessionId,
    });
  }

  @FieldResolver(() => [Session], { description: "Where you are signed in, most recently used first." })
  sessions(@Root() me: CurrentViewer, @Ctx() { em }: Context): Promise<Session[]> {
    return new AccountService(em).activeSessions(me.user.uuid);
  }

  @FieldResolver(() => [ApiToken], { description: "Your personal API tokens that have not been revoked." })
  apiTokens(@Root() me: CurrentViewer, @Ctx() { em }: Context): Promise<ApiToken[]> {
    return new AccountService(em).apiTokens(me.user.uuid);
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => Boolean, { description: "Whether this is the session making the request." })
  current(@Root() session: Session, @Ctx() { viewer }: Context): boolean {
    return viewer?.sessionId === session.uuid;
  }
}

@Resolver()
export class AccountMutations {
  @Mutation(() => SignUpPayload, {
    description:
      "Starts creating an account: emails a link that confirms the address, creates the account and signs in (`confirmSignUp`). The same answer whether or not the address already has an account.",
  })
  async signUp(
    @Arg("input", () => SignUpInput, { validate: false }) input: SignUpInput,
    @Ctx() context: Context,
  ): Promise<SignUpPayload> {
    const { em, mailer, publicWebUrl } = context;
    return { email: await new AccountService(em).requestSignUp(input, { mailer, publicWebUrl }, requesterOf(context)) };
  }

  @Mutation(() => SignInPayload, {
    description: "Creates the account a sign-up confirmation link stands for, and signs in.",
  })
  async confirmSignUp(
    @Arg("input", () => ConfirmSignUpInput, { validate: false }) input: ConfirmSignUpInput,
    @Ctx() { em }: Context,
  ): Promise<SignInPayload> {
    return new AccountService(em).confirmSignUp(input);
  }

  @Mutation(() => SignInPayload, {
    description: "Signs in with email and password. Repeated failures are refused for a while (RATE_LIMITED).",
  })
  async signIn(
    @Arg("input", () => SignInInput, { validate: false }) input: SignInInput,
    @Ctx() { em, ip }: Context,
  ): Promise<SignInPayload> {
    return new AccountService(em).signIn(input, ip);
  }

  @Mutation(() => RequestPasswordResetPayload, {
    description:
      "For a forgotten password: emails a link that sets a new one (`resetPassword`), valid once for an hour. The same answer whether or not the address has an account.",
  })
  async requestPasswordReset(
    @Arg("input", () => RequestPasswordResetInput, { validate: false }) input: RequestPasswordResetInput,
    @Ctx() context: Context,
  ): Promise<RequestPasswordResetPayload> {
    const { em, mailer, publicWebUrl } = context;
    return {
      email: await new PasswordResetService(em).requestReset(input, { mailer, publicWebUrl }, requesterOf(context)),
    };
  }

  @Mutation(() => SignInPayload, {
    description:
      "Sets a new password with the token from a reset link, signs out every session of the account, and signs in.",
  })
  async resetPassword(
    @Arg("input", () => ResetPasswordInput, { validate: false }) input: ResetPasswordInput,
    @Ctx() { em }: Context,
  ): Promise<SignInPayload> {
    return new PasswordResetService(em).resetPassword(input);
  }

  @Mutation(() => SignOutPayload, { description: "Ends the session this request came with." })
  async signOut(@Ctx() { em, viewer }: Context): Promise<SignOutPayload> {
    await new AccountService(em).signOut(viewer);
    return { signedOut: true };
  }

  @Mutation(() => UserPayload, { description: "Changes your password and signs out every other session." })
  async changePassword(
    @Arg("input", () => ChangePasswordInput, { validate: false }) input: ChangePasswordInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<UserPayload> {
    return { user: await new AccountService(em).changePassword(viewer, input) };
  }

  @Mutation(() => UserPayload, { description: "Updates your name, job title or bio." })
  async updateProfile(
    @Arg("input", () => UpdateProfileInput, { validate: false }) input: UpdateProfileInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<UserPayload> {
    return { user: await new AccountService(em).updateProfile(viewer, input) };
  }

  @Mutation(() => RevokeSessionPayload, { description: "Signs out one of your sessions." })
  async revokeSession(
    @Arg("input", () => RevokeInput, { validate: false }) input: RevokeInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<RevokeSessionPayload> {
    return { session: await new AccountService(em).revokeSession(viewer, input.id) };
  }

  @Mutation(() => CreateApiTokenPayload, { description: "Creates a personal API token; the secret is shown once." })
  createApiToken(
    @Arg("input", () => CreateApiTokenInput, { validate: false }) input: CreateApiTokenInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<CreateApiTokenPayload> {
    return new AccountService(em).createApiToken(viewer, input);
  }

  @Mutation(() => RevokeApiTokenPayload, { description: "Revokes one of your personal API tokens." })
  async revokeApiToken(
    @Arg("input", () => RevokeInput, { validate: false }) input: RevokeInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<RevokeApiTokenPayload> {
    return { apiToken: await new AccountService(em).revokeApiToken(viewer, input.id) };
  }
}
