import { afterAll, describe, expect, inject, it } from "vitest";
import { randomBytes, randomUUID } from "node:crypto";
import { dropDatabase, ensureDatabase } from "@hub/infra";
import type { MikroORM } from "@mikro-orm/postgresql";
import { initOrm } from "../../db/orm.js";

/** Resources saved before the full model (the first sample data) must come through the migration intact. */
describe("the resource model migration", () => {
  const services = inject("services");
  const name = `test_${randomBytes(6).toString("hex")}`;
  let orm: MikroORM | undefined;
  afterAll(async () => {
    await orm?.close();
    await dropDatabase(services.serverUrl, name);
  });

  it("keeps existing resources, private and in draft, with empty lists and no owning network", async () => {
    orm = await initOrm(await ensureDatabase(services.serverUrl, name));
    await orm.getMigrator().up({ to: "Migration20261123095000UserSchool" });
    const id = randomUUID();
    await orm.em
      .getConnection()
      .execute(
        `insert into resource (id, slug, title, summary, created_at, updated_at) values (?, 'legacy-guide', 'Legacy guide', 'From before.', now(), now())`,
        [id],
      );
    await orm.getMigrator().up();
    const [row] = await orm.em
      .getConnection()
      .execute(
        `select body, type, licence, visibility, status, phases, key_stages, tags, links, owning_network_id from resource where id = ?`,
        [id],
      );
    expect(row).toEqual({
      body: "",
      type: "GUIDE",
      licence: "CC_BY_4_0",
      visibility: "PRIVATE",
      status: "DRAFT",
      phases: [],
      key_stages: [],
      tags: [],
      links: [],
      owning_network_id: null,
    });
  });
});
