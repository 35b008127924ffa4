import type { EntityManager } from "@mikro-orm/postgresql";
import { LockMode } from "@mikro-orm/core";
import { badInput } from "../../graphql/errors.js";
import { validateInput } from "../../graphql/validation.js";
import type { MailMessage, MessageSettings } from "../mail/index.js";
import { RequestPasswordResetInput, ResetPasswordInput } from "./account.inputs.js";
import { AccountService, normaliseEmail, replacePassword, type SignedIn } from "./account.service.js";
import { PasswordReset } from "./password-reset.entity.js";
import { checkPasswordStrength, personalDetailsOf } from "./passwords.js";
import { countAccountMail, type AccountMailRequester } from "./rate-limit.js";
import { hashToken, newToken } from "./tokens.js";
import { User } from "./user.entity.js";

/** Short, because the link alone is enough to take over the account. */
export const PASSWORD_RESET_LIFETIME_MS = 3_600_000;
const PASSWORD_RESET_TOKEN_PREFIX = "hubpr_";

/** Forgotten passwords: a link by email that sets a new one. */
export class PasswordResetService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Emails the address a link that sets a new password, or, when it has no account, an email saying
   * so. The answer is the same either way, so the form cannot be used to find out who is registered.
   */
  async requestReset(
    input: RequestPasswordResetInput,
    messages: MessageSettings,
    requester: AccountMailRequester,
  ): Promise<string> {
    const { email } = await validateInput(RequestPasswordResetInput, { email: normaliseEmail(input.email ?? "") });
    await countAccountMail(this.em, "password-reset", email, requester);
    const user = await this.em.findOne(User, { email });
    const mail = user ? this.startReset(user, messages.publicWebUrl) : noAccountMail(email, messages.publicWebUrl);
    // The email goes only once the reset it links to is saved.
    await this.em.flush();
    await messages.mailer.send(mail);
    return email;
  }

  /** Stages (without flushing) a reset link for the account; returns the email that carries it. */
  private startReset(user: User, publicWebUrl: string): MailMessage {
    const token = newToken(PASSWORD_RESET_TOKEN_PREFIX);
    this.em.create(PasswordReset, {
      user,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + PASSWORD_RESET_LIFETIME_MS),
    });
    return {
      to: user.email,
      subject: "Set a new password for the School Network Hub",
      text: [
        `Hello ${user.name},`,
        "",
        "Someone, perhaps you, asked to set a new password for your School Network Hub account. To choose one, open:",
        new URL(`/password-reset/${encodeURIComponent(token)}`, publicWebUrl).toString(),
        "",
        "The link works once, for one hour. Setting a new password signs you out everywhere else.",
        "If you did not ask, ignore this email: your password stays as it is.",
      ].join("\n"),
    };
  }

  /**
   * Sets the new password a reset link stands for, signs out every session of the account, uses up
   * all its reset links and signs in. A link that expired or was used is refused on `input.token`.
   */
  async resetPassword(input: ResetPasswordInput): Promise<SignedIn> {
    const values = await validateInput(ResetPasswordInput, input);
    return this.em.transactional(async (em) => {
      // Locked, so one link cannot be used twice by concurrent requests.
      const reset = await em.findOne(
        PasswordReset,
        { tokenHash: hashToken(values.token.trim()) },
        { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ["user"] },
      );
      if (!reset || reset.expiresAt <= new Date()) {
        throw badInput(
          "input.token",
          "This password reset link is not valid: it has expired or was already used. Ask for a new one.",
        );
      }
      const user = reset.user;
      checkPasswordStrength(values.newPassword, "input.newPassword", personalDetailsOf(user));
      await replacePassword(em, user, values.newPassword);
      await em.nativeDelete(PasswordReset, { user: user.uuid });
      return new AccountService(em).startSession(user, values.userAgent);
    });
  }
}

function noAccountMail(email: string, publicWebUrl: string): MailMessage {
  return {
    to: email,
    subject: "Password reset for the School Network Hub",
    text: [
      "Someone, perhaps you, asked to set a new password on the School Network Hub for this email address.",
      "No account uses this address, so nothing was changed.",
      "",
      "If you meant to join, create an account here:",
      new URL("/sign-up", publicWebUrl).toString(),
      "",
      "If it was not you, you need do nothing.",
    ].join("\n"),
  };
}
