export { SharedAmbition, inAmbitionOrder } from "./shared-ambition.entity.js";
export { CreateAmbitionInput, UpdateAmbitionInput } from "./ambition.inputs.js";
export { AmbitionService } from "./ambition.service.js";
export { SharedAmbitionResolver, NetworkAmbitionsResolver, TaxonomyAmbitionsResolver } from "./ambition.resolver.js";
