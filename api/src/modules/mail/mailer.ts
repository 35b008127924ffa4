import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

export interface MailMessage {
  to: string;
  subject: string;
  /** Where a reply goes when it is not the hub's sender: the person the message is from. */
  replyTo?: string;
  /** Plain text body; every message must read well without HTML. */
  text: string;
}

/** What a service needs to send a message with a link back to the website. */
export interface MessageSettings {
  mailer: Mailer;
  /** The website's address, for links in the message. */
  publicWebUrl: string;
}

/** Sends mail. Production deployments plug in an SMTP or provider adapter behind this interface. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * Development and test delivery: each message becomes a file in an outbox
 * folder (`.data/mail-outbox` by default) that a developer can open, so
 * invitations work end to end without a mail server.
 */
export class OutboxMailer implements Mailer {
  constructor(private readonly folder: string) {}

  async send(message: MailMessage): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const file = join(this.folder, `${stamp}-${randomUUID().slice(0, 8)}.eml`);
    const content = [
      `To: ${message.to}`,
      ...(message.replyTo ? [`Reply-To: ${message.replyTo}`] : []),
      `Subject: ${message.subject}`,
      `Date: ${new Date().toUTCString()}`,
      "Content-Type: text/plain; charset=utf-8",
      "",
      message.text,
      "",
    ].join("\n");
    await writeFile(file, content, "utf8");
  }
}
