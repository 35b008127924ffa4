import "reflect-metadata";
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { ConfigError, readConfig } from "../config.js";
import { initOrm } from "../db/orm.js";
import { DomainError } from "../graphql/errors.js";
import { AccountService, normaliseEmail, User } from "../modules/accounts/index.js";

/**
 * `npm run admin:create -- --email you@example.org --name "Your Name"`:
 * creates the first site admin, or makes an existing account an admin.
 * The password is read from standard input (`--password-stdin`, for scripts)
 * or asked for at the terminal.
 */
const usage = `usage: npm run admin:create -- --email <address> --name "<name>" [--password-stdin]`;

async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, "");
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await terminal.question("Password (at least 12 characters): ");
  terminal.close();
  return password;
}

try {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" } },
  });
  if (!values.email) throw new Error(usage);
  const orm = await initOrm(readConfig().DATABASE_URL);
  try {
    const em = orm.em.fork();
    const existing = await em.findOne(User, { email: normaliseEmail(values.email) });
    if (existing) {
      existing.isAdmin = true;
      await em.flush();
      console.log(`${existing.email} is now a site admin.`);
    } else {
      if (!values.name) throw new Error(`No account for ${values.email} yet: give --name to create one.\n${usage}`);
      const password = await readPassword(values["password-stdin"] === true);
      const user = await new AccountService(em).createUser(
        { name: values.name, email: values.email, password },
        { isAdmin: true },
      );
      console.log(`Created site admin ${user.email}. Sign in at the website with that address.`);
    }
  } finally {
    await orm.close();
  }
} catch (error) {
  const message =
    error instanceof DomainError
      ? `${error.field ?? "input"}: ${error.message}`
      : error instanceof ConfigError
        ? error.message
        : (error as Error).message;
  console.error(message);
  process.exit(1);
}
