import { beforeAll, describe, expect, it } from "vitest";
import { drainOutbox } from "../../../test/search-helpers.js";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { makeAdmin, makeNetwork, setRole } from "../../../test/resource-fixtures.js";
import { createLogger } from "../../logger.js";
import { NetworkRole } from "../../policy/index.js";
import { createMeilisearch, Indexer } from "../search/index.js";
import { SearchRecorder } from "./search-recorder.js";

/**
 * Search demand over HTTP against the real API, PostgreSQL and Meilisearch:
 * searches recorded with no identity, the 3-session threshold, withheld
 * queries, results opened once, who sees the aggregates, and pruning.
 */
let api: TestApi;
let lead: TestUser;
let member: TestUser;
let outsider: TestUser;

const SEARCH = `query($query: String!, $after: String, $recordDemand: Boolean) {
  search(query: $query, first: 1, after: $after, recordDemand: $recordDemand) {
    totalCount searchRef pageInfo { endCursor }
  }
}`;
const QUERIES = "{ query searches sessions zeroResultSearches openedSearches }";
const DEMAND = `query($network: String!) { networkSearchDemand(network: $network) {
  searches zeroResultSearches openedSearches sessionThreshold
  topQueries ${QUERIES} zeroResultQueries ${QUERIES} unopenedQueries ${QUERIES} } }`;
const PUBLIC_DEMAND = `{ publicSearchDemand { searches topQueries ${QUERIES} zeroResultQueries ${QUERIES} } }`;
const OPENED = `mutation($ref: String!) { recordSearchResultOpened(searchRef: $ref) }`;

interface Demanded {
  query: string;
  searches: number;
  sessions: number;
  zeroResultSearches: number;
  openedSearches: number;
}
interface Demand {
  searches: number;
  zeroResultSearches: number;
  openedSearches: number;
  sessionThreshold: number;
  topQueries: Demanded[];
  zeroResultQueries: Demanded[];
  unopenedQueries: Demanded[];
}

/** A fresh session of a person, as signing in again on another device makes. */
async function newSession(person: TestUser): Promise<Record<string, string>> {
  const result = await api.gql<{ signIn: { token: string } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
    { input: { email: person.email, password: person.password } },
  );
  expect(result.errors).toBeUndefined();
  return { authorization: `Bearer ${result.data!.signIn.token}` };
}

/** An anonymous visitor: the API tells them apart by address and browser. */
const visitor = (name: string) => ({ "user-agent": `Test browser ${name}` });

async function search(query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) {
  const result = await api.gql<{
    search: { totalCount: number; searchRef: string | null; pageInfo: { endCursor: string } };
  }>(SEARCH, { query, ...variables }, headers);
  expect(result.errors).toBeUndefined();
  return result.data!.search;
}

async function demandOf(network: string, headers: Record<string, string>): Promise<Demand> {
  await api.flushSearchDemand();
  const result = await api.gql<{ networkSearchDemand: Demand }>(DEMAND, { network }, headers);
  expect(result.errors).toBeUndefined();
  return result.data!.networkSearchDemand;
}

const listed = (queries: Demanded[], query: string) => queries.find((entry) => entry.query === query);
const rows = async () =>
  api.orm.em.getConnection().execute<Record<string, unknown>[]>("select * from search_record order by query");

beforeAll(async () => {
  api = await startTestApi({ INDEXER_IN_API: "false" });
  const admin = await makeAdmin(api);
  await makeNetwork(api, admin, "north-hub");
  await makeNetwork(api, admin, "south-hub");
  [lead, member, outsider] = await Promise.all([api.signUp(), api.signUp(), api.signUp()]);
  await setRole(api, lead, "north-hub", NetworkRole.LEAD);
  await setRole(api, member, "north-hub", NetworkRole.MEMBER);
  await setRole(api, outsider, "south-hub", NetworkRole.LEAD);
  // The networks themselves are searchable: "network" finds them, "zzqxv" nothing.
  const indexer = new Indexer(
    api.orm,
    createMeilisearch(api.config.MEILI_URL, api.config.MEILI_MASTER_KEY),
    api.config.MEILI_INDEX_PREFIX,
    createLogger("silent"),
    api.config.DATABASE_URL,
  );
  await drainOutbox(indexer);
});

