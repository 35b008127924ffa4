import { Resource } from "../modules/resources/resource.entity.js";

/** Every entity, listed explicitly: no folder scanning, so tsc output and Vitest see the same set. */
export const entities = [Resource];
