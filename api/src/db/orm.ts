import { MikroORM, defineConfig, type Options } from "@mikro-orm/postgresql";
import { Migrator } from "@mikro-orm/migrations";
import { entities } from "./entities.js";
import { migrationsList } from "./migrations/index.js";
import { OutboxSubscriber } from "../modules/search/outbox.subscriber.js";

export type Orm = MikroORM;

/** One place for the ORM's settings, shared by the server, the CLIs, the seeds and the tests. */
export function ormOptions(databaseUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: "mikro_orm_migrations",
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    // Entities carry explicit types; nothing relies on emitted metadata being complete.
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    // Writes a search outbox row for every indexed change, in the same transaction.
    subscribers: [new OutboxSubscriber()],
    forceUtcTimezone: true,
    pool: { min: 0, max: 10 },
    allowGlobalContext: false,
    debug: false,
    ...overrides,
  });
}

export function initOrm(databaseUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  return MikroORM.init(ormOptions(databaseUrl, overrides));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.getMigrator().getPendingMigrations();
  return pending.map((migration) => migration.name);
}
