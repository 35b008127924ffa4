import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../../test/harness.js";
import { adminViewer, leadViewer, viewerWithRoles } from "../../../test/viewers.js";
import { NetworkRole } from "../../policy/index.js";
import { Phase, Region } from "../taxonomy/index.js";
import { NetworkKind } from "./network-kind.js";
import { NetworkService } from "./network.service.js";
import { SchoolService } from "./school.service.js";

let api: TestApi;
const admin = adminViewer();
const schools = () => new SchoolService(api.orm.em.fork());
const networks = () => new NetworkService(api.orm.em.fork());
const uuidOf = async (slug: string) => (await networks().bySlug(slug))!.uuid;

interface Named {
  name: string;
}
interface Page<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

beforeAll(async () => {
  api = await startTestApi();
  for (const [urn, name, slug, phase, region, localAuthority, postcode] of [
    ["100001", "Camden Primary School", "camden-primary", Phase.PRIMARY, Region.LONDON, "Camden", "nw1 2db"],
    ["100002", "Beacon Academy", "beacon-academy", Phase.SECONDARY, Region.SOUTH_EAST, "Portsmouth", null],
    ["100003", "Kernow Special School", "kernow-special", Phase.SPECIAL, Region.SOUTH_WEST, "Cornwall", "TR1  1AA"],
    ["200004", "Regent's Park Primary", "regents-park-primary", Phase.PRIMARY, Region.LONDON, "Westminster", null],
  ] as const) {
    await schools().create(admin, { urn, name, slug, phase, region, localAuthority, postcode });
  }
  const create = (kind: NetworkKind, slug: string, name: string, parentSlug?: string, subject?: string) =>
    networks().create(admin, { kind, slug, name, description: `About ${name}.`, parentSlug, subject });
  await create(NetworkKind.PARTNERSHIP, "national-partnership", "National Partnership");
  await create(NetworkKind.HUB, "camden-hub", "Camden Hub", "national-partnership");
  await create(NetworkKind.HUB, "beacon-hub", "Beacon Hub", "national-partnership");
  await create(NetworkKind.HUB, "cornwall-hub", "Cornwall Hub", "national-partnership");
  await create(NetworkKind.TRUST, "north-trust", "North Trust");
  await create(NetworkKind.SUBJECT_NETWORK, "north-trust-history", "History Network", "north-trust", "History");
  await networks().addSchools(admin, { networkSlug: "camden-hub", urns: ["100001", "200004"] });
  await networks().addSchools(admin, { networkSlug: "north-trust", urns: ["100001", "100002"] });
  await networks().pair(admin, { networkSlug: "camden-hub", partnerSlug: "beacon-hub" });
  await networks().pair(admin, { networkSlug: "cornwall-hub", partnerSlug: "camden-hub" });
});

