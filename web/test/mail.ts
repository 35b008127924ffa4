import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** The newest message the API's development mailer wrote to this address (one .eml file a message). */
export async function lastMailTo(outboxDir: string, email: string): Promise<string> {
  const files = (await readdir(outboxDir)).sort().reverse();
  for (const file of files) {
    const text = await readFile(join(outboxDir, file), "utf8");
    if (text.startsWith(`To: ${email}\n`)) return text;
  }
  throw new Error(`no mail to ${email} in ${outboxDir}`);
}

/** The first link in a message to a page of the website under this path, e.g. "/invitations/". */
export function linkIn(mail: string, path: string): string {
  const link = mail.split("\n").find((line) => /^https?:\/\//.test(line) && new URL(line).pathname.startsWith(path));
  if (!link) throw new Error(`no link to ${path} in:\n${mail}`);
  return link.trim();
}
