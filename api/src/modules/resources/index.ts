export { Resource, ResourceLink, SUMMARY_MAX_LENGTH, BODY_MAX_BYTES } from "./resource.entity.js";
export { ResourceRevision } from "./resource-revision.entity.js";
export { ResourceSlugRedirect } from "./resource-slug-redirect.entity.js";
export {
  ResourceType,
  ResourceStatus,
  Licence,
  ResourceOrder,
  LICENCES,
  RESOURCE_TYPE_LABELS,
} from "./resource.enums.js";
export { CreateResourceInput, UpdateResourceInput, ResourceLinkInput } from "./resource.inputs.js";
export { ResourceService } from "./resource.service.js";
export { ResourceResolver, ResourceRevisionResolver } from "./resource.resolver.js";
export { ResourceConnection } from "./resource.types.js";
export { renderMarkdown, markdownToText } from "./resource.markdown.js";
