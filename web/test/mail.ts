import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** Every message the API's development mailer wrote to this address (one .eml file a message), newest first. */
export async function mailsTo(outboxDir: string, email: string): Promise<string[]> {
  const files = (await readdir(outboxDir)).sort().reverse();
  const texts = await Promise.all(files.map((file) => readFile(join(outboxDir, file), "utf8")));
  return texts.filter((text) => text.startsWith(`To: ${email}\n`));
}

/** The newest message the API's development mailer wrote to this address. */
export async function lastMailTo(outboxDir: string, email: string): Promise<string> {
  const [newest] = await mailsTo(outboxDir, email);
  if (newest === undefined) throw new Error(`no mail to ${email} in ${outboxDir}`);
  return newest;
}

/** The first link in a message to a page of the website under this path, e.g. "/invitations/". */
export function linkIn(mail: string, path: string): string {
  const link = mail.split("\n").find((line) => /^https?:\/\//.test(line) && new URL(line).pathname.startsWith(path));
  if (!link) throw new Error(`no link to ${path} in:\n${mail}`);
  return link.trim();
}
