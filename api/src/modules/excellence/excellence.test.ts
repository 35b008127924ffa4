import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../../test/harness.js";
import { startStatementCountingApi, type StatementCountingApi } from "../../../test/sql-statements.js";
import { User, viewerOf } from "../accounts/index.js";
import { Network } from "../organisations/index.js";
import { MembershipService } from "../memberships/index.js";
import { NetworkRole } from "../../policy/index.js";
import { resourceInput } from "../../../test/resource-fixtures.js";
import { EMOJI, textOfChars } from "../../../test/hostile-text.js";
import { AOE_SUMMARY_MAX_LENGTH } from "./area-of-excellence.entity.js";

/**
 * Areas of Excellence through GraphQL: the lifecycle (propose, validate,
 * expire, renew) and who may do and see what.
 */
type Person = "contributor" | "hubModerator" | "trustModerator" | "outsider" | "admin";
type ViewerName = Person | "anonymous";

let api: TestApi;
const people = {} as Record<Person, TestUser>;
let themeSlugs: string[] = [];
let counter = 0;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
const headersOf = (viewer: ViewerName) => (viewer === "anonymous" ? {} : people[viewer].auth);

const PROPOSE = `mutation($input: ProposeAreaOfExcellenceInput!) {
  proposeAreaOfExcellence(input: $input) { areaOfExcellence { id slug status school { urn } themes { slug } contact { name } } }
}`;
const VALIDATE = `mutation($input: AreaOfExcellenceRefInput!) {
  validateAreaOfExcellence(input: $input) { areaOfExcellence { status validatedAt expiresAt } }
}`;
const RENEW = `mutation($input: AreaOfExcellenceRefInput!) {
  renewAreaOfExcellence(input: $input) { areaOfExcellence { status expiresAt } }
}`;
const ONE = `query($slug: String!) {
  areaOfExcellence(slug: $slug) { slug status contact { name } contactEmail contactJobTitle }
}`;

async function admin<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await api.gql<T>(query, variables, people.admin.auth);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function addToNetwork(user: TestUser, slug: string, role: NetworkRole): Promise<void> {
  const em = api.orm.em.fork();
  await new MembershipService(em).setRole(
    await em.findOneOrFail(User, { uuid: user.uuid }),
    await em.findOneOrFail(Network, { slug }),
    role,
  );
}

