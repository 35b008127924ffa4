export { loadSectorDataset, readSectorDataset, isEmpty, type LoadOptions, type LoadReport } from "./dataset/load.js";
export { wipeDatabase, KEPT_TABLES } from "./dataset/reset.js";
export { demoAccounts, formatDemoAccounts, type DemoAccount } from "./dataset/demo-accounts.js";
export { SeedDataError } from "./dataset/errors.js";
export { fingerprint } from "./fingerprint.js";
export { generate, type GenerateOptions, type GenerateSummary } from "./generator/generate.js";
export { mulberry32 } from "./generator/prng.js";
