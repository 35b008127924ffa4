import type { Settings } from "meilisearch";

/**
 * The sector's vocabulary: each group names one idea. Every term in a group
 * is a synonym of every other, so "KS2 maths" finds "Key Stage 2 mathematics".
 */
const SYNONYM_GROUPS: string[][] = [
  ["eyfs", "early years", "early years foundation stage", "reception"],
  ["ks1", "key stage 1", "keystage 1"],
  ["ks2", "key stage 2", "keystage 2"],
  ["ks3", "key stage 3", "keystage 3"],
  ["ks4", "key stage 4", "keystage 4", "gcse"],
  ["ks5", "key stage 5", "keystage 5", "sixth form", "post-16", "a level"],
  ["send", "special educational needs", "special educational needs and disabilities", "sen"],
  ["rwm", "reading writing maths", "reading, writing and maths", "reading writing and mathematics"],
  ["cpd", "professional development", "continuing professional development", "training"],
  ["ecf", "early career framework", "early career teachers", "ect"],
  ["npq", "national professional qualification"],
  ["npqh", "national professional qualification for headship"],
  ["npqsl", "national professional qualification for senior leadership"],
  ["npqml", "national professional qualification for middle leadership"],
  ["itt", "initial teacher training", "teacher training"],
  ["qar", "quality assurance review", "peer review"],
  ["mlqar", "middle leaders quality assurance review", "middle leaders qa review"],
  ["aoe", "area of excellence", "areas of excellence"],
  ["mat", "multi-academy trust", "multi academy trust", "trust"],
  ["la", "local authority"],
  ["sats", "key stage 2 tests", "ks2 tests"],
  ["maths", "math", "mathematics", "numeracy"],
  ["programme", "program"],
  ["behaviour", "behavior"],
  ["organisation", "organization"],
  ["colour", "color"],
  ["phonics", "phonics screening check", "early reading"],
  ["pe", "physical education"],
  ["re", "religious education"],
  ["mfl", "modern foreign languages", "languages"],
  ["dt", "design and technology", "d&t"],
  ["pshe", "rshe", "relationships sex and health education"],
];

function synonymMap(groups: string[][]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group)
      map[term] = [...new Set([...(map[term] ?? []), ...group.filter((other) => other !== term)])];
  }
  return map;
}

/** Words too common to rank by. Kept short: "not" and "no" matter in practice ("no-nonsense", "not yet secure"). */
const STOP_WORDS = ["a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "with", "by", "is", "are", "how"];

/** Settings every index shares. */
export const sharedSettings: Settings = {
  synonyms: synonymMap(SYNONYM_GROUPS),
  stopWords: STOP_WORDS,
};
