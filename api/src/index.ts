/** What other packages (seeds, benchmarks) use of the API. */
export { readConfig, ConfigError, type Config } from "./config.js";
export { initOrm, migrate, ormOptions, type Orm } from "./db/orm.js";
export { DomainError } from "./graphql/errors.js";
export {
  Resource,
  ResourceRevision,
  ResourceService,
  CreateResourceInput,
  ResourceType,
  ResourceStatus,
  Licence,
  LICENCES,
} from "./modules/resources/index.js";
export { Visibility, NetworkRole, type Viewer } from "./policy/index.js";
export { importSearches, SearchRecorder, type ImportedSearch } from "./modules/insight/index.js";
export { createLogger } from "./logger.js";
export { AccountService, User, viewerOf, normaliseEmail } from "./modules/accounts/index.js";
export { verifyPassword } from "./modules/accounts/passwords.js";
export { MembershipService, Membership } from "./modules/memberships/index.js";
export {
  School,
  Network,
  NetworkKind,
  NetworkSchool,
  NetworkPartnership,
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
export {
  createMeilisearch,
  SearchOutbox,
  askMeilisearch,
  indexName,
  meiliRequestsFor,
  SearchOrder,
  SearchKind,
  facetIn,
  type Meilisearch,
  type SearchRequest,
} from "./modules/search/index.js";
export { reindexAll, verify as verifySearch } from "./modules/search/maintenance.js";
export { progressBar } from "./cli/progress.js";
export { AmbitionService, SharedAmbition } from "./modules/ambitions/index.js";
export { CollectionService, ResourceCollection } from "./modules/collections/index.js";
export {
  QualityReview,
  ReviewFinding,
  ReviewFindingTheme,
  ReviewService,
  QualityReviewKind,
  FindingKind,
} from "./modules/reviews/index.js";
export { MatchesService, PlanItem, PlanService } from "./modules/plans/index.js";
