import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode } from "@mikro-orm/core";
import { alreadyTaken, badInput, DomainError, notFound } from "../../graphql/errors.js";
import { localIdOf } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { requireViewer, type Viewer } from "../../policy/index.js";
import { ApiToken } from "./api-token.entity.js";
import type { MailMessage, MessageSettings } from "../mail/index.js";
import { PendingSignUp } from "./pending-sign-up.entity.js";
import {
  ConfirmSignUpInput,
  ChangePasswordInput,
  CreateApiTokenInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from "./account.inputs.js";
import {
  checkPasswordStrength,
  decoyPasswordHash,
  hashPassword,
  personalDetailsOf,
  verifyPassword,
} from "./passwords.js";
import {
  clearLoginFailures,
  countAccountMail,
  countLoginAttempt,
  forgetOldLoginFailures,
  type AccountMailRequester,
} from "./rate-limit.js";
import { Session } from "./session.entity.js";
import { API_TOKEN_PREFIX, SESSION_TOKEN_PREFIX, hashToken, newToken } from "./tokens.js";
import { User } from "./user.entity.js";
import { School } from "../organisations/index.js";

/** A session ends after this long unused, and after the absolute limit however much it is used. */
export const SESSION_IDLE_MS = 7 * 24 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3_600_000;

/** How long a sign-up confirmation link works. */
const SIGN_UP_CONFIRMATION_LIFETIME_MS = 24 * 3_600_000;
const SIGN_UP_TOKEN_PREFIX = "hubsu_";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export interface SignedIn {
  user: User;
  session: Session;
  /** The bearer token; returned once and never stored. */
  token: string;
}

const WRONG_CREDENTIALS = "The email address or password is not right.";

/** What a new account is made from: a checked sign-up, or a pending one whose address was confirmed. */
type AccountDetails = Pick<User, "name" | "email" | "jobTitle" | "school" | "passwordHash">;

/**
 * Stages (without flushing) a new account: the one way an account comes to be, at once or on a
 * confirmed sign-up. An address that already has an account is refused, as `operation` says it.
 */
async function addAccount(
  em: EntityManager,
  details: AccountDetails,
  isAdmin: boolean,
  operation?: "confirmSignUp",
): Promise<User> {
  if (await em.count(User, { email: details.email })) throw alreadyTaken("app_user_email_unique", {}, operation);
  return em.create(User, {
    name: details.name,
    email: details.email,
    school: details.school ?? null,
    jobTitle: details.jobTitle ?? null,
    passwordHash: details.passwordHash,
    isAdmin,
  });
}

/** Accounts, sessions and API tokens. */
export class AccountService {
  constructor(private readonly em: EntityManager) {}

  private async schoolByUrn(urn: string): Promise<School> {
    const school = await this.em.findOne(School, { urn });
    if (!school) throw badInput("input.schoolUrn", `There is no school with URN ${urn}.`);
    return school;
  }

  /** A sign-up's fields checked, with the school it names; nothing here depends on who has an account. */
  private async validSignUp(input: SignUpInput) {
    const values = await validateInput(SignUpInput, { ...input, email: normaliseEmail(input.email ?? "") });
    checkPasswordStrength(values.password, "input.password", personalDetailsOf(values));
    const school = values.schoolUrn ? await this.schoolByUrn(values.schoolUrn) : null;
    return { values, school, name: values.name.trim(), jobTitle: values.jobTitle?.trim() || null };
  }

  /** Creates a person's account at once (an admin when `isAdmin`); for the admin CLI and the seeds. */
  async createUser(input: SignUpInput, options: { isAdmin?: boolean } = {}): Promise<User> {
    const { values, school, name, jobTitle } = await this.validSignUp(input);
    const user = await addAccount(
      this.em,
      { name, email: values.email, school, jobTitle, passwordHash: await hashPassword(values.password) },
      options.isAdmin ?? false,
    );
    await this.em.flush();
    return user;
  }

  /**
   * Starts a sign-up: the account is created only when the link mailed to the address is used.
   * The answer is the same whether or not the address has an account already, so the form cannot
   * be used to find out who is registered; the owner of an existing account is told by email
   * instead. The password is hashed either way, so both take about as long.
   */
  async requestSignUp(input: SignUpInput, messages: MessageSettings, requester: AccountMailRequester): Promise<string> {
    const { values, school, name, jobTitle } = await this.validSignUp(input);
    await countAccountMail(this.em, "sign-up", values.email, requester);
    const passwordHash = await hashPassword(values.password);
    const mail = (await this.em.count(User, { email: values.email }))
      ? alreadyRegisteredMail(values.email, messages.publicWebUrl)
      : this.startPendingSignUp(
          { email: values.email, name, jobTitle, school, passwordHash, returnPath: values.returnPath },
          messages.publicWebUrl,
        );
    // The email goes only once the pending sign-up it links to is saved.
    await this.em.flush();
    await messages.mailer.send(mail);
    return values.email;
  }

  /** Stages (without flushing) a sign-up waiting for its address to be confirmed; returns the email that confirms it. */
  private startPendingSignUp(
    pending: Pick<PendingSignUp, "email" | "name" | "jobTitle" | "school" | "passwordHash"> & {
      returnPath?: string | null | undefined;
    },
    publicWebUrl: string,
  ): MailMessage {
    const { returnPath, ...details } = pending;
    const token = newToken(SIGN_UP_TOKEN_PREFIX);
    this.em.create(PendingSignUp, {
      ...details,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SIGN_UP_CONFIRMATION_LIFETIME_MS),
    });
    const link = new URL(`/sign-up/confirm/${encodeURIComponent(token)}`, publicWebUrl);
    if (returnPath) link.searchParams.set("returnTo", returnPath);
    return {
      to: details.email,
      subject: "Confirm your email address for the School Network Hub",
      text: [
        `Hello ${details.name},`,
        "",
        "To finish creating your account on the School Network Hub, confirm your address here:",
        link.toString(),
        "",
        `Or paste this confirmation token into the hub: ${token}`,
        "",
        "The link works once, for 24 hours. If you did not sign up, ignore this email: no account is created without it.",
      ].join("\n"),
    };
  }

  /** Creates the account a confirmation link stands for, and signs its owner in. */
  async confirmSignUp(input: ConfirmSignUpInput): Promise<SignedIn> {
    const values = await validateInput(ConfirmSignUpInput, input);
    return this.em.transactional(async (em) => {
      // Locked, so the same link cannot create two accounts from concurrent requests.
      const pending = await em.findOne(
        PendingSignUp,
        { tokenHash: hashToken(values.token.trim()) },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!pending || pending.expiresAt <= new Date()) {
        throw badInput(
          "input.token",
          "This confirmation link is not valid: it has expired or was already used. Sign up again.",
        );
      }
      const user = await addAccount(em, pending, false, "confirmSignUp");
      await em.nativeDelete(PendingSignUp, { email: pending.email });
      return new AccountService(em).startSession(user, values.userAgent);
    });
  }

  async signIn(input: SignInInput, ip: string): Promise<SignedIn> {
    const values = await validateInput(SignInInput, input);
    const email = normaliseEmail(values.email);
    await countLoginAttempt(this.em, email, ip);
    const user = await this.em.findOne(User, { email }, { populate: ["passwordHash"] });
    // Verify against a decoy when there is no such account, so timing does not reveal which emails exist.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), values.password);
    if (!user || !valid) {
      await forgetOldLoginFailures(this.em);
      throw new DomainError("UNAUTHENTICATED", WRONG_CREDENTIALS);
    }
    await clearLoginFailures(this.em, email, ip);
    return this.startSession(user, values.userAgent);
  }

  /** Signs a person in: a new session, whose token is returned once. */
  async startSession(user: User, userAgent?: string | null): Promise<SignedIn> {
    const token = newToken(SESSION_TOKEN_PREFIX);
    const session = this.em.create(Session, {
      user,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_MS),
      userAgent: userAgent?.slice(0, 300) ?? null,
    });
    await this.em.flush();
    return { user, session, token };
  }

  /** Ends the session the request came with. */
  async signOut(viewer: Viewer | null): Promise<void> {
    const me = requireViewer(viewer, "sign out");
    if (!me.sessionId) {
      throw new DomainError(
        "FORBIDDEN",
        "This request used an API token, not a session: revoke tokens with revokeApiToken.",
      );
    }
    await this.em.nativeUpdate(Session, { uuid: me.sessionId }, { revokedAt: new Date() });
  }

  /** Changes the password and signs every other session out. */
  async changePassword(viewer: Viewer | null, input: ChangePasswordInput): Promise<User> {
    const me = requireViewer(viewer, "change your password");
    const values = await validateInput(ChangePasswordInput, input);
    const user = await this.em.findOneOrFail(User, { uuid: me.userId }, { populate: ["passwordHash"] });
    if (!(await verifyPassword(user.passwordHash, values.currentPassword))) {
      throw badInput("input.currentPassword", "That is not your current password.");
    }
    checkPasswordStrength(values.newPassword, "input.newPassword", personalDetailsOf(user));
    return this.em.transactional(async (em) => {
      await replacePassword(em, user, values.newPassword, me.sessionId);
      return user;
    });
  }

  async updateProfile(viewer: Viewer | null, input: UpdateProfileInput): Promise<User> {
    const me = requireViewer(viewer, "edit your profile");
    const values = await validateInput(UpdateProfileInput, input);
    const user = await this.em.findOneOrFail(User, { uuid: me.userId });
    if (values.name != null) user.name = values.name.trim();
    if (values.jobTitle !== undefined) user.jobTitle = values.jobTitle?.trim() || null;
    if (values.bio !== undefined) user.bio = values.bio?.trim() || null;
    if (values.schoolUrn !== undefined)
      user.school = values.schoolUrn ? await this.schoolByUrn(values.schoolUrn) : null;
    await this.em.flush();
    return user;
  }

  /** The viewer's sessions that still work, newest first. */
  activeSessions(userId: string): Promise<Session[]> {
    const now = new Date();
    return this.em.find(
      Session,
      {
        user: userId,
        revokedAt: null,
        expiresAt: { $gt: now },
        lastSeenAt: { $gt: new Date(now.getTime() - SESSION_IDLE_MS) },
      },
      { orderBy: { lastSeenAt: "desc" } },
    );
  }

  async revokeSession(viewer: Viewer | null, sessionId: string): Promise<Session> {
    const me = requireViewer(viewer, "revoke a session");
    const uuid = localIdOf(sessionId, "Session");
    const session = uuid ? await this.em.findOne(Session, { uuid, user: me.userId }) : null;
    if (!session) throw notFound("There is no such session of yours.");
    session.revokedAt ??= new Date();
    await this.em.flush();
    return session;
  }

  async createApiToken(
    viewer: Viewer | null,
    input: CreateApiTokenInput,
  ): Promise<{ apiToken: ApiToken; token: string }> {
    const me = requireViewer(viewer, "create an API token");
    const values = await validateInput(CreateApiTokenInput, input);
    if (values.expiresAt && values.expiresAt.getTime() <= Date.now()) {
      throw badInput("input.expiresAt", "must be in the future");
    }
    const token = newToken(API_TOKEN_PREFIX);
    const apiToken = this.em.create(ApiToken, {
      user: me.userId,
      name: values.name.trim(),
      prefix: token.slice(0, API_TOKEN_PREFIX.length + 4),
      tokenHash: hashToken(token),
      expiresAt: values.expiresAt ?? null,
    });
    await this.em.flush();
    return { apiToken, token };
  }

  apiTokens(userId: string): Promise<ApiToken[]> {
    return this.em.find(ApiToken, { user: userId, revokedAt: null }, { orderBy: { createdAt: "desc" } });
  }

  async revokeApiToken(viewer: Viewer | null, tokenId: string): Promise<ApiToken> {
    const me = requireViewer(viewer, "revoke an API token");
    const uuid = localIdOf(tokenId, "ApiToken");
    const apiToken = uuid ? await this.em.findOne(ApiToken, { uuid, user: me.userId }) : null;
    if (!apiToken) throw notFound("There is no such API token of yours.");
    apiToken.revokedAt ??= new Date();
    await this.em.flush();
    return apiToken;
  }
}

/** What the owner of an address that already has an account is told when someone signs up with it. */
/**
 * Sets a new password and signs out every session of the account except `keepSessionId`: whoever
 * knew the old password, or holds an old session, is out. Call inside a transaction.
 */
export async function replacePassword(
  em: EntityManager,
  user: User,
  newPassword: string,
  keepSessionId?: string | null,
): Promise<void> {
  user.passwordHash = await hashPassword(newPassword);
  user.passwordChangedAt = new Date();
  await em.nativeUpdate(
    Session,
    { user: user.uuid, revokedAt: null, ...(keepSessionId ? { uuid: { $ne: keepSessionId } } : {}) },
    { revokedAt: new Date() },
  );
}

function alreadyRegisteredMail(email: string, publicWebUrl: string): MailMessage {
  return {
    to: email,
    subject: "Someone tried to create an account with your address on the School Network Hub",
    text: [
      "Someone, perhaps you, tried to create an account on the School Network Hub with this email address.",
      "It already has an account, so nothing was created and your account is unchanged.",
      "",
      "If it was you, sign in instead:",
      new URL("/sign-in", publicWebUrl).toString(),
      "",
      "If it was not you, you need do nothing.",
    ].join("\n"),
  };
}