describe("search demand", () => {
  it("lists a query only once 3 different sessions searched it: not at 2, at 3", async () => {
    await search("Network  NORTH", member.auth);
    await search("network north", await newSession(member));
    const atTwo = await demandOf("north-hub", lead.auth);
    expect(listed(atTwo.topQueries, "network north")).toBeUndefined();
    expect(atTwo.sessionThreshold).toBe(3);

    await search(" Network North ", lead.auth);
    const atThree = await demandOf("north-hub", lead.auth);
    expect(listed(atThree.topQueries, "network north")).toEqual({
      query: "network north",
      searches: 3,
      sessions: 3,
      zeroResultSearches: 0,
      openedSearches: 0,
    });
    // Searches by people outside the network are not its demand.
    expect(listed((await demandOf("south-hub", outsider.auth)).topQueries, "network north")).toBeUndefined();
  });

  it("stores no user, session, token, address or browser, only what was searched and found", async () => {
    const { totalCount } = await search("network south", outsider.auth);
    await api.flushSearchDemand();
    const columns = await api.orm.em
      .getConnection()
      .execute<{ column_name: string }[]>(
        "select column_name from information_schema.columns where table_name = 'search_record' order by column_name",
      );
    expect(columns.map((column) => column.column_name)).toEqual([
      "filters",
      "id",
      "kinds",
      "network_ids",
      "query",
      "result_count",
      "searched_on",
      "session_mark",
      "signed_in",
    ]);
    const sessions = await api.orm.em
      .getConnection()
      .execute<{ id: string; token_hash: string }[]>("select id, token_hash from session");
    const stored = JSON.stringify(await rows());
    for (const person of [lead, member, outsider]) {
      expect(stored).not.toContain(person.uuid);
      expect(stored).not.toContain(person.email);
      expect(stored).not.toContain(person.token);
    }
    for (const session of sessions) {
      expect(stored).not.toContain(session.id);
      expect(stored).not.toContain(session.token_hash);
    }
    expect(stored).not.toContain("127.0.0.1");
    expect(stored).not.toContain("Test browser");
    const south = (await rows()).find((row) => row.query === "network south")!;
    const southHub = await api.orm.em
      .getConnection()
      .execute<{ id: string }>("select id from network where slug = 'south-hub'", [], "get");
    expect(south).toMatchObject({ network_ids: [southHub.id], signed_in: true, result_count: totalCount });
    expect(south.session_mark).toMatch(/^[0-9a-f]{32}$/);
  });

  it("never stores a query holding an email address or a phone number", async () => {
    await search("Contact jo.bloggs@school.example about phonics", member.auth);
    await search("call 07700 900123 tutoring", member.auth);
    await api.flushSearchDemand();
    const stored = JSON.stringify(await rows());
    expect(stored).not.toContain("bloggs");
    expect(stored).not.toContain("900123");
    expect(stored).not.toContain("tutoring");
    const withheld = (await rows()).filter((row) => row.query === null);
    expect(withheld).toHaveLength(2);
    expect(withheld.every((row) => row.session_mark === null)).toBe(true);
  });

  it("counts a result opened once per search however often it is clicked, and lists queries nobody opened", async () => {
    const sessions = [member.auth, await newSession(member), lead.auth, await newSession(lead)];
    const refs: string[] = [];
    for (const headers of sessions) refs.push((await search("network hub", headers)).searchRef!);
    const before = await demandOf("north-hub", member.auth);
    expect(listed(before.unopenedQueries, "network hub")).toMatchObject({ searches: 4, openedSearches: 0 });

    for (const headers of [member.auth, member.auth, {}, lead.auth]) {
      const opened = await api.gql(OPENED, { ref: refs[0] }, headers);
      expect(opened).toEqual({ data: { recordSearchResultOpened: true } });
    }
    const after = await demandOf("north-hub", member.auth);
    expect(listed(after.topQueries, "network hub")).toMatchObject({ searches: 4, openedSearches: 1 });
    expect(listed(after.unopenedQueries, "network hub")).toBeUndefined();

    const bad = await api.gql(OPENED, { ref: "not-a-ref" });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "searchRef" });
  });

  it("records what someone typed on to as one search, not each pause on the way", async () => {
    for (const query of ["pho", "phon", "phonics", "phonic"]) await search(query, visitor("typist"));
    await search("maths", visitor("typist"));
    await search("phon", visitor("other typist"));
    await api.flushSearchDemand();
    const typed = (await rows()).filter((row) => String(row.query).startsWith("pho") || row.query === "maths");
    expect(typed.map((row) => row.query).sort()).toEqual(["maths", "phon", "phonic"]);
  });

  it("records first pages only, and not the searches a client makes on its own", async () => {
    const page = await search("network", visitor("pager"));
    expect(page.searchRef).not.toBeNull();
    const next = await search("network", visitor("pager"), { after: page.pageInfo.endCursor });
    const counted = await search("network", visitor("pager"), { recordDemand: false });
    expect([next.searchRef, counted.searchRef]).toEqual([null, null]);
    await api.flushSearchDemand();
    expect((await rows()).filter((row) => row.query === "network")).toHaveLength(1);
  });

  it("shows anonymous visitors' searches, and what found nothing, in the public view only", async () => {
    for (const name of ["x", "y"]) await search("Zzqxv reading", visitor(name));
    await search("zzqxv reading", member.auth);
    await api.flushSearchDemand();
    const atTwo = await api.gql<{ publicSearchDemand: Demand }>(PUBLIC_DEMAND, {}, lead.auth);
    expect(listed(atTwo.data!.publicSearchDemand.zeroResultQueries, "zzqxv reading")).toBeUndefined();

    await search("zzqxv reading", visitor("z"));
    await api.flushSearchDemand();
    const atThree = await api.gql<{ publicSearchDemand: Demand }>(PUBLIC_DEMAND, {}, lead.auth);
    expect(listed(atThree.data!.publicSearchDemand.zeroResultQueries, "zzqxv reading")).toMatchObject({
      searches: 3,
      sessions: 3,
      zeroResultSearches: 3,
    });
    // The member's search is the network's, not the public's; one session is below the threshold there.
    expect(listed((await demandOf("north-hub", lead.auth)).zeroResultQueries, "zzqxv reading")).toBeUndefined();
  });

  it("is seen by the network's lead and members, not by another network's people or the public", async () => {
    const asked = (headers: Record<string, string>) => api.gql(DEMAND, { network: "north-hub" }, headers);
    expect((await asked(lead.auth)).errors).toBeUndefined();
    expect((await asked(member.auth)).errors).toBeUndefined();
    expect((await asked(outsider.auth)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await asked({})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await api.gql(DEMAND, { network: "nowhere" }, lead.auth)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const period = (variables: Record<string, unknown>) =>
      api.gql(
        `query($from: DateTimeISO, $to: DateTimeISO, $first: Int) {
          networkSearchDemand(network: "north-hub", from: $from, to: $to, first: $first) { searches } }`,
        variables,
        lead.auth,
      );
    expect(
      (await period({ from: "2026-03-02T00:00:00Z", to: "2026-03-01T00:00:00Z" })).errors?.[0]?.extensions,
    ).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    expect((await period({ first: 0 })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
    // The public view: those who moderate or lead somewhere.
    expect((await api.gql(PUBLIC_DEMAND, {}, outsider.auth)).errors).toBeUndefined();
    expect((await api.gql(PUBLIC_DEMAND, {}, member.auth)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.gql(PUBLIC_DEMAND, {})).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("forgets searches after 13 months and day keys after a day, pruning safely from several processes", async () => {
    const connection = api.orm.em.getConnection();
    const today = "(now() at time zone 'utc')::date";
    await connection.execute(
      `insert into search_record (id, searched_on, query, kinds, filters, result_count, network_ids, signed_in)
       values ('00000000-0000-4000-8000-000000000001', ${today} - interval '13 months' - interval '1 day', 'too old', '{}', '{}', 0, '{}', false),
              ('00000000-0000-4000-8000-000000000002', ${today} - interval '13 months', 'just kept', '{}', '{}', 0, '{}', false)`,
    );
    await connection.execute(
      `insert into search_result_opened (search_id, opened_on) values
         ('00000000-0000-4000-8000-000000000001', ${today} - interval '13 months' - interval '1 day')`,
    );
    await connection.execute(`insert into search_demand_key (day, secret) values (${today} - 2, 'aa')`);
    const processes = [1, 2].map(() => new SearchRecorder(api.orm, createLogger("silent"), true));
    await Promise.all(processes.map((process) => process.prune()));
    await Promise.all(processes.map((process) => process.stop()));
    const queries = (await rows()).map((row) => row.query);
    expect(queries).toContain("just kept");
    expect(queries).not.toContain("too old");
    expect(
      await connection.execute(
        "select * from search_result_opened where opened_on < " + today + " - interval '13 months'",
      ),
    ).toEqual([]);
    const keys = await connection.execute<{ day: string }[]>(
      `select day from search_demand_key where day < ${today} - 1`,
    );
    expect(keys).toEqual([]);
  });
});
