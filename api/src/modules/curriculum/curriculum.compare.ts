import type { CurriculumUnitChange, EntitlementComparison } from "./curriculum.types.js";

/** What the comparison needs of a unit: plain values, so it is a pure function. */
export interface ComparableUnit {
  unitKey: string;
  title: string;
  yearGroup: string;
  term: string;
  summary: string;
  knowledge: readonly string[];
  skills: readonly string[];
  linkedResourceIds: readonly string[];
}

const SCALAR_FIELDS = ["title", "yearGroup", "term", "summary"] as const;

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);
const sameSet = (a: readonly string[], b: readonly string[]) => sameList([...a].sort(), [...b].sort());
const missingFrom = (list: readonly string[], other: readonly string[]) => {
  const present = new Set(other);
  return list.filter((value) => !present.has(value));
};

/**
 * Differences between two versions' units, matched by unitKey. Position is
 * left out on purpose: adding one unit moves every later one, which is not a
 * change to those units.
 */
export function compareUnits(
  from: { version: number; units: readonly ComparableUnit[] },
  to: { version: number; units: readonly ComparableUnit[] },
): EntitlementComparison {
  const before = new Map(from.units.map((unit) => [unit.unitKey, unit]));
  const afterKeys = new Set(to.units.map((unit) => unit.unitKey));
  const unitsChanged: CurriculumUnitChange[] = [];
  for (const unit of to.units) {
    const old = before.get(unit.unitKey);
    if (!old) continue;
    const fieldsChanged: string[] = SCALAR_FIELDS.filter((field) => old[field] !== unit[field]);
    if (!sameList(old.knowledge, unit.knowledge)) fieldsChanged.push("knowledge");
    if (!sameList(old.skills, unit.skills)) fieldsChanged.push("skills");
    if (!sameSet(old.linkedResourceIds, unit.linkedResourceIds)) fieldsChanged.push("linkedResources");
    if (fieldsChanged.length === 0) continue;
    unitsChanged.push({
      title: unit.title,
      fieldsChanged,
      knowledgeAdded: missingFrom(unit.knowledge, old.knowledge),
      knowledgeRemoved: missingFrom(old.knowledge, unit.knowledge),
      skillsAdded: missingFrom(unit.skills, old.skills),
      skillsRemoved: missingFrom(old.skills, unit.skills),
    });
  }
  return {
    from: from.version,
    to: to.version,
    unitsAdded: to.units.filter((unit) => !before.has(unit.unitKey)).map((unit) => unit.title),
    unitsRemoved: from.units.filter((unit) => !afterKeys.has(unit.unitKey)).map((unit) => unit.title),
    unitsChanged,
  };
}
