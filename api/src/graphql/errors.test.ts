import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { startTestApi, type TestApi } from "../../test/harness.js";
import { Network, NetworkKind, School } from "../modules/organisations/index.js";
import { Resource, ResourceRevision } from "../modules/resources/index.js";
import { Phase, Region } from "../modules/taxonomy/index.js";
import { CONFLICT_MESSAGE, explainDatabaseError } from "./errors.js";

/**
 * What a client is told of each kind of refusal PostgreSQL gives, produced
 * for real by writes the services would never make (they check first).
 */
let api: TestApi;
let network: Network;

beforeAll(async () => {
  api = await startTestApi();
  const em = api.orm.em.fork();
  network = em.create(Network, { kind: NetworkKind.HUB, name: "Hub", slug: "errors-hub", description: "A hub." });
  em.create(School, { ...schoolValues("400001"), slug: "first-school" });
  em.create(Resource, { slug: "taken", title: "T", summary: "S", owningNetwork: network });
  await em.flush();
});

function schoolValues(urn: string) {
  return {
    urn,
    name: "A school",
    slug: `school-${urn}`,
    phase: Phase.PRIMARY,
    region: Region.LONDON,
    localAuthority: "Camden",
  };
}

/** The error a flush of these new rows fails with, as the ORM throws it. */
type Em = ReturnType<TestApi["orm"]["em"]["fork"]>;

async function refusal(stage: (em: Em) => void): Promise<unknown> {
  const em = api.orm.em.fork();
  stage(em);
  try {
    await em.flush();
  } catch (error) {
    return error;
  }
  throw new Error("not refused");
}

describe("explainDatabaseError", () => {
  it("tells a taken unique value as its table says, in the words of the mutation that ran", async () => {
    const urn = await refusal((em) => em.create(School, schoolValues("400001")));
    expect(explainDatabaseError(urn)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.urn",
      message: "Another school already has this URN.",
    });
    const slug = await refusal((em) =>
      em.create(Resource, { slug: "taken", title: "T", summary: "S", owningNetwork: network.uuid }),
    );
    expect(explainDatabaseError(slug, "createResource")).toMatchObject({
      field: "input.slug",
      message: '"taken" is already used by another resource',
    });
    expect(explainDatabaseError(slug, "updateResource")).toMatchObject({ field: "input.newSlug" });
  });

  it("makes any other unique key a CONFLICT that says to reload", async () => {
    const resource = await api.orm.em.fork().findOneOrFail(Resource, { slug: "taken" });
    const revision = (em: Em) =>
      em.create(ResourceRevision, { resource: resource.uuid, number: 1, snapshot: {} as never });
    const em = api.orm.em.fork();
    revision(em);
    await em.flush();
    expect(explainDatabaseError(await refusal(revision))).toMatchObject({
      code: "CONFLICT",
      message: CONFLICT_MESSAGE,
    });
  });

  it("names the field of a foreign key, check or NOT NULL refusal", async () => {
    const missingNetwork = await refusal((em) =>
      em.create(Resource, { slug: "orphan", title: "T", summary: "S", owningNetwork: randomUUID() }),
    );
    expect(explainDatabaseError(missingNetwork)).toMatchObject({
      code: "CONFLICT",
      field: "input.owningNetwork",
      message: expect.stringMatching(/removed meanwhile\. Reload and try again/),
    });
    const badUrn = await refusal((em) => em.create(School, schoolValues("12ab")));
    expect(explainDatabaseError(badUrn)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.urn" });
    // The ORM itself refuses a missing required value; a statement of its own reaches the database.
    const untitled = await api.orm.em
      .fork()
      .execute("insert into resource (id, slug, title, summary) values (?, 'untitled', null, 'S')", [randomUUID()])
      .catch((error: unknown) => error);
    expect(explainDatabaseError(untitled)).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.title",
      message: "input.title is required",
    });
  });

  it("leaves any other error alone, to be masked as internal", async () => {
    const noTable = await api.orm.em
      .fork()
      .execute("select * from no_such_table")
      .catch((error: unknown) => error);
    expect(noTable).toBeInstanceOf(Error);
    expect(explainDatabaseError(noTable)).toBeUndefined();
    expect(explainDatabaseError(new Error("boom"))).toBeUndefined();
  });
});
