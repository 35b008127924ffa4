export { EntitlementStatus, Term, AdoptionCoverage } from "./curriculum.enums.js";
export { CurriculumEntitlement } from "./curriculum-entitlement.entity.js";
export { CurriculumUnit } from "./curriculum-unit.entity.js";
export { EntitlementAdoption } from "./entitlement-adoption.entity.js";
export { CurriculumService, entitlementSchoolsNetwork } from "./curriculum.service.js";
export {
  CurriculumEntitlementResolver,
  ResourceCurriculumResolver,
  CurriculumUnitResolver,
  EntitlementAdoptionResolver,
  CurriculumMutations,
} from "./curriculum.resolver.js";
