import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, setRole } from "../../../test/resource-fixtures.js";
import { NetworkRole } from "../../policy/index.js";

/**
 * The yes/no fields a client links by: each must say yes exactly when the
 * insight query it stands for answers, for every kind of viewer.
 */
let api: TestApi;
let people: Record<"admin" | "lead" | "moderator" | "member" | "otherHub" | "partnershipLead" | "nobody", TestUser>;

const ACCESS = `{ viewer { canSeeNationalInsight } network(slug: "access-hub") { viewerCanSeeInsight } }`;
const INSIGHT = `{ networkInsight(network: "access-hub") { schools } }`;
const NATIONAL = `{ nationalInsight { suppressionThreshold } }`;

interface AccessData {
  viewer: { canSeeNationalInsight: boolean };
  network: { viewerCanSeeInsight: boolean };
}

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  const admin = await makeAdmin(api);
  await makeNetwork(api, admin, "access-hub", { kind: "HUB" });
  await makeNetwork(api, admin, "access-other-hub", { kind: "HUB" });
  await makeNetwork(api, admin, "access-partnership", { kind: "PARTNERSHIP" });
  people = { admin } as typeof people;
  for (const name of ["lead", "moderator", "member", "otherHub", "partnershipLead", "nobody"] as const) {
    people[name] = await api.signUp();
  }
  await setRole(api, people.lead, "access-hub", NetworkRole.LEAD);
  await setRole(api, people.moderator, "access-hub", NetworkRole.MODERATOR);
  await setRole(api, people.member, "access-hub", NetworkRole.MEMBER);
  await setRole(api, people.otherHub, "access-other-hub", NetworkRole.LEAD);
  await setRole(api, people.partnershipLead, "access-partnership", NetworkRole.LEAD);
});

describe("insight access fields", () => {
  it("say yes exactly when networkInsight and nationalInsight answer the viewer", async () => {
    const viewers = Object.entries(people);
    const outcomes = await Promise.all(
      viewers.map(async ([name, person]) => {
        const [access, insight, national] = await Promise.all([
          api.gql<AccessData>(ACCESS, {}, person.auth),
          api.gql(INSIGHT, {}, person.auth),
          api.gql(NATIONAL, {}, person.auth),
        ]);
        const data = access.data!;
        return {
          name,
          network: [data.network.viewerCanSeeInsight, insight.errors === undefined],
          national: [data.viewer.canSeeNationalInsight, national.errors === undefined],
        };
      }),
    );
    expect(outcomes).toEqual([
      { name: "admin", network: [true, true], national: [true, true] },
      { name: "lead", network: [true, true], national: [false, false] },
      { name: "moderator", network: [true, true], national: [false, false] },
      { name: "member", network: [true, true], national: [false, false] },
      { name: "otherHub", network: [false, false], national: [false, false] },
      { name: "partnershipLead", network: [false, false], national: [true, true] },
      { name: "nobody", network: [false, false], national: [false, false] },
    ]);
  });

  it("tell the public no without asking them to sign in", async () => {
    const result = await api.gql(ACCESS);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ viewer: null, network: { viewerCanSeeInsight: false } });
  });
});