async function createNetwork(slug: string, kind: string): Promise<void> {
  await admin(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`, {
    input: { kind, name: `Network ${slug}`, slug, description: "For Area of Excellence tests." },
  });
}

async function createSchool(urn: string, region: string, networks: string[]): Promise<void> {
  await admin(`mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`, {
    input: { urn, name: `School ${urn}`, slug: `school-${urn}`, phase: "PRIMARY", region, localAuthority: "Camden" },
  });
  for (const networkSlug of networks) {
    await admin(
      `mutation($input: AddSchoolsToNetworkInput!) { addSchoolsToNetwork(input: $input) { network { slug } } }`,
      { input: { networkSlug, urns: [urn] } },
    );
  }
}

function proposal(overrides: Record<string, unknown> = {}) {
  return {
    schoolUrn: "100001",
    title: "Early reading and phonics",
    slug: unique("aoe"),
    themeSlugs: themeSlugs.slice(0, 2),
    phase: "PRIMARY",
    summary: "Systematic synthetic phonics taught daily with rapid catch-up for pupils who fall behind.",
    evidence: "## Evidence\n\nPhonics screening check results rose three years running.",
    sourceReview: "QAR",
    reviewDate: "2026-03-12",
    overallEstimate: "Leading",
    ...overrides,
  };
}

async function propose(by: ViewerName, overrides: Record<string, unknown> = {}) {
  return api.gql<{ proposeAreaOfExcellence: { areaOfExcellence: { slug: string; status: string } } }>(
    PROPOSE,
    { input: proposal(overrides) },
    headersOf(by),
  );
}

/** A proposal made by the contributor, whose slug is returned. */
async function proposed(overrides: Record<string, unknown> = {}): Promise<string> {
  const result = await propose("contributor", overrides);
  expect(result.errors).toBeUndefined();
  return result.data!.proposeAreaOfExcellence.areaOfExcellence.slug;
}

beforeAll(async () => {
  api = await startTestApi();
  for (const name of ["contributor", "hubModerator", "trustModerator", "outsider", "admin"] as Person[]) {
    people[name] = await api.signUp({ name: `Viewer ${name}` });
  }
  await api.orm.em.getConnection().execute("update app_user set is_admin = true where id = ?", [people.admin.uuid]);
  await api.orm.em
    .getConnection()
    .execute("update app_user set job_title = 'Head of early reading' where id = ?", [people.contributor.uuid]);
  await createNetwork("camden-hub", "HUB");
  await createNetwork("camden-trust", "TRUST");
  await createNetwork("far-hub", "HUB");
  await createSchool("100001", "LONDON", ["camden-hub", "camden-trust"]);
  await createSchool("100002", "NORTH_WEST", ["far-hub"]);
  await addToNetwork(people.contributor, "camden-trust", NetworkRole.CONTRIBUTOR);
  await addToNetwork(people.hubModerator, "camden-hub", NetworkRole.MODERATOR);
  await addToNetwork(people.trustModerator, "camden-trust", NetworkRole.MODERATOR);
  await addToNetwork(people.outsider, "far-hub", NetworkRole.LEAD);
  const themes = await api.gql<{ themes: { slug: string }[] }>(`{ themes { slug } }`);
  themeSlugs = themes.data!.themes.map((theme) => theme.slug);
});

describe("proposing", () => {
  it("records a proposal with its school, themes and contact (the proposer by default)", async () => {
    const input = proposal();
    const result = await api.gql(PROPOSE, { input }, people.contributor.auth);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      proposeAreaOfExcellence: {
        areaOfExcellence: {
          slug: input.slug,
          status: "PROPOSED",
          school: { urn: "100001" },
          themes: expect.arrayContaining(themeSlugs.slice(0, 2).map((slug) => ({ slug }))),
          contact: { name: "Viewer contributor" },
        },
      },
    });
  });

  it.each([
    ["anonymous", false, "UNAUTHENTICATED"],
    ["contributor", true, undefined],
    ["hubModerator", true, undefined],
    ["trustModerator", true, undefined],
    ["outsider", false, "FORBIDDEN"],
    ["admin", true, undefined],
  ] as const)("lets %s propose: %s", async (viewer, allowed, code) => {
    const result = await propose(viewer);
    expect(result.errors === undefined).toBe(allowed);
    if (code) expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it("names the field at fault", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ summary: "x".repeat(301) }, "input.summary"],
      [{ schoolUrn: "999999" }, "input.schoolUrn"],
      [{ themeSlugs: ["no-such-theme"] }, "input.themeSlugs"],
      [{ evidence: "é".repeat(60_000) }, "input.evidence"],
      [{ overallEstimate: "x".repeat(121) }, "input.overallEstimate"],
      [{ slug: "Not A Slug" }, "input.slug"],
    ];
    for (const [overrides, field] of cases) {
      const result = await propose("contributor", overrides);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const impossibleDate = await propose("contributor", { reviewDate: "2026-02-30" });
    expect(impossibleDate.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const slug = await proposed();
    const again = await propose("contributor", { slug });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
  });

  it("counts a summary's length as its column does, emoji included, when proposing and editing", async () => {
    const UPDATE = `mutation($input: UpdateAreaOfExcellenceInput!) {
      updateAreaOfExcellence(input: $input) { areaOfExcellence { summary } }
    }`;
    const slug = await proposed({ summary: textOfChars(AOE_SUMMARY_MAX_LENGTH) });
    const tooLong = await propose("contributor", { summary: textOfChars(AOE_SUMMARY_MAX_LENGTH + 1) });
    expect(tooLong.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.summary" });
    expect(tooLong.errors?.[0]?.message).toBe("input.summary must be at most 300 characters (it has 301)");
    const fits = await api.gql(
      UPDATE,
      { input: { slug, summary: `${EMOJI}${textOfChars(AOE_SUMMARY_MAX_LENGTH - 8)}` } },
      people.contributor.auth,
    );
    expect(fits.errors).toBeUndefined();
    const over = await api.gql(UPDATE, { input: { slug, summary: EMOJI.repeat(40) } }, people.contributor.auth);
    expect(over.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.summary" });
  });
});

describe("validation and visibility", () => {
  // Those who may not even see a proposal are told it does not exist.
  it.each([
    ["anonymous", false, "NOT_FOUND"],
    ["contributor", false, "FORBIDDEN"],
    ["trustModerator", false, "NOT_FOUND"],
    ["outsider", false, "NOT_FOUND"],
    ["hubModerator", true, undefined],
    ["admin", true, undefined],
  ] as const)("lets %s validate: %s", async (viewer, allowed, code) => {
    const slug = await proposed();
    const result = await api.gql(VALIDATE, { input: { slug } }, headersOf(viewer));
    expect(result.errors === undefined).toBe(allowed);
    if (code) expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it("shows a proposal only to its proposer, its contact, hub moderators and admins; a validated one to all", async () => {
    const slug = await proposed({ contactId: people.trustModerator.id });
    const seen = async (viewer: ViewerName) => {
      const one = await api.gql<{ areaOfExcellence: unknown }>(ONE, { slug }, headersOf(viewer));
      const list = await api.gql<{ areasOfExcellence: { nodes: { slug: string }[] } }>(
        `{ areasOfExcellence(first: 100) { nodes { slug } } }`,
        {},
        headersOf(viewer),
      );
      const inList = list.data!.areasOfExcellence.nodes.some((node) => node.slug === slug);
      expect(inList, `${viewer}: list agrees with the single query`).toBe(one.data!.areaOfExcellence !== null);
      return inList;
    };
    const before = {
      anonymous: await seen("anonymous"),
      contributor: await seen("contributor"),
      trustModerator: await seen("trustModerator"),
      hubModerator: await seen("hubModerator"),
      outsider: await seen("outsider"),
      admin: await seen("admin"),
    };
    expect(before).toEqual({
      anonymous: false,
      contributor: true,
      trustModerator: true,
      hubModerator: true,
      outsider: false,
      admin: true,
    });
    const id = (
      await api.gql<{ areaOfExcellence: { id: string } }>(
        `query($slug: String!) { areaOfExcellence(slug: $slug) { id } }`,
        { slug },
        people.admin.auth,
      )
    ).data!.areaOfExcellence.id;
    const NODE = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await api.gql(NODE, { id })).data).toEqual({ node: null });
    expect((await api.gql(NODE, { id }, people.hubModerator.auth)).data).toEqual({ node: { id } });

    expect((await api.gql(VALIDATE, { input: { slug } }, people.hubModerator.auth)).errors).toBeUndefined();
    for (const viewer of ["anonymous", "outsider", "contributor"] as const) expect(await seen(viewer)).toBe(true);
    expect((await api.gql(NODE, { id })).data).toEqual({ node: { id } });
  });

  it("shows the contact's name to everyone, their email and job title to signed-in people only", async () => {
    const slug = await proposed();
    await api.gql(VALIDATE, { input: { slug } }, people.admin.auth);
    const anonymous = await api.gql(ONE, { slug });
    expect(anonymous.data).toEqual({
      areaOfExcellence: {
        slug,
        status: "VALIDATED",
        contact: { name: "Viewer contributor" },
        contactEmail: null,
        contactJobTitle: null,
      },
    });
    const signedIn = await api.gql(ONE, { slug }, people.outsider.auth);
    expect(signedIn.data).toMatchObject({
      areaOfExcellence: { contactEmail: people.contributor.email, contactJobTitle: "Head of early reading" },
    });
  });

  it("validates for three years, reports EXPIRED after, and renews", async () => {
    const slug = await proposed();
    const validated = await api.gql<{
      validateAreaOfExcellence: { areaOfExcellence: { validatedAt: string; expiresAt: string } };
    }>(VALIDATE, { input: { slug } }, people.hubModerator.auth);
    const { validatedAt, expiresAt } = validated.data!.validateAreaOfExcellence.areaOfExcellence;
    expect(new Date(expiresAt).getUTCFullYear() - new Date(validatedAt).getUTCFullYear()).toBe(3);
    const twice = await api.gql(VALIDATE, { input: { slug } }, people.hubModerator.auth);
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });

    await api.orm.em
      .getConnection()
      .execute("update area_of_excellence set expires_at = now() - interval '1 day' where slug = ?", [slug]);
    expect((await api.gql<{ areaOfExcellence: { status: string } }>(ONE, { slug })).data!.areaOfExcellence.status).toBe(
      "EXPIRED",
    );
    const expired = await api.gql<{ areasOfExcellence: { nodes: { slug: string }[] } }>(
      `{ areasOfExcellence(first: 100, filter: { status: EXPIRED }) { nodes { slug } } }`,
    );
    expect(expired.data!.areasOfExcellence.nodes.map((node) => node.slug)).toContain(slug);

    const refused = await api.gql(RENEW, { input: { slug } }, people.contributor.auth);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const renewed = await api.gql<{
      renewAreaOfExcellence: { areaOfExcellence: { status: string; expiresAt: string } };
    }>(RENEW, { input: { slug } }, people.hubModerator.auth);
    expect(renewed.data!.renewAreaOfExcellence.areaOfExcellence.status).toBe("VALIDATED");
    expect(new Date(renewed.data!.renewAreaOfExcellence.areaOfExcellence.expiresAt).getTime()).toBeGreaterThan(
      Date.now() + 2.9 * 365 * 24 * 3600 * 1000,
    );
  });

  it("lets the proposer edit a proposal but not a validated one; hub moderators edit either", async () => {
    const UPDATE = `mutation($input: UpdateAreaOfExcellenceInput!) { updateAreaOfExcellence(input: $input) { areaOfExcellence { title } } }`;
    const slug = await proposed();
    const edited = await api.gql(UPDATE, { input: { slug, title: "Phonics for all" } }, people.contributor.auth);
    expect(edited.data).toEqual({ updateAreaOfExcellence: { areaOfExcellence: { title: "Phonics for all" } } });
    await api.gql(VALIDATE, { input: { slug } }, people.hubModerator.auth);
    const late = await api.gql(UPDATE, { input: { slug, title: "Changed" } }, people.contributor.auth);
    expect(late.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byModerator = await api.gql(UPDATE, { input: { slug, title: "Changed" } }, people.hubModerator.auth);
    expect(byModerator.errors).toBeUndefined();
  });
});

describe("listing", () => {
  it("filters by theme, phase, region, school and status, counting under the same filter", async () => {
    const [first, second] = themeSlugs;
    const inLondon = await proposed({ themeSlugs: [first], phase: "SECONDARY" });
    const inNorthWest = await api.gql(
      PROPOSE,
      { input: proposal({ schoolUrn: "100002", themeSlugs: [second], phase: "SECONDARY" }) },
      people.admin.auth,
    );
    const northWestSlug = (inNorthWest.data as { proposeAreaOfExcellence: { areaOfExcellence: { slug: string } } })
      .proposeAreaOfExcellence.areaOfExcellence.slug;
    for (const slug of [inLondon, northWestSlug]) await api.gql(VALIDATE, { input: { slug } }, people.admin.auth);

    const list = async (filter: Record<string, unknown>) => {
      const result = await api.gql<{ areasOfExcellence: { totalCount: number; nodes: { slug: string }[] } }>(
        `query($filter: AreaOfExcellenceFilter) { areasOfExcellence(first: 100, filter: $filter) { totalCount nodes { slug } } }`,
        { filter },
      );
      expect(result.errors).toBeUndefined();
      const page = result.data!.areasOfExcellence;
      expect(page.totalCount).toBe(page.nodes.length);
      return page.nodes.map((node) => node.slug);
    };
    expect(await list({ region: "NORTH_WEST" })).toEqual([northWestSlug]);
    expect(await list({ schoolUrn: "100002" })).toEqual([northWestSlug]);
    expect(await list({ phase: "SECONDARY", themeSlug: first })).toEqual([inLondon]);
    expect(await list({ phase: "SECONDARY", region: "LONDON" })).toEqual([inLondon]);
    expect(await list({ status: "PROPOSED" })).toEqual([]);
    const ordered = await api.gql<{ areasOfExcellence: { nodes: { slug: string; title: string }[] } }>(
      `{ areasOfExcellence(first: 100, orderBy: TITLE, filter: { phase: SECONDARY }) { nodes { slug title } } }`,
    );
    expect(ordered.errors).toBeUndefined();
    const titles = ordered.data!.areasOfExcellence.nodes.map((node) => node.title);
    expect(titles).toEqual([...titles].sort());
    const renamed = await api.gql(
      `mutation($input: UpdateAreaOfExcellenceInput!) { updateAreaOfExcellence(input: $input) { areaOfExcellence { title } } }`,
      { input: { slug: inLondon, title: "Zebra crossings and road safety" } },
      people.admin.auth,
    );
    expect(renamed.errors).toBeUndefined();
    const updated = await api.gql<{ areasOfExcellence: { nodes: { slug: string }[] } }>(
      `{ areasOfExcellence(first: 1, orderBy: UPDATED) { nodes { slug } } }`,
    );
    expect(updated.data!.areasOfExcellence.nodes).toEqual([{ slug: inLondon }]);
    const byTitle = await api.gql<{ areasOfExcellence: { nodes: { slug: string }[] } }>(
      `{ areasOfExcellence(first: 100, orderBy: TITLE, filter: { phase: SECONDARY }) { nodes { slug } } }`,
    );
    expect(byTitle.data!.areasOfExcellence.nodes.at(-1)).toEqual({ slug: inLondon });
    const bad = await api.gql(`{ areasOfExcellence(filter: { schoolUrn: "12" }) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.schoolUrn" });
  });

  it("costs the same number of SQL statements for 5 and for 30 Areas of Excellence", async () => {
    const urn = "100009";
    await createSchool(urn, "SOUTH_WEST", ["camden-hub"]);
    const counting: StatementCountingApi = await startStatementCountingApi(api.config.DATABASE_URL);
    const QUERY = `query($urn: String!) { areasOfExcellence(first: 50, filter: { schoolUrn: $urn }) {
      totalCount nodes { school { name } themes { name } contact { name } } } }`;
    const contacts = [people.contributor, people.hubModerator, people.trustModerator, people.outsider];
    const addSome = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        const slug = unique("n1");
        const contactId = contacts[index % contacts.length]!.id;
        const made = await api.gql(
          PROPOSE,
          { input: proposal({ slug, schoolUrn: urn, contactId, themeSlugs: themeSlugs.slice(index % 3, 3) }) },
          people.admin.auth,
        );
        expect(made.errors).toBeUndefined();
        await api.gql(VALIDATE, { input: { slug } }, people.admin.auth);
      }
    };
    await addSome(5);
    const five = await counting.run<{ areasOfExcellence: { totalCount: number } }>(QUERY, { urn });
    expect(five.result.errors).toBeUndefined();
    expect(five.result.data!.areasOfExcellence.totalCount).toBe(5);
    await addSome(25);
    const thirty = await counting.run<{ areasOfExcellence: { totalCount: number } }>(QUERY, { urn });
    expect(thirty.result.data!.areasOfExcellence.totalCount).toBe(30);
    expect(thirty.statements.length).toBe(five.statements.length);
    expect(thirty.statements.length).toBeLessThanOrEqual(6);
  });

  it("costs the same number of SQL statements for 3 and for 12 Areas of Excellence asking what I may do with each", async () => {
    const urns = ["100010", "100011", "100012"];
    for (const urn of urns) await createSchool(urn, "WEST_MIDLANDS", ["camden-hub", "camden-trust"]);
    const counting = await startStatementCountingApi(api.config.DATABASE_URL);
    // Not an admin, so every row needs its school's networks to answer the three questions.
    const viewer = await viewerOf(api.orm.em.fork(), { uuid: people.hubModerator.uuid, isAdmin: false });
    const QUERY = `{ areasOfExcellence(first: 50, filter: { region: WEST_MIDLANDS }) {
      totalCount nodes { viewerCanEdit viewerCanValidate viewerCanAddEvents } } }`;
    type Page = {
      areasOfExcellence: {
        totalCount: number;
        nodes: { viewerCanEdit: boolean; viewerCanValidate: boolean; viewerCanAddEvents: boolean }[];
      };
    };
    const addSome = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        await proposed({ slug: unique("can"), schoolUrn: urns[index % urns.length] });
      }
    };
    await addSome(3);
    const three = await counting.run<Page>(QUERY, {}, viewer);
    expect(three.result.errors).toBeUndefined();
    expect(three.result.data!.areasOfExcellence.totalCount).toBe(3);
    await addSome(9);
    const twelve = await counting.run<Page>(QUERY, {}, viewer);
    expect(twelve.result.errors).toBeUndefined();
    expect(twelve.result.data!.areasOfExcellence.totalCount).toBe(12);
    // A moderator of the schools' hub may do all three.
    for (const node of twelve.result.data!.areasOfExcellence.nodes) {
      expect(node).toEqual({ viewerCanEdit: true, viewerCanValidate: true, viewerCanAddEvents: true });
    }
    expect(twelve.statements.length).toBe(three.statements.length);
  });
});

