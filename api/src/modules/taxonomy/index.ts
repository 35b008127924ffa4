export * from "./taxonomy.enums.js";
export { Subject } from "./subject.entity.js";
export { Theme } from "./theme.entity.js";
export { TaxonomyService, rowsBySlugs } from "./taxonomy.service.js";
export { TaxonomyResolver } from "./taxonomy.resolver.js";
export { Taxonomy, PhaseOption, KeyStageOption, YearGroupOption, RegionOption } from "./taxonomy.types.js";
export { normaliseTag, normaliseTags, TAG_MAX_LENGTH, MAX_TAGS } from "./tags.js";
