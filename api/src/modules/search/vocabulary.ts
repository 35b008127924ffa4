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
  ["npqel", "national professional qualification for executive leadership"],
  ["npqlt", "national professional qualification for leading teaching"],
  ["npqltd", "national professional qualification for leading teacher development"],
  ["npqlbc", "national professional qualification for leading behaviour and culture"],
  ["npqll", "national professional qualification for leading literacy"],
  ["npqeyl", "national professional qualification for early years leadership"],
  ["npqsenco", "national professional qualification for special educational needs coordinators"],
  ["senco", "special educational needs coordinator"],
  ["ehcp", "education health and care plan"],
  ["eal", "english as an additional language"],
  ["slt", "senior leadership team", "senior leaders"],
  ["tsh", "teaching school hub"],
  ["dfe", "department for education"],
  ["gcse grade 4", "standard pass"],
  ["gcse grade 5", "strong pass"],
  ["psc", "phonics screening check"],
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
  ["teachmeet", "teach meet"],
  ["yr", "year"],
  ...Array.from({ length: 13 }, (_, i) => [`y${i + 1}`, `year ${i + 1}`]),
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

/**
 * Typos forgiven: one from five letters, two from six, so "phonix" finds
 * phonics and "curriculm" finds curriculum. Never in numbers: a URN or
 * "Year 5" must match exactly.
 */
const TYPO_TOLERANCE: Settings["typoTolerance"] = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 5, twoTypos: 6 },
  disableOnNumbers: true,
};

/** The index's language settings. */
export const sharedSettings: Settings = {
  synonyms: synonymMap(SYNONYM_GROUPS),
  stopWords: STOP_WORDS,
  typoTolerance: TYPO_TOLERANCE,
};
