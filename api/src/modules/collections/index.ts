export { ResourceCollection, CollectionEntry, CollectionItem } from "./collection.entity.js";
export { CollectionOrder } from "./collection.inputs.js";
export { CollectionService, governedCollection } from "./collection.service.js";
export { CollectionResolver, ResourceCollectionsResolver } from "./collection.resolver.js";
