/** What other packages (seeds, benchmarks) use of the API. */
export { readConfig, ConfigError, type Config } from "./config.js";
export { initOrm, migrate, ormOptions, type Orm } from "./db/orm.js";
export { DomainError } from "./graphql/errors.js";
export { Resource, ResourceService, CreateResourceInput } from "./modules/resources/index.js";
