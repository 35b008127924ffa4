import type { EntityManager } from "@mikro-orm/postgresql";
import {
  NetworkKind,
  NetworkPartnership,
  NetworkService,
  Phase,
  Region,
  School,
  SchoolService,
  type Viewer,
} from "@hub/api";
import { inFile } from "./errors.js";
import { Json } from "./files.js";
import type { Tally } from "./tally.js";

export interface NetworkSeed {
  slug: string;
  kind: NetworkKind;
  name: string;
  description: string;
  parentSlug?: string;
  subject?: string;
  region?: Region;
}

export interface SchoolSeed {
  urn: string;
  name: string;
  slug: string;
  phase: Phase;
  region: Region;
  localAuthority: string;
  postcode: string;
  networks: string[];
}

export interface Organisations {
  networks: NetworkSeed[];
  pairings: [string, string][];
  schools: SchoolSeed[];
}

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/'/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Reads `networks.json` and `schools.json`, checking every field the loader relies on. */
export function readOrganisations(dataDir?: string): Organisations {
  const networksFile = Json.read("networks.json", dataDir);
  const networks = networksFile
    .field("networks")
    .items()
    .map((item) => ({
      slug: item.str("slug"),
      kind: item.oneOf("kind", NetworkKind),
      name: item.str("name"),
      description: item.str("description"),
      parentSlug: item.optStr("parent"),
      subject: item.optStr("subject"),
      region: item.has("region") ? item.oneOf("region", Region) : undefined,
    }));
  const pairings = networksFile
    .field("pairings")
    .items()
    .map((pair) => {
      const slugs = pair.items().map((slug) => slug.string());
      if (slugs.length !== 2) pair.fail("must name exactly two networks");
      return [slugs[0]!, slugs[1]!] as [string, string];
    });

  const schoolsFile = Json.read("schools.json", dataDir);
  const schools: SchoolSeed[] = [];
  for (const group of schoolsFile.field("groups").items()) {
    const region = group.oneOf("region", Region);
    const groupNetworks = group.strings("networks");
    for (const row of group.field("schools").items()) {
      const cells = row.items().map((cell) => cell.string());
      if (cells.length !== 5) row.fail("must be [URN, name, phase, local authority, postcode]");
      const [urn, name, phase, localAuthority, postcode] = cells as [string, string, string, string, string];
      if (!(Object.values(Phase) as string[]).includes(phase)) row.fail(`phase "${phase}" is not a Phase`);
      schools.push({
        urn,
        name,
        slug: slugify(name),
        phase: phase as Phase,
        region,
        localAuthority,
        postcode,
        networks: groupNetworks,
      });
    }
  }
  return { networks, pairings, schools };
}

/** Creates the networks, schools, school memberships and pairings that are missing, as the admin would. */
export async function loadOrganisations(
  em: EntityManager,
  admin: Viewer,
  data: Organisations,
  tally: Tally,
): Promise<void> {
  const networks = new NetworkService(em);
  const schools = new SchoolService(em);
  for (const seed of data.networks) {
    if (await networks.bySlug(seed.slug)) {
      tally.skipped("networks");
      continue;
    }
    await inFile("seeds/data/networks.json", {}, () =>
      networks.create(admin, {
        slug: seed.slug,
        kind: seed.kind,
        name: seed.name,
        description: seed.description,
        parentSlug: seed.parentSlug ?? null,
        subject: seed.subject ?? null,
        region: seed.region ?? null,
      }),
    );
    tally.created("networks");
  }

  for (const seed of data.schools) {
    if (await em.count(School, { urn: seed.urn })) {
      tally.skipped("schools");
      continue;
    }
    await inFile("seeds/data/schools.json", {}, () =>
      schools.create(admin, {
        urn: seed.urn,
        name: seed.name,
        slug: seed.slug,
        phase: seed.phase,
        region: seed.region,
        localAuthority: seed.localAuthority,
        postcode: seed.postcode,
      }),
    );
    tally.created("schools");
  }

  // addSchools leaves schools already in a network as they are, so this is safe to repeat.
  const byNetwork = new Map<string, string[]>();
  for (const school of data.schools) {
    for (const slug of school.networks) byNetwork.set(slug, [...(byNetwork.get(slug) ?? []), school.urn]);
  }
  for (const [networkSlug, urns] of byNetwork) {
    await inFile("seeds/data/schools.json", { networkSlug: "networks" }, () =>
      networks.addSchools(admin, { networkSlug, urns }),
    );
  }

  for (const [networkSlug, partnerSlug] of data.pairings) {
    const [a, b] = await Promise.all([networks.bySlug(networkSlug), networks.bySlug(partnerSlug)]);
    const [networkA, networkB] = a && b && a.uuid < b.uuid ? [a, b] : [b, a];
    if (networkA && networkB && (await em.count(NetworkPartnership, { networkA, networkB }))) {
      tally.skipped("pairings");
      continue;
    }
    await inFile("seeds/data/networks.json", { networkSlug: "pairings", partnerSlug: "pairings" }, () =>
      networks.pair(admin, { networkSlug, partnerSlug }),
    );
    tally.created("pairings");
  }
}
