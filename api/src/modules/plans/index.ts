export { PlanItem } from "./plan-item.entity.js";
export { PlanService } from "./plan.service.js";
export { PlanItemResolver } from "./plan.resolver.js";
export { MatchesService } from "./matches.service.js";
