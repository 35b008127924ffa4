import type { EntityManager } from "@mikro-orm/postgresql";
import {
  AccountService,
  MembershipService,
  Network,
  NetworkRole,
  User,
  normaliseEmail,
  viewerOf,
  type Viewer,
} from "@hub/api";
import { SeedDataError, inFile } from "./errors.js";
import { Json } from "./files.js";
import type { Tally } from "./tally.js";

const FILE = "seeds/data/people.json";

export interface PersonSeed {
  email: string;
  name: string;
  jobTitle: string;
  schoolUrn?: string;
  admin: boolean;
  /** For demo accounts: the role it demonstrates, as the README and `npm start` show it. */
  demo?: string;
  roles: [string, NetworkRole][];
}

export interface People {
  demoPassword: string;
  people: PersonSeed[];
}

export function readPeople(dataDir?: string): People {
  const file = Json.read("people.json", dataDir);
  const people = file
    .field("people")
    .items()
    .map((item) => {
      const roles = item.field("roles");
      return {
        email: normaliseEmail(item.str("email")),
        name: item.str("name"),
        jobTitle: item.str("jobTitle"),
        schoolUrn: item.optStr("school"),
        admin: item.bool("admin") ?? false,
        demo: item.optStr("demo"),
        roles: Object.keys((roles.value ?? {}) as object).map(
          (slug) => [slug, roles.oneOf(slug, NetworkRole)] as [string, NetworkRole],
        ),
      };
    });
  return { demoPassword: file.str("demoPassword"), people };
}

/**
 * The site admin first (everything else is created as them), with the demo
 * password hashed by the accounts service like any sign-up.
 */
export async function ensureAdmin(em: EntityManager, data: People, tally: Tally): Promise<Viewer> {
  const seed = data.people.find((person) => person.admin);
  if (!seed) throw new SeedDataError(FILE, "people", 'needs one person with "admin": true');
  const user = await ensurePerson(em, seed, data.demoPassword, tally, { withSchool: false });
  return viewerOf(em, user);
}

async function ensurePerson(
  em: EntityManager,
  seed: PersonSeed,
  password: string,
  tally: Tally,
  options: { withSchool: boolean },
): Promise<User> {
  const existing = await em.findOne(User, { email: seed.email });
  if (existing) {
    tally.skipped("people");
    return existing;
  }
  const user = await inFile(FILE, {}, () =>
    new AccountService(em).createUser(
      {
        email: seed.email,
        name: seed.name,
        jobTitle: seed.jobTitle,
        password,
        schoolUrn: options.withSchool ? (seed.schoolUrn ?? null) : null,
      },
      { isAdmin: seed.admin },
    ),
  );
  tally.created("people");
  return user;
}

/** Everyone else, then every role; setRole leaves a role that is already right unchanged. */
export async function loadPeople(em: EntityManager, data: People, tally: Tally): Promise<Map<string, User>> {
  const users = new Map<string, User>();
  const memberships = new MembershipService(em);
  for (const seed of data.people) {
    // The admin was made (and counted) first, by ensureAdmin.
    const user = seed.admin
      ? await em.findOneOrFail(User, { email: seed.email })
      : await ensurePerson(em, seed, data.demoPassword, tally, { withSchool: true });
    users.set(seed.email, user);
    for (const [slug, role] of seed.roles) {
      const network = await em.findOne(Network, { slug });
      if (!network) throw new SeedDataError(FILE, `${seed.email}.roles.${slug}`, `there is no network "${slug}"`);
      await memberships.setRole(user, network, role);
    }
  }
  return users;
}

/** The viewer each seeded person would be when signed in, by email (roles as loaded now). */
export async function viewersOf(em: EntityManager, users: Map<string, User>): Promise<Map<string, Viewer>> {
  const viewers = new Map<string, Viewer>();
  for (const [email, user] of users) viewers.set(email, await viewerOf(em, user));
  return viewers;
}
