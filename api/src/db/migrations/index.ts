import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261123080000Resources } from "./Migration20261123080000Resources.js";

/**
 * Every migration in order. Listed explicitly so the compiled API and the
 * tests (which run TypeScript source) apply exactly the same set; a new
 * migration made with `npm run migration:create -w @hub/api` is added here.
 */
export const migrationsList: MigrationObject[] = [
  { name: "Migration20261123080000Resources", class: Migration20261123080000Resources },
];
