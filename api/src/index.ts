/** What other packages (seeds, benchmarks) use of the API. */
export { readConfig, ConfigError, type Config } from "./config.js";
export { initOrm, migrate, ormOptions, type Orm } from "./db/orm.js";
export { DomainError } from "./graphql/errors.js";
export {
  Resource,
  ResourceService,
  CreateResourceInput,
  ResourceType,
  ResourceStatus,
  Licence,
} from "./modules/resources/index.js";
export { Visibility } from "./policy/index.js";
export {
  School,
  Network,
  NetworkKind,
  SchoolService,
  NetworkService,
  CreateSchoolInput,
  CreateNetworkInput,
  AddSchoolsToNetworkInput,
} from "./modules/organisations/index.js";
export {
  Subject,
  Theme,
  TaxonomyService,
  normaliseTag,
  normaliseTags,
  Phase,
  Region,
  KeyStage,
  YearGroup,
} from "./modules/taxonomy/index.js";
export {
  AreaOfExcellence,
  ExcellenceEvent,
  EventRegistration,
  ExcellenceService,
  EventService,
  eventToIcs,
  AoeStatus,
  ReviewKind,
  EventKind,
  EventMode,
  RegistrationStatus,
} from "./modules/excellence/index.js";
export {
  CurriculumEntitlement,
  CurriculumUnit,
  EntitlementAdoption,
  CurriculumService,
  EntitlementStatus,
  Term,
  AdoptionCoverage,
} from "./modules/curriculum/index.js";
export { progressBar } from "./cli/progress.js";
export { meiliRequestsFor, SearchOrder, SearchKind, type SearchRequest } from "./modules/search/index.js";
