import type { EntityManager } from "@mikro-orm/postgresql";
import { badInput, DomainError, notFound } from "../../graphql/errors.js";
import { localIdOf } from "../../graphql/relay.js";
import { validateInput } from "../../graphql/validation.js";
import { requireViewer, type Viewer } from "../../policy/index.js";
import { ApiToken } from "./api-token.entity.js";
import {
  ChangePasswordInput,
  CreateApiTokenInput,
  SignInInput,
  SignUpInput,
  UpdateProfileInput,
} from "./account.inputs.js";
import { checkPasswordStrength, decoyPasswordHash, hashPassword, verifyPassword } from "./passwords.js";
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from "./rate-limit.js";
import { Session } from "./session.entity.js";
import { API_TOKEN_PREFIX, SESSION_TOKEN_PREFIX, hashToken, newToken } from "./tokens.js";
import { User } from "./user.entity.js";
import { School } from "../organisations/index.js";

/** A session ends after this long unused, and after the absolute limit however much it is used. */
export const SESSION_IDLE_MS = 7 * 24 * 3_600_000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 3_600_000;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export interface SignedIn {
  user: User;
  session: Session;
  /** The bearer token; returned once and never stored. */
  token: string;
}

const WRONG_CREDENTIALS = "The email address or password is not right.";

/** Accounts, sessions and API tokens. */
export class AccountService {
  constructor(private readonly em: EntityManager) {}

  private async schoolByUrn(urn: string): Promise<School> {
    const school = await this.em.findOne(School, { urn });
    if (!school) throw badInput("input.schoolUrn", `There is no school with URN ${urn}.`);
    return school;
  }

  /** Creates a person's account (an admin when `isAdmin`); used by sign-up and the admin CLI. */
  async createUser(input: SignUpInput, options: { isAdmin?: boolean } = {}): Promise<User> {
    const values = await validateInput(SignUpInput, { ...input, email: normaliseEmail(input.email ?? "") });
    checkPasswordStrength(values.password, "input.password", [
      values.email.split("@")[0] ?? "",
      ...values.name.split(/\s+/),
    ]);
    if (await this.em.count(User, { email: values.email })) {
      throw badInput("input.email", "An account with that email address already exists. Sign in instead.");
    }
    const school = values.schoolUrn ? await this.schoolByUrn(values.schoolUrn) : null;
    const user = this.em.create(User, {
      name: values.name.trim(),
      email: values.email,
      school,
      jobTitle: values.jobTitle?.trim() || null,
      passwordHash: await hashPassword(values.password),
      isAdmin: options.isAdmin ?? false,
    });
    await this.em.flush();
    return user;
  }

  async signUp(input: SignUpInput, userAgent?: string | null): Promise<SignedIn> {
    return this.em.transactional(async (em) => {
      const user = await new AccountService(em).createUser(input);
      return new AccountService(em).startSession(user, userAgent);
    });
  }

  async signIn(input: SignInInput, ip: string): Promise<SignedIn> {
    const values = await validateInput(SignInInput, input);
    const email = normaliseEmail(values.email);
    await assertLoginAllowed(this.em, email, ip);
    const user = await this.em.findOne(User, { email }, { populate: ["passwordHash"] });
    // Verify against a decoy when there is no such account, so timing does not reveal which emails exist.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), values.password);
    if (!user || !valid) {
      await recordLoginFailure(this.em, email, ip);
      throw new DomainError("UNAUTHENTICATED", WRONG_CREDENTIALS);
    }
    await clearLoginFailures(this.em, email, ip);
    return this.startSession(user, values.userAgent);
  }

  private async startSession(user: User, userAgent?: string | null): Promise<SignedIn> {
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
    checkPasswordStrength(values.newPassword, "input.newPassword", [
      user.email.split("@")[0] ?? "",
      ...user.name.split(/\s+/),
    ]);
    return this.em.transactional(async (em) => {
      user.passwordHash = await hashPassword(values.newPassword);
      user.passwordChangedAt = new Date();
      await em.nativeUpdate(
        Session,
        { user: user.uuid, revokedAt: null, ...(me.sessionId ? { uuid: { $ne: me.sessionId } } : {}) },
        { revokedAt: new Date() },
      );
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
