import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, mustMutate, mutate, resourceInput } from "../../../test/resource-fixtures.js";

/**
 * CPD stages on resources and events, through GraphQL as clients send them: stored without
 * repeats in the golden thread's order, carried by revisions (so a restore brings them back),
 * and a value outside the vocabulary refused naming the field.
 */
let api: TestApi;
let admin: TestUser;

const RESOURCE = `query($slug: String!) { resource(slug: $slug) { cpdStages revisions(first: 10) { nodes { number } } } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { slug cpdStages } } }`;
const UPDATE_EVENT = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { event { cpdStages } } }`;

const stagesOf = async (slug: string) =>
  (await api.gql<{ resource: { cpdStages: string[] } }>(RESOURCE, { slug }, admin.auth)).data!.resource.cpdStages;

function eventInput(slug: string, overrides: Record<string, unknown> = {}) {
  const start = Date.now() + 10 * 86_400_000;
  return {
    kind: "LEADERSHIP_DEVELOPMENT_DAY",
    title: "Leading behaviour day",
    slug,
    description: "A day on whole-school behaviour for aspiring leaders.",
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3 * 3_600_000).toISOString(),
    mode: "IN_PERSON",
    venue: "The hub's training room",
    hostNetworkSlug: "cpd-hub",
    ...overrides,
  };
}

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  admin = await makeAdmin(api);
  await makeNetwork(api, admin, "cpd-hub", { kind: "HUB" });
});

describe("CPD stages on resources", () => {
  it("keeps each stage once, in the golden thread's order, and names them in the vocabulary", async () => {
    await mustMutate(
      api,
      admin,
      "createResource",
      resourceInput("ect-mentoring", "cpd-hub", { cpdStages: ["NPQH", "ECF", "ITT", "ECF"] }),
    );
    expect(await stagesOf("ect-mentoring")).toEqual(["ITT", "ECF", "NPQH"]);
    const vocabulary = await api.gql<{
      taxonomy: { cpdStages: { value: string; label: string; shortLabel: string }[] };
    }>(`{ taxonomy { cpdStages { value label shortLabel } } }`);
    const stages = vocabulary.data!.taxonomy.cpdStages;
    expect(stages).toHaveLength(10);
    expect(stages[1]).toEqual({
      value: "ECF",
      label: "Early Career Framework / early career teachers",
      shortLabel: "ECF/ECT",
    });
  });

  it("changes with an update, is kept by each revision and comes back with a restore", async () => {
    await mustMutate(api, admin, "createResource", resourceInput("npq-reading", "cpd-hub", { cpdStages: ["NPQLT"] }));
    await mustMutate(api, admin, "updateResource", { slug: "npq-reading", cpdStages: ["NPQSL", "NPQEL"] });
    expect(await stagesOf("npq-reading")).toEqual(["NPQSL", "NPQEL"]);
    // Leaving the field out leaves the stages as they are.
    await mustMutate(api, admin, "updateResource", { slug: "npq-reading", title: "Reading for NPQ leaders" });
    expect(await stagesOf("npq-reading")).toEqual(["NPQSL", "NPQEL"]);
    await mustMutate(api, admin, "restoreResourceRevision", { slug: "npq-reading", number: 1 });
    expect(await stagesOf("npq-reading")).toEqual(["NPQLT"]);
    const compared = await api.gql<{ compareResourceRevisions: { field: string; before: string; after: string }[] }>(
      `{ compareResourceRevisions(slug: "npq-reading", from: 1, to: 2) { field before after } }`,
      {},
      admin.auth,
    );
    expect(compared.errors).toBeUndefined();
    expect(compared.data!.compareResourceRevisions).toContainEqual({
      field: "cpdStages",
      before: '["NPQLT"]',
      after: '["NPQSL","NPQEL"]',
    });
  });

  it("refuses a stage outside the vocabulary, saving nothing", async () => {
    const result = await mutate(
      api,
      admin,
      "createResource",
      resourceInput("bad-stage", "cpd-hub", { cpdStages: ["NPQML"] }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("cpdStages");
    expect((await api.gql(RESOURCE, { slug: "bad-stage" }, admin.auth)).data).toEqual({ resource: null });
  });
});

describe("CPD stages on events", () => {
  it("are set on creation, replaced by an update and cleared by an empty list", async () => {
    const created = await api.gql<{ createEvent: { event: { cpdStages: string[] } } }>(
      CREATE_EVENT,
      { input: eventInput("behaviour-day", { cpdStages: ["NPQLBC", "ECF", "NPQLBC"] }) },
      admin.auth,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createEvent.event.cpdStages).toEqual(["ECF", "NPQLBC"]);
    const updated = await api.gql<{ updateEvent: { event: { cpdStages: string[] } } }>(
      UPDATE_EVENT,
      { input: { slug: "behaviour-day", cpdStages: ["NPQSENCO"] } },
      admin.auth,
    );
    expect(updated.data!.updateEvent.event.cpdStages).toEqual(["NPQSENCO"]);
    const untouched = await api.gql<{ updateEvent: { event: { cpdStages: string[] } } }>(
      UPDATE_EVENT,
      { input: { slug: "behaviour-day", title: "Leading behaviour and culture day" } },
      admin.auth,
    );
    expect(untouched.data!.updateEvent.event.cpdStages).toEqual(["NPQSENCO"]);
    const cleared = await api.gql<{ updateEvent: { event: { cpdStages: string[] } } }>(
      UPDATE_EVENT,
      { input: { slug: "behaviour-day", cpdStages: [] } },
      admin.auth,
    );
    expect(cleared.data!.updateEvent.event.cpdStages).toEqual([]);
  });

  it("refuses null and unknown stages on the field", async () => {
    const unknown = await api.gql(CREATE_EVENT, { input: eventInput("bad-day", { cpdStages: ["NQT"] }) }, admin.auth);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toContain("cpdStages");
    const cleared = await api.gql(UPDATE_EVENT, { input: { slug: "behaviour-day", cpdStages: null } }, admin.auth);
    expect(cleared.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.cpdStages" });
  });
});
