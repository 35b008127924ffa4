export { sampleResources } from "./sample-resources.js";
export { loadSampleData, isEmpty, type LoadReport } from "./load.js";
