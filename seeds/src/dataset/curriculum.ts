import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { EntityManager } from "@mikro-orm/postgresql";
import {
  CurriculumEntitlement,
  CurriculumService,
  CurriculumUnit,
  EntitlementAdoption,
  KeyStage,
  Term,
  Visibility,
  YearGroup,
} from "@hub/api";
import { inFile } from "./errors.js";
import { DATA_DIR, Json } from "./files.js";
import { addMonths, isoDay } from "./dates.js";
import type { Actors } from "./resources.js";
import type { Tally } from "./tally.js";

const FILE_KEYS: Record<string, string> = {
  networkSlug: "network",
  subjectSlug: "subject",
  linkedResourceSlugs: "resources",
  schoolUrn: "adoptions.school",
  adoptedOn: "adoptions.adoptedMonthsAgo",
};

export interface UnitSeed {
  title: string;
  /** The title this unit had in the version before, when it was renamed. */
  was?: string;
  yearGroup: YearGroup;
  term: Term;
  summary: string;
  knowledge: string[];
  skills: string[];
  resources: string[];
}

export interface EntitlementSeed {
  file: string;
  slug: string;
  networkSlug: string;
  subjectSlug: string;
  keyStage: KeyStage;
  title: string;
  rationale: string;
  visibility: Visibility;
  author: string;
  agreedBy: string;
  /** Each version's full list of units, in order; version n+1 starts as a copy of version n. */
  versions: UnitSeed[][];
  adoptions: { schoolUrn: string; version: number; adoptedMonthsAgo: number; notes: string }[];
}

export function readCurriculum(dataDir = DATA_DIR): EntitlementSeed[] {
  let names: string[];
  try {
    names = readdirSync(join(dataDir, "curriculum")).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const json = Json.read(join("curriculum", name), dataDir);
    const versions = json
      .field("versions")
      .items()
      .map((version) =>
        version
          .field("units")
          .items()
          .map((unit) => ({
            title: unit.str("title"),
            was: unit.optStr("was"),
            yearGroup: unit.oneOf("yearGroup", YearGroup),
            term: unit.oneOf("term", Term),
            summary: unit.str("summary"),
            knowledge: unit.strings("knowledge"),
            skills: unit.strings("skills"),
            resources: unit.strings("resources"),
          })),
      );
    if (versions.length === 0) json.fail("needs at least one version", "versions");
    const adoptions = json.has("adoptions")
      ? json
          .field("adoptions")
          .items()
          .map((adoption) => {
            const version = adoption.int("version") ?? adoption.fail("is required", "version");
            if (version < 1 || version > versions.length)
              adoption.fail(`must be from 1 to ${versions.length}`, "version");
            return {
              schoolUrn: adoption.str("school"),
              version,
              adoptedMonthsAgo: adoption.int("adoptedMonthsAgo") ?? adoption.fail("is required", "adoptedMonthsAgo"),
              notes: adoption.optStr("notes") ?? "",
            };
          })
      : [];
    return {
      file: json.file,
      slug: json.str("slug"),
      networkSlug: json.str("network"),
      subjectSlug: json.str("subject"),
      keyStage: json.oneOf("keyStage", KeyStage),
      title: json.str("title"),
      rationale: json.str("rationale"),
      visibility: json.oneOf("visibility", Visibility),
      author: json.str("author"),
      agreedBy: json.str("agreedBy"),
      versions,
      adoptions,
    };
  });
}

const unitFields = (unit: UnitSeed) => ({
  title: unit.title,
  yearGroup: unit.yearGroup,
  term: unit.term,
  summary: unit.summary,
  knowledge: unit.knowledge,
  skills: unit.skills,
  linkedResourceSlugs: unit.resources,
});

/**
 * Writes each version as the subject network would: version 1 is created
 * and its units added one by one; each later version starts as a draft
 * copied from the agreed one, whose units are then renamed, changed, added,
 * removed and reordered to match the file. Agreeing a version supersedes
 * the one before. Then schools record the version they teach.
 */
export async function loadCurriculum(
  em: EntityManager,
  seeds: EntitlementSeed[],
  actors: Actors,
  today: Date,
  tally: Tally,
): Promise<void> {
  for (const seed of seeds) {
    const author = actors.viewer(seed.file, "author", seed.author);
    const moderator = actors.viewer(seed.file, "agreedBy", seed.agreedBy);
    for (const [index, units] of seed.versions.entries()) {
      const version = index + 1;
      if (await em.fork().count(CurriculumEntitlement, { slug: seed.slug, version })) {
        tally.skipped("curriculum versions");
        continue;
      }
      await inFile(seed.file, FILE_KEYS, () =>
        em.fork().transactional(async (tx) => {
          const service = new CurriculumService(tx);
          const draft =
            version === 1
              ? await service.create(author, {
                  networkSlug: seed.networkSlug,
                  subjectSlug: seed.subjectSlug,
                  keyStage: seed.keyStage,
                  title: seed.title,
                  slug: seed.slug,
                  rationale: seed.rationale,
                  visibility: seed.visibility,
                })
              : await service.draftFromAgreed(author, { slug: seed.slug });
          const copied = await tx.find(CurriculumUnit, { entitlement: draft }, { orderBy: { position: "asc" } });
          const ordered: CurriculumUnit[] = [];
          for (const unit of units) {
            const existing = copied.find((candidate) => candidate.title === (unit.was ?? unit.title));
            if (existing) {
              copied.splice(copied.indexOf(existing), 1);
              ordered.push((await service.updateUnit(author, { unitId: existing.id, ...unitFields(unit) })).unit);
            } else {
              ordered.push((await service.addUnit(author, { entitlementId: draft.id, ...unitFields(unit) })).unit);
            }
          }
          for (const dropped of copied) await service.removeUnit(author, { unitId: dropped.id });
          for (const [position, unit] of ordered.entries()) {
            await service.moveUnit(author, { unitId: unit.id, toPosition: position + 1 });
          }
          await service.agree(moderator, { slug: seed.slug, version });
        }),
      );
      tally.created("curriculum versions");
    }

    for (const adoption of seed.adoptions) {
      const fork = em.fork();
      if (await fork.count(EntitlementAdoption, { school: { urn: adoption.schoolUrn }, seriesSlug: seed.slug })) {
        tally.skipped("adoptions");
        continue;
      }
      await inFile(seed.file, FILE_KEYS, () =>
        new CurriculumService(fork).recordAdoption(author, {
          schoolUrn: adoption.schoolUrn,
          slug: seed.slug,
          version: adoption.version,
          adoptedOn: isoDay(addMonths(today, -adoption.adoptedMonthsAgo)),
          localNotes: adoption.notes,
        }),
      );
      tally.created("adoptions");
    }
  }
}