describe("linked resources", () => {
  it("links and unlinks resources, showing each viewer only the ones they may see", async () => {
    const slug = await proposed();
    await api.gql(VALIDATE, { input: { slug } }, people.admin.auth);
    await createNetwork("aoe-resources", "SUBJECT_NETWORK");
    const created = await api.gql<{ createResource: { resource: { id: string; slug: string } } }>(
      `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id slug } } }`,
      { input: resourceInput(unique("guide"), "aoe-resources") },
      people.admin.auth,
    );
    expect(created.errors).toBeUndefined();
    const resource = created.data!.createResource.resource;
    const LINK = `mutation($input: AreaOfExcellenceResourceInput!) { linkResourceToAreaOfExcellence(input: $input) { areaOfExcellence { slug } } }`;
    const UNLINK = `mutation($input: AreaOfExcellenceResourceInput!) { unlinkResourceFromAreaOfExcellence(input: $input) { areaOfExcellence { slug } } }`;
    const LINKED = `query($slug: String!) { areaOfExcellence(slug: $slug) { linkedResources { slug } } }`;
    const input = { slug, resourceId: resource.id };

    const byProposer = await api.gql(LINK, { input }, people.contributor.auth);
    expect(byProposer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const unknown = await api.gql(LINK, { input: { slug, resourceId: "nope" } }, people.hubModerator.auth);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.resourceId" });
    expect((await api.gql(LINK, { input }, people.admin.auth)).errors).toBeUndefined();

    const linked = async (viewer: ViewerName) =>
      (
        await api.gql<{ areaOfExcellence: { linkedResources: { slug: string }[] } }>(
          LINKED,
          { slug },
          headersOf(viewer),
        )
      ).data!.areaOfExcellence.linkedResources.map((linkedResource) => linkedResource.slug);
    expect(await linked("admin")).toEqual([resource.slug]);
    // The resource is still an unpublished draft: the public does not see it.
    expect(await linked("anonymous")).toEqual([]);
    // The resource names the Area of Excellence back.
    const BACK = `query($slug: String!) { resource(slug: $slug) { areasOfExcellence { slug } } }`;
    const linkedBack = async () =>
      (
        await api.gql<{ resource: { areasOfExcellence: { slug: string }[] } }>(
          BACK,
          { slug: resource.slug },
          people.admin.auth,
        )
      ).data!.resource.areasOfExcellence.map((area) => area.slug);
    expect(await linkedBack()).toEqual([slug]);

    expect((await api.gql(UNLINK, { input }, people.admin.auth)).errors).toBeUndefined();
    expect(await linked("admin")).toEqual([]);
    expect(await linkedBack()).toEqual([]);
  });
});

describe("what each person may do, and their own lists", () => {
  const ABOUT = `query($slug: String!) {
    areaOfExcellence(slug: $slug) { viewerCanEdit viewerCanValidate viewerCanAddEvents }
  }`;
  const LIST = `query($filter: AreaOfExcellenceFilter) {
    areasOfExcellence(filter: $filter, first: 100) { nodes { slug } }
  }`;

  async function slugsFor(viewer: ViewerName, filter: Record<string, unknown>): Promise<string[]> {
    const result = await api.gql<{ areasOfExcellence: { nodes: { slug: string }[] } }>(
      LIST,
      { filter },
      headersOf(viewer),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.areasOfExcellence.nodes.map((node) => node.slug);
  }

  it("tells each viewer whether they may edit, validate and add events", async () => {
    const slug = await proposed();
    const about = async (viewer: ViewerName) =>
      (await api.gql<{ areaOfExcellence: Record<string, boolean> | null }>(ABOUT, { slug }, headersOf(viewer))).data!
        .areaOfExcellence;
    // The proposer may change a proposal, not validate it, nor host events (a contributor, not a moderator).
    expect(await about("contributor")).toEqual({
      viewerCanEdit: true,
      viewerCanValidate: false,
      viewerCanAddEvents: false,
    });
    await admin(VALIDATE, { input: { slug } });
    const expected: Record<ViewerName, [boolean, boolean, boolean]> = {
      contributor: [false, false, false],
      hubModerator: [true, true, true],
      // Moderates a network of the school (so hosts its events) but not its hub (so may not validate).
      trustModerator: [false, false, true],
      outsider: [false, false, false],
      admin: [true, true, true],
      anonymous: [false, false, false],
    };
    for (const [viewer, [edit, validate, addEvents]] of Object.entries(expected) as [
      ViewerName,
      [boolean, boolean, boolean],
    ][]) {
      expect(await about(viewer), viewer).toEqual({
        viewerCanEdit: edit,
        viewerCanValidate: validate,
        viewerCanAddEvents: addEvents,
      });
    }
  });

  it("lists my own proposals, and the ones I may validate", async () => {
    const mine = await proposed();
    const farAway = unique("aoe-far");
    await admin(PROPOSE, { input: proposal({ slug: farAway, schoolUrn: "100002" }) });

    expect(await slugsFor("contributor", { mine: true })).toContain(mine);
    expect(await slugsFor("contributor", { mine: true })).not.toContain(farAway);
    expect(await slugsFor("hubModerator", { mine: true })).not.toContain(mine);
    expect(await slugsFor("anonymous", { mine: true })).toEqual([]);

    const queue = await slugsFor("hubModerator", { validatableByMe: true, status: "PROPOSED" });
    expect(queue).toContain(mine);
    expect(queue).not.toContain(farAway);
    expect(await slugsFor("outsider", { validatableByMe: true, status: "PROPOSED" })).toContain(farAway);
    expect(await slugsFor("outsider", { validatableByMe: true, status: "PROPOSED" })).not.toContain(mine);
    expect(await slugsFor("contributor", { validatableByMe: true })).toEqual([]);
    expect(await slugsFor("admin", { validatableByMe: true, status: "PROPOSED" })).toEqual(
      expect.arrayContaining([mine, farAway]),
    );
  });

  it("looks up the schools I may validate for once, whether or not I list only those", async () => {
    const counting = await startStatementCountingApi(api.config.DATABASE_URL);
    const viewer = await viewerOf(api.orm.em.fork(), { uuid: people.hubModerator.uuid, isAdmin: false });
    const PAGE = `query($filter: AreaOfExcellenceFilter) { areasOfExcellence(first: 5, filter: $filter) { totalCount } }`;
    const everything = await counting.run(PAGE, { filter: { phase: "PRIMARY" } }, viewer);
    const mine = await counting.run(PAGE, { filter: { phase: "PRIMARY", validatableByMe: true } }, viewer);
    expect(everything.result.errors).toBeUndefined();
    expect(mine.result.errors).toBeUndefined();
    expect(mine.statements.length).toBe(everything.statements.length);
  });
});
