export { readInfraConfig, REPO_ROOT, type InfraConfig } from "./config.js";
export { startServices, serviceEnv, type Services, type StartServicesOptions } from "./services.js";
export { ensureDatabase, dropDatabase, databaseUrlFor } from "./database.js";
export { pickPort, freePort, isPortFree } from "./ports.js";
export { onShutdown, stopAll } from "./shutdown.js";
export { trackChild, terminate } from "./children.js";
export { waitForHealth, startEmbeddedMeilisearch, type RunningMeilisearch } from "./meilisearch.js";
export { startProduct, type RunningProduct, type StartProductOptions } from "./product.js";
export { runToCompletion } from "./cli/run.js";
