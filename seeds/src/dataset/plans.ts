import type { EntityManager } from "@mikro-orm/postgresql";
import { Network, PlanItem, PlanService } from "@hub/api";
import { inFile } from "./errors.js";
import { Json } from "./files.js";
import { addMonths, isoDay } from "./dates.js";
import type { Actors } from "./resources.js";
import type { Tally } from "./tally.js";

const PLAN_KEYS: Record<string, string> = {
  networkSlug: "network",
  themeSlug: "theme",
  schoolUrn: "school",
  areaOfExcellenceSlug: "excellence",
  dueOn: "dueInMonths",
};

export interface PlanSeed {
  at: string;
  network: string;
  theme: string;
  school?: string;
  excellence?: string;
  note: string;
  owner?: string;
  dueInMonths: number;
  by: string;
}

const FILE = "plans.json";

/** Reads `plans.json`: action plan items, due some months after the day of the load. */
export function readPlans(dataDir?: string): PlanSeed[] {
  return Json.read(FILE, dataDir)
    .field("plans")
    .items()
    .map((item) => ({
      at: item.path,
      network: item.str("network"),
      theme: item.str("theme"),
      school: item.optStr("school"),
      excellence: item.optStr("excellence"),
      note: item.str("note"),
      owner: item.optStr("owner"),
      dueInMonths: item.int("dueInMonths") ?? 1,
      by: item.str("by"),
    }));
}

/**
 * Adds each item as the person named, through the plan service (so the same
 * checks apply as on the insight page). A network that already has a plan is
 * left as it is, so a second load adds no twins.
 */
export async function loadPlans(
  em: EntityManager,
  seeds: PlanSeed[],
  actors: Actors,
  today: Date,
  tally: Tally,
): Promise<void> {
  const planned = new Set<string>();
  for (const network of await em
    .fork()
    .find(Network, { slug: { $in: [...new Set(seeds.map((seed) => seed.network))] } })) {
    if (await em.fork().count(PlanItem, { network })) planned.add(network.slug);
  }
  for (const seed of seeds) {
    if (planned.has(seed.network)) {
      tally.skipped("plan items");
      continue;
    }
    const where = `seeds/data/${FILE} ${seed.at}`;
    await inFile(where, PLAN_KEYS, () =>
      new PlanService(em.fork()).create(actors.viewer(where, "by", seed.by), {
        networkSlug: seed.network,
        themeSlug: seed.theme,
        schoolUrn: seed.school ?? null,
        areaOfExcellenceSlug: seed.excellence ?? null,
        note: seed.note,
        owner: seed.owner ?? null,
        dueOn: isoDay(addMonths(today, seed.dueInMonths)),
      }),
    );
    tally.created("plan items");
  }
}
