export { QualityReviewKind, FindingKind } from "./review.enums.js";
export { QualityReview } from "./quality-review.entity.js";
export { ReviewFinding, ReviewFindingTheme } from "./review-finding.entity.js";
export {
  CreateQualityReviewInput,
  ReviewFindingInput,
  ImportQualityReviewsInput,
  ProposeAreaOfExcellenceFromFindingInput,
} from "./review.inputs.js";
export { ReviewService } from "./review.service.js";
export { CSV_COLUMNS } from "./review-import.js";
export {
  QualityReviewResolver,
  ReviewFindingResolver,
  SchoolReviewsResolver,
  NetworkReviewsResolver,
  ExcellenceReviewResolver,
} from "./review.resolver.js";
export { todayInEngland } from "./review.rules.js";
