import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainOutbox } from "../../../test/search-helpers.js";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { setRole } from "../../../test/resource-fixtures.js";
import { createLogger } from "../../logger.js";
import { startApi, type RunningApi } from "../../server.js";
import { NetworkRole, Visibility } from "../../policy/index.js";
import { User } from "../accounts/index.js";
import { Network, NetworkKind } from "../organisations/index.js";
import { Licence, Resource, ResourceStatus, ResourceType } from "../resources/index.js";
import { createMeilisearch } from "./meilisearch.js";
import { Indexer } from "./indexer.js";

/**
 * Facet labels come from each API process's cache: a rename made through one
 * API shows in the facets of the next searches on it and on a second API
 * process on the same database, without re-indexing anything (the index
 * holds slugs; only the label changes).
 */
let api: TestApi;
let second: RunningApi;
let lead: TestUser;

const NETWORK_FACET = `query { search(query: "") { facets { networks { value label count } } } }`;

async function networkLabel(url: string, slug: string): Promise<string | undefined> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: NETWORK_FACET }),
  });
  const body = (await response.json()) as {
    data: { search: { facets: { networks: { value: string; label: string }[] } } };
  };
  return body.data.search.facets.networks.find((facet) => facet.value === slug)?.label;
}

/** NOTIFY reaches the listeners a moment after the commit; this allows that moment and no more. */
const shortly = { timeout: 2_000, interval: 20 };

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  second = await startApi({ ...api.config, PORT: 0 }, { logger: createLogger("silent") });
  lead = await api.signUp();
  const em = api.orm.em.fork();
  const network = em.create(Network, {
    slug: "lantern-maths",
    name: "Lantern Maths Network",
    kind: NetworkKind.SUBJECT_NETWORK,
    region: null,
    description: "Maths leads working together.",
  });
  const resource = em.create(Resource, {
    slug: "lantern-fractions",
    title: "Fractions on a number line",
    summary: "A sequence of lessons.",
    body: "",
    type: ResourceType.GUIDE,
    visibility: Visibility.PUBLIC,
    status: ResourceStatus.PUBLISHED,
    licence: Licence.CC_BY_4_0,
    keyStages: [],
    phases: [],
    owningNetwork: network,
    publishedAt: new Date(),
  });
  resource.authors.add(em.getReference(User, lead.uuid));
  await em.flush();
  await setRole(api, lead, "lantern-maths", NetworkRole.LEAD);
  const indexer = new Indexer(
    api.orm,
    createMeilisearch(api.config.MEILI_URL, api.config.MEILI_MASTER_KEY),
    api.config.MEILI_INDEX_PREFIX,
    createLogger("silent"),
    api.config.DATABASE_URL,
  );
  await drainOutbox(indexer);
});

afterAll(async () => {
  await second?.stop();
});

describe("facet labels", () => {
  it("show a network's new name on every API process once it is renamed through the API", async () => {
    // Both processes have read (and cached) the old name.
    expect(await networkLabel(api.url, "lantern-maths")).toBe("Lantern Maths Network");
    expect(await networkLabel(second.url, "lantern-maths")).toBe("Lantern Maths Network");

    const renamed = await api.gql(
      `mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { network { name } } }`,
      { input: { slug: "lantern-maths", name: "Beacon Numeracy Network" } },
      lead.auth,
    );
    expect(renamed.errors).toBeUndefined();

    await expect.poll(() => networkLabel(api.url, "lantern-maths"), shortly).toBe("Beacon Numeracy Network");
    await expect.poll(() => networkLabel(second.url, "lantern-maths"), shortly).toBe("Beacon Numeracy Network");
  });
});
