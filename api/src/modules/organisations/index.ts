export { NetworkKind, NETWORK_KIND_LABELS, HUB_KINDS } from "./network-kind.js";
export { School } from "./school.entity.js";
export { Network } from "./network.entity.js";
export { NetworkSchool } from "./network-school.entity.js";
export { NetworkPartnership } from "./network-partnership.entity.js";
export {
  CreateSchoolInput,
  UpdateSchoolInput,
  SchoolFilter,
  CreateNetworkInput,
  UpdateNetworkInput,
  AddSchoolsToNetworkInput,
  RemoveSchoolFromNetworkInput,
  NetworkPairInput,
} from "./organisation.inputs.js";
export { SchoolService } from "./school.service.js";
export { NetworkService } from "./network.service.js";
export { SchoolResolver, SchoolConnection } from "./school.resolver.js";
export { NetworkResolver, NetworkConnection } from "./network.resolver.js";
