import { afterAll, inject } from "vitest";
import { randomBytes } from "node:crypto";
import { dropDatabase, ensureDatabase } from "@hub/infra";
import { createMeilisearch, initOrm, migrate, type Meilisearch, type Orm } from "@hub/api";

export interface TestDatabase {
  orm: Orm;
  meili: Meilisearch;
  /** Index-name prefix of this database's search indexes. */
  prefix: string;
}

/** A freshly migrated database (and search prefix) of its own, dropped after the file's tests. */
export async function freshDatabase(): Promise<TestDatabase> {
  const services = inject("services");
  const name = `seeds_${randomBytes(6).toString("hex")}`;
  const orm = await initOrm(await ensureDatabase(services.serverUrl, name));
  afterAll(async () => {
    await orm.close();
    await dropDatabase(services.serverUrl, name);
  });
  await migrate(orm);
  return { orm, meili: createMeilisearch(services.meiliUrl, services.meiliMasterKey), prefix: `${name}_` };
}
