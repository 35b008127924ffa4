import type { Orm } from "@hub/api";
import { User, verifyPassword } from "@hub/api";
import { readPeople } from "./people.js";

export interface DemoAccount {
  email: string;
  name: string;
  role: string;
  password: string;
}

/**
 * The demo accounts (one per role) that exist in this database and still
 * accept the documented demo password: an account whose password was
 * changed is not shown, so nothing printed is ever wrong.
 */
export async function demoAccounts(orm: Orm, dataDir?: string): Promise<DemoAccount[]> {
  const { demoPassword, people } = readPeople(dataDir);
  const em = orm.em.fork();
  const accounts: DemoAccount[] = [];
  for (const person of people.filter((candidate) => candidate.demo)) {
    const user = await em.findOne(User, { email: person.email }, { populate: ["passwordHash"] });
    if (user && (await verifyPassword(user.passwordHash, demoPassword))) {
      accounts.push({ email: person.email, name: person.name, role: person.demo!, password: demoPassword });
    }
  }
  return accounts;
}

/** The accounts as an aligned plain-text table. */
export function formatDemoAccounts(accounts: DemoAccount[]): string {
  const rows = [["email", "role", "password"], ...accounts.map((a) => [a.email, a.role, a.password])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join("   ")
        .trimEnd(),
    )
    .join("\n");
}