describe("school queries", () => {
  const SCHOOLS = /* GraphQL */ `
    query ($filter: SchoolFilter, $first: Int, $after: String) {
      schools(filter: $filter, first: $first, after: $after) {
        totalCount
        nodes {
          urn
          name
          postcode
          networks {
            name
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `;
  type Result = { schools: Page<Named & { urn: string; postcode: string | null; networks: Named[] }> };

  it("pages schools by name with their networks", async () => {
    const first = await api.gql<Result>(SCHOOLS, { first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data!.schools.totalCount).toBe(4);
    expect(first.data!.schools.nodes.map((s) => s.name)).toEqual(["Beacon Academy", "Camden Primary School"]);
    expect(first.data!.schools.nodes[1]!.networks.map((n) => n.name)).toEqual(["Camden Hub", "North Trust"]);
    expect(first.data!.schools.nodes[1]!.postcode).toBe("NW1 2DB");
    const second = await api.gql<Result>(SCHOOLS, { first: 2, after: first.data!.schools.pageInfo.endCursor });
    expect(second.data!.schools.nodes.map((s) => s.name)).toEqual(["Kernow Special School", "Regent's Park Primary"]);
    expect(second.data!.schools.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    [{ region: "LONDON" }, ["Camden Primary School", "Regent's Park Primary"]],
    [{ phase: "PRIMARY", networkSlug: "north-trust" }, ["Camden Primary School"]],
    [{ networkSlug: "camden-hub" }, ["Camden Primary School", "Regent's Park Primary"]],
    [{ query: "cAmDeN" }, ["Camden Primary School"]],
    [{ query: "10000" }, ["Beacon Academy", "Camden Primary School", "Kernow Special School"]],
    [{ query: "cornwall" }, ["Kernow Special School"]],
    [{ query: "%" }, []],
  ])("filters by %j", async (filter, names) => {
    const result = await api.gql<Result>(SCHOOLS, { filter });
    expect(result.errors).toBeUndefined();
    expect(result.data!.schools.nodes.map((s) => s.name)).toEqual(names);
    expect(result.data!.schools.totalCount).toBe(names.length);
  });

  it.each([
    ["schools", "schools(first: 100, orderBy: $order)"],
    ["networks", "networks(first: 100, orderBy: $order)"],
  ])("orders %s by name or newest first", async (list, field) => {
    const query = `query($order: OrganisationOrder!) { ${field} { nodes { name createdAt } } }`;
    type Rows = Record<string, { nodes: { name: string; createdAt: string }[] }>;
    const byName = (await api.gql<Rows>(query, { order: "NAME" })).data![list]!.nodes;
    const newest = (await api.gql<Rows>(query, { order: "NEWEST" })).data![list]!.nodes;
    expect(byName.map((row) => row.name)).toEqual(byName.map((row) => row.name).sort((a, b) => a.localeCompare(b)));
    const times = newest.map((row) => Date.parse(row.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // Same rows either way, and in a different order (they were not added alphabetically).
    expect(newest.map((row) => row.name).sort()).toEqual(byName.map((row) => row.name).sort());
    expect(newest.map((row) => row.name)).not.toEqual(byName.map((row) => row.name));
  });

  it("refuses an unknown network in the filter, naming the field", async () => {
    const result = await api.gql(SCHOOLS, { filter: { networkSlug: "no-such-network" } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.networkSlug" });
  });

  it("finds a school by URN or slug, and by its global id", async () => {
    const QUERY = `query($urn: String, $slug: String) { school(urn: $urn, slug: $slug) { id name } }`;
    const byUrn = await api.gql<{ school: { id: string; name: string } }>(QUERY, { urn: "100003" });
    expect(byUrn.data!.school.name).toBe("Kernow Special School");
    const bySlug = await api.gql<{ school: { id: string } }>(QUERY, { slug: "kernow-special" });
    expect(bySlug.data!.school.id).toBe(byUrn.data!.school.id);
    const node = await api.gql(`query($id: ID!) { node(id: $id) { __typename ... on School { urn } } }`, {
      id: byUrn.data!.school.id,
    });
    expect(node.data).toEqual({ node: { __typename: "School", urn: "100003" } });
    expect((await api.gql(QUERY, { urn: "999999" })).data).toEqual({ school: null });
  });

  it.each([[{}], [{ urn: "100001", slug: "camden-primary" }]])(
    "asks for exactly one of urn and slug (%j)",
    async (variables) => {
      const result = await api.gql(
        `query($urn: String, $slug: String) { school(urn: $urn, slug: $slug) { id } }`,
        variables,
      );
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "urn" });
    },
  );
});

describe("network queries", () => {
  const NETWORK = /* GraphQL */ `
    query ($slug: String!) {
      network(slug: $slug) {
        id
        kind
        name
        subject
        moderatorsPublishDirectly
        parent {
          slug
        }
        children(first: 10) {
          totalCount
          nodes {
            slug
          }
        }
        schools(first: 10) {
          totalCount
          nodes {
            urn
          }
        }
        partners {
          slug
        }
      }
    }
  `;
  type Network = {
    id: string;
    kind: string;
    name: string;
    subject: string | null;
    moderatorsPublishDirectly: boolean;
    parent: { slug: string } | null;
    children: { totalCount: number; nodes: { slug: string }[] };
    schools: { totalCount: number; nodes: { urn: string }[] };
    partners: { slug: string }[];
  };

  it("shows a network with its parent, children, schools and partners", async () => {
    const hub = (await api.gql<{ network: Network }>(NETWORK, { slug: "camden-hub" })).data!.network;
    expect(hub).toMatchObject({
      kind: "HUB",
      name: "Camden Hub",
      moderatorsPublishDirectly: false,
      parent: { slug: "national-partnership" },
      children: { totalCount: 0, nodes: [] },
      schools: { totalCount: 2, nodes: [{ urn: "100001" }, { urn: "200004" }] },
      partners: [{ slug: "beacon-hub" }, { slug: "cornwall-hub" }],
    });
    const partnership = (await api.gql<{ network: Network }>(NETWORK, { slug: "national-partnership" })).data!.network;
    expect(partnership.parent).toBeNull();
    expect(partnership.children.nodes.map((n) => n.slug)).toEqual(["beacon-hub", "camden-hub", "cornwall-hub"]);
    const beacon = (await api.gql<{ network: Network }>(NETWORK, { slug: "beacon-hub" })).data!.network;
    expect(beacon.partners).toEqual([{ slug: "camden-hub" }]);
    const history = (await api.gql<{ network: Network }>(NETWORK, { slug: "north-trust-history" })).data!.network;
    expect(history.subject).toBe("History");

    const node = await api.gql(`query($id: ID!) { node(id: $id) { __typename ... on Network { slug } } }`, {
      id: hub.id,
    });
    expect(node.data).toEqual({ node: { __typename: "Network", slug: "camden-hub" } });
    expect((await api.gql(NETWORK, { slug: "nope" })).data).toEqual({ network: null });
  });

  it("lists networks by name, by kind and by parent", async () => {
    const LIST = `query($kind: NetworkKind, $parentSlug: String, $first: Int) {
      networks(kind: $kind, parentSlug: $parentSlug, first: $first) { totalCount nodes { slug } }
    }`;
    type Result = { networks: { totalCount: number; nodes: { slug: string }[] } };
    const all = await api.gql<Result>(LIST, {});
    expect(all.data!.networks.nodes.map((n) => n.slug)).toEqual([
      "beacon-hub",
      "camden-hub",
      "cornwall-hub",
      "north-trust-history",
      "national-partnership",
      "north-trust",
    ]);
    const hubs = await api.gql<Result>(LIST, { kind: "HUB", first: 2 });
    expect(hubs.data!.networks).toEqual({ totalCount: 3, nodes: [{ slug: "beacon-hub" }, { slug: "camden-hub" }] });
    const inTrust = await api.gql<Result>(LIST, { parentSlug: "north-trust" });
    expect(inTrust.data!.networks.nodes).toEqual([{ slug: "north-trust-history" }]);
    const unknown = await api.gql(LIST, { parentSlug: "nope" });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "parentSlug" });
    const tooMany = await api.gql(LIST, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});

describe("organisation mutations over HTTP", () => {
  it.each([
    [
      "createSchool",
      "CreateSchoolInput",
      { urn: "300001", name: "X", slug: "x-school", phase: "PRIMARY", region: "LONDON", localAuthority: "Camden" },
    ],
    ["updateSchool", "UpdateSchoolInput", { urn: "100001", name: "Renamed" }],
    ["createNetwork", "CreateNetworkInput", { kind: "HUB", name: "New Hub", slug: "new-hub", description: "A hub." }],
    ["updateNetwork", "UpdateNetworkInput", { slug: "camden-hub", name: "Renamed" }],
    ["addSchoolsToNetwork", "AddSchoolsToNetworkInput", { networkSlug: "camden-hub", urns: ["100002"] }],
    ["removeSchoolFromNetwork", "RemoveSchoolFromNetworkInput", { networkSlug: "camden-hub", urn: "100001" }],
    ["pairNetworks", "NetworkPairInput", { networkSlug: "beacon-hub", partnerSlug: "cornwall-hub" }],
    ["unpairNetworks", "NetworkPairInput", { networkSlug: "beacon-hub", partnerSlug: "camden-hub" }],
  ])("%s asks the public to sign in", async (mutation, inputType, input) => {
    const result = await api.gql(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { __typename } }`, {
      input,
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("checks permission before input, so the public learns nothing from bad input", async () => {
    const result = await api.gql(
      `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { __typename } }`,
      {
        input: { urn: "12", name: "X", slug: "x", phase: "PRIMARY", region: "LONDON", localAuthority: "Camden" },
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("managing schools", () => {
  const valid = {
    urn: "300001",
    name: "Aylesbury Vale Academy",
    slug: "aylesbury-vale-academy",
    phase: Phase.SECONDARY,
    region: Region.SOUTH_EAST,
    localAuthority: "Buckinghamshire",
  };

  it.each([
    [{ urn: "12345" }, "input.urn", "must be exactly six digits"],
    [{ urn: "12345a" }, "input.urn", "must be exactly six digits"],
    [{ urn: "100001" }, "input.urn", "already has this URN"],
    [{ slug: "camden-primary" }, "input.slug", "already uses this slug"],
    [{ slug: "Not A Slug" }, "input.slug", "lower-case"],
    [{ postcode: "not a postcode" }, "input.postcode", "UK postcode"],
  ])("refuses %j on %s and stores nothing", async (change, field, message) => {
    const attempt = schools().create(admin, { ...valid, ...change });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_USER_INPUT", field });
    await expect(attempt).rejects.toThrow(message);
    expect(await schools().find({ urn: "300001" })).toBeNull();
  });

  it("is for admins: FORBIDDEN for a network lead", async () => {
    const lead = leadViewer(await uuidOf("camden-hub"));
    await expect(schools().create(lead, valid)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(schools().update(lead, { urn: "100001", name: "Renamed" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("creates a school with a normalised postcode, then changes only what is given", async () => {
    const created = await schools().create(admin, { ...valid, urn: "300002", slug: "av-two", postcode: " hp19   8fp" });
    expect(created).toMatchObject({ urn: "300002", postcode: "HP19 8FP", phase: Phase.SECONDARY });
    const updated = await schools().update(admin, {
      urn: "300002",
      name: "Aylesbury Vale Primary",
      phase: Phase.PRIMARY,
    });
    expect(updated).toMatchObject({ name: "Aylesbury Vale Primary", phase: Phase.PRIMARY, postcode: "HP19 8FP" });
    const cleared = await schools().update(admin, { urn: "300002", postcode: null });
    expect(cleared.postcode).toBeNull();
    await expect(schools().update(admin, { urn: "300002", slug: "camden-primary" })).rejects.toMatchObject({
      field: "input.slug",
    });
    await expect(schools().update(admin, { urn: "999999", name: "Nobody" })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.urn",
    });
  });
});

describe("managing networks", () => {
  it("is for admins to create; leads edit their own network only", async () => {
    const camden = await uuidOf("camden-hub");
    const input = { kind: NetworkKind.HUB, name: "Thames Valley Hub", slug: "thames-valley-hub", description: "Hub." };
    await expect(networks().create(leadViewer(camden), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(networks().update(leadViewer(camden), { slug: "beacon-hub", name: "Mine now" })).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    const moderator = viewerWithRoles({ [camden]: NetworkRole.MODERATOR });
    await expect(networks().update(moderator, { slug: "camden-hub", name: "Mine now" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const updated = await networks().update(leadViewer(camden), {
      slug: "camden-hub",
      description: "Thirteen primary schools in Camden.",
      moderatorsPublishDirectly: true,
      region: Region.LONDON,
    });
    expect(updated).toMatchObject({
      name: "Camden Hub",
      description: "Thirteen primary schools in Camden.",
      moderatorsPublishDirectly: true,
      region: Region.LONDON,
    });
    await expect(
      networks().update(leadViewer(camden), { slug: "camden-hub", parentSlug: "north-trust" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses an unknown parent, a taken slug, and a parent that would make a cycle", async () => {
    const base = { kind: NetworkKind.HUB, name: "Compass Hub", slug: "compass-hub", description: "Hub." };
    await expect(networks().create(admin, { ...base, parentSlug: "nope" })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.parentSlug",
    });
    await expect(networks().create(admin, { ...base, slug: "camden-hub" })).rejects.toMatchObject({
      field: "input.slug",
    });
    for (const parentSlug of ["national-partnership", "camden-hub"]) {
      await expect(networks().update(admin, { slug: "national-partnership", parentSlug })).rejects.toMatchObject({
        code: "BAD_USER_INPUT",
        field: "input.parentSlug",
      });
    }
    expect(await networks().bySlug("compass-hub")).toBeNull();
  });

  it("lets admins move a network and make it top-level again", async () => {
    const moved = await networks().update(admin, { slug: "north-trust-history", parentSlug: "national-partnership" });
    expect(moved.parent?.unwrap().uuid).toBe(await uuidOf("national-partnership"));
    const topLevel = await networks().update(admin, { slug: "north-trust-history", parentSlug: null });
    expect(topLevel.parent).toBeNull();
    await networks().update(admin, { slug: "north-trust-history", parentSlug: "north-trust" });
  });

  it("adds schools all-or-nothing and removes them, for the network's leads", async () => {
    const beacon = await uuidOf("beacon-hub");
    const lead = leadViewer(beacon);
    await expect(
      networks().addSchools(lead, { networkSlug: "beacon-hub", urns: ["100002", "777777"] }),
    ).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "input.urns" });
    await expect(networks().addSchools(lead, { networkSlug: "beacon-hub", urns: ["1"] })).rejects.toMatchObject({
      field: "input.urns",
    });
    const service = schools();
    expect((await service.inNetwork((await networks().bySlug("beacon-hub"))!, { first: 10 })).totalCount).toBe(0);

    const added = await networks().addSchools(lead, {
      networkSlug: "beacon-hub",
      urns: ["100002", "100002", "100003"],
    });
    expect(added.schools.map((s) => s.urn)).toEqual(["100002", "100003"]);
    await networks().addSchools(lead, { networkSlug: "beacon-hub", urns: ["100002"] });
    const members = await schools().inNetwork((await networks().bySlug("beacon-hub"))!, { first: 10 });
    expect(members.nodes.map((s) => s.urn)).toEqual(["100002", "100003"]);

    await expect(
      networks().addSchools(leadViewer(await uuidOf("camden-hub")), { networkSlug: "beacon-hub", urns: ["100001"] }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(networks().addSchools(admin, { networkSlug: "nope", urns: ["100001"] })).rejects.toMatchObject({
      field: "input.networkSlug",
    });

    const removed = await networks().removeSchool(lead, { networkSlug: "beacon-hub", urn: "100003" });
    expect(removed.school.urn).toBe("100003");
    await expect(networks().removeSchool(lead, { networkSlug: "beacon-hub", urn: "100003" })).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.urn",
    });
  });

  it("pairs networks once, in either order, never with themselves, and unpairs them", async () => {
    await expect(
      networks().pair(admin, { networkSlug: "beacon-hub", partnerSlug: "beacon-hub" }),
    ).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "input.partnerSlug" });
    await expect(
      networks().pair(admin, { networkSlug: "beacon-hub", partnerSlug: "camden-hub" }),
    ).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "input.partnerSlug" });
    await expect(
      networks().pair(leadViewer(await uuidOf("beacon-hub")), {
        networkSlug: "beacon-hub",
        partnerSlug: "north-trust",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const paired = await networks().pair(admin, { networkSlug: "north-trust", partnerSlug: "beacon-hub" });
    expect([paired.network.slug, paired.partner.slug]).toEqual(["north-trust", "beacon-hub"]);
    const service = networks();
    const beacon = (await service.bySlug("beacon-hub"))!;
    expect((await service.partnersOf(beacon)).map((n) => n.slug)).toEqual(["camden-hub", "north-trust"]);

    await networks().unpair(admin, { networkSlug: "beacon-hub", partnerSlug: "north-trust" });
    await expect(
      networks().unpair(admin, { networkSlug: "beacon-hub", partnerSlug: "north-trust" }),
    ).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "input.partnerSlug" });
    const after = networks();
    expect((await after.partnersOf((await after.bySlug("north-trust"))!)).map((n) => n.slug)).toEqual([]);
  });
});
