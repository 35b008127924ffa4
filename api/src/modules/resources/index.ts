export { Resource, SUMMARY_MAX_LENGTH } from "./resource.entity.js";
export { CreateResourceInput } from "./resource.inputs.js";
export { ResourceService } from "./resource.service.js";
export { ResourceResolver } from "./resource.resolver.js";
