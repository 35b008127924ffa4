import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type GraphQLResponse, type TestApi, type TestUser } from "../../../test/harness.js";
import { User } from "../accounts/index.js";
import { Network } from "../organisations/index.js";
import { MembershipService } from "../memberships/index.js";
import { CreateResourceInput, ResourceService } from "../resources/index.js";
import { NetworkRole } from "../../policy/index.js";

type ViewerName = "anonymous" | "member" | "contributor" | "moderator" | "otherMember" | "admin";
const VIEWERS: ViewerName[] = ["anonymous", "member", "contributor", "moderator", "otherMember", "admin"];

interface Unit {
  id: string;
  unitKey: string;
  position: number;
  title: string;
  yearGroup: string;
  term: string;
  knowledge: string[];
  skills: string[];
}
interface Entitlement {
  id: string;
  slug: string;
  version: number;
  status: string;
  units: Unit[];
}

const ENTITLEMENT = `id slug version status units { id unitKey position title yearGroup term knowledge skills }`;
const CREATE = `mutation($input: CreateCurriculumEntitlementInput!) { createCurriculumEntitlement(input: $input) { entitlement { ${ENTITLEMENT} } } }`;
const DRAFT_FROM_AGREED = `mutation($input: EntitlementSeriesInput!) { createEntitlementDraftFromAgreed(input: $input) { entitlement { ${ENTITLEMENT} } } }`;
const ADD_UNIT = `mutation($input: AddCurriculumUnitInput!) { addCurriculumUnit(input: $input) { unit { id } entitlement { ${ENTITLEMENT} } } }`;
const UPDATE_UNIT = `mutation($input: UpdateCurriculumUnitInput!) { updateCurriculumUnit(input: $input) { entitlement { ${ENTITLEMENT} } } }`;
const MOVE_UNIT = `mutation($input: MoveCurriculumUnitInput!) { moveCurriculumUnit(input: $input) { entitlement { ${ENTITLEMENT} } } }`;
const REMOVE_UNIT = `mutation($input: CurriculumUnitRefInput!) { removeCurriculumUnit(input: $input) { entitlement { ${ENTITLEMENT} } } }`;
const AGREE = `mutation($input: EntitlementVersionInput!) { agreeEntitlement(input: $input) { entitlement { ${ENTITLEMENT} agreedAt agreedBy { id } } } }`;
const GET = `query($slug: String!, $version: Int) { curriculumEntitlement(slug: $slug, version: $version) { ${ENTITLEMENT} versions { version status } } }`;
const COMPARE = `query($slug: String!, $from: Int!, $to: Int!) { compareEntitlementVersions(slug: $slug, from: $from, to: $to) {
  unitsAdded unitsRemoved unitsChanged { title fieldsChanged knowledgeAdded knowledgeRemoved skillsAdded skillsRemoved } } }`;
const ADOPT = `mutation($input: RecordEntitlementAdoptionInput!) { recordEntitlementAdoption(input: $input) {
  adoption { adoptedOn localNotes school { urn } entitlement { version } } } }`;
const COVERAGE = `query($networkSlug: String!) { entitlementCoverage(networkSlug: $networkSlug) {
  school { urn } slug latestAgreedVersion adoptedVersion coverage } }`;
const LIST = `query($filter: CurriculumEntitlementFilter) { curriculumEntitlements(filter: $filter, first: 100) {
  totalCount nodes { slug version status owningNetwork { slug } subject { slug } units { title } adoptions { adoptedOn } } } }`;

let api: TestApi;
const people = {} as Record<Exclude<ViewerName, "anonymous">, TestUser>;
let counter = 0;
const uniqueSlug = (stem: string) => `${stem}-${Date.now().toString(36)}${(counter += 1)}`;
const headersOf = (viewer: ViewerName) => (viewer === "anonymous" ? {} : people[viewer].auth);
const URNS = ["700001", "700002", "700003"];

async function ok<T>(query: string, variables: Record<string, unknown>, viewer: ViewerName): Promise<T> {
  const result = await api.gql<T>(query, variables, headersOf(viewer));
  expect(result.errors).toBeUndefined();
  return result.data!;
}

function errorOf(result: GraphQLResponse) {
  expect(result.data?.[Object.keys(result.data ?? {})[0] ?? ""] ?? null).toBeNull();
  return result.errors?.[0]?.extensions;
}

async function setRole(user: TestUser, slug: string, role: NetworkRole): Promise<void> {
  const em = api.orm.em.fork();
  await new MembershipService(em).setRole(
    await em.findOneOrFail(User, { uuid: user.uuid }),
    await em.findOneOrFail(Network, { slug }),
    role,
  );
}

async function createNetwork(kind: string, slug: string, parentSlug?: string): Promise<void> {
  await ok(
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`,
    { input: { kind, slug, name: `Network ${slug}`, description: "For curriculum tests.", parentSlug } },
    "admin",
  );
}

async function createDraft(
  slug: string,
  viewer: ViewerName = "contributor",
  title = "Key Stage 3 history",
): Promise<Entitlement> {
  const data = await ok<{ createCurriculumEntitlement: { entitlement: Entitlement } }>(
    CREATE,
    {
      input: {
        networkSlug: "history-network",
        subjectSlug: "history",
        keyStage: "KS3",
        title,
        slug,
        rationale: "Chronology first, then themes.",
      },
    },
    viewer,
  );
  return data.createCurriculumEntitlement.entitlement;
}

async function addUnit(
  entitlementId: string,
  fields: { title: string; yearGroup?: string; position?: number; knowledge?: string[]; skills?: string[] },
): Promise<Entitlement> {
  const data = await ok<{ addCurriculumUnit: { entitlement: Entitlement } }>(
    ADD_UNIT,
    { input: { entitlementId, term: "AUTUMN", yearGroup: "Y7", ...fields } },
    "contributor",
  );
  return data.addCurriculumUnit.entitlement;
}

async function agree(slug: string, version: number): Promise<Entitlement> {
  const data = await ok<{ agreeEntitlement: { entitlement: Entitlement } }>(
    AGREE,
    { input: { slug, version } },
    "moderator",
  );
  return data.agreeEntitlement.entitlement;
}

/** A series whose versions 1..agreedVersions are agreed (the last one AGREED, the rest SUPERSEDED). */
async function agreedSeries(slug: string, agreedVersions: number): Promise<void> {
  const first = await createDraft(slug);
  await addUnit(first.id, { title: "The Norman Conquest" });
  await agree(slug, 1);
  for (let version = 2; version <= agreedVersions; version += 1) {
    await ok(DRAFT_FROM_AGREED, { input: { slug } }, "contributor");
    await agree(slug, version);
  }
}

const titles = (entitlement: Entitlement) => entitlement.units.map((unit) => `${unit.position}:${unit.title}`);

beforeAll(async () => {
  api = await startTestApi();
  for (const name of VIEWERS.filter((v): v is Exclude<ViewerName, "anonymous"> => v !== "anonymous")) {
    people[name] = await api.signUp({ name: `Viewer ${name}` });
  }
  await api.orm.em.getConnection().execute("update app_user set is_admin = true where id = ?", [people.admin.uuid]);
  await createNetwork("TRUST", "oak-trust");
  await createNetwork("SUBJECT_NETWORK", "history-network", "oak-trust");
  await createNetwork("SUBJECT_NETWORK", "maths-network", "oak-trust");
  await createNetwork("HUB", "harbour-hub");
  await setRole(people.member, "history-network", NetworkRole.MEMBER);
  await setRole(people.contributor, "history-network", NetworkRole.CONTRIBUTOR);
  await setRole(people.moderator, "history-network", NetworkRole.MODERATOR);
  await setRole(people.otherMember, "maths-network", NetworkRole.MEMBER);
  for (const [index, urn] of URNS.entries()) {
    await ok(
      `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`,
      {
        input: {
          urn,
          name: `Oak School ${index + 1}`,
          slug: `oak-school-${index + 1}`,
          phase: "SECONDARY",
          region: "SOUTH_WEST",
          localAuthority: "Cornwall",
        },
      },
      "admin",
    );
  }
  await ok(
    `mutation($input: AddSchoolsToNetworkInput!) { addSchoolsToNetwork(input: $input) { network { slug } } }`,
    { input: { networkSlug: "oak-trust", urns: URNS } },
    "admin",
  );
});

describe("entitlement lifecycle", () => {
  it("drafts, edits and reorders units, agrees, redrafts, compares and supersedes", async () => {
    const slug = uniqueSlug("ks3-history");
    const draft = await createDraft(slug);
    expect(draft).toMatchObject({ slug, version: 1, status: "DRAFT", units: [] });

    await addUnit(draft.id, {
      title: "The Norman Conquest",
      knowledge: ["1066 and its claimants", "Domesday"],
      skills: ["Chronology"],
    });
    await addUnit(draft.id, { title: "Medieval Church", yearGroup: "Y7" });
    await addUnit(draft.id, { title: "The Tudors", yearGroup: "Y8" });
    let current = await addUnit(draft.id, { title: "Migration to Britain", yearGroup: "Y9", position: 1 });
    expect(titles(current)).toEqual([
      "1:Migration to Britain",
      "2:The Norman Conquest",
      "3:Medieval Church",
      "4:The Tudors",
    ]);

    const migration = current.units[0]!;
    current = (
      await ok<{ moveCurriculumUnit: { entitlement: Entitlement } }>(
        MOVE_UNIT,
        { input: { unitId: migration.id, toPosition: 4 } },
        "contributor",
      )
    ).moveCurriculumUnit.entitlement;
    expect(titles(current)).toEqual([
      "1:The Norman Conquest",
      "2:Medieval Church",
      "3:The Tudors",
      "4:Migration to Britain",
    ]);

    current = (
      await ok<{ removeCurriculumUnit: { entitlement: Entitlement } }>(
        REMOVE_UNIT,
        { input: { unitId: current.units[1]!.id } },
        "contributor",
      )
    ).removeCurriculumUnit.entitlement;
    expect(titles(current)).toEqual(["1:The Norman Conquest", "2:The Tudors", "3:Migration to Britain"]);

    const agreed = await agree(slug, 1);
    expect(agreed.status).toBe("AGREED");

    const second = (
      await ok<{ createEntitlementDraftFromAgreed: { entitlement: Entitlement } }>(
        DRAFT_FROM_AGREED,
        { input: { slug } },
        "contributor",
      )
    ).createEntitlementDraftFromAgreed.entitlement;
    expect(second).toMatchObject({ version: 2, status: "DRAFT" });
    expect(second.units.map((unit) => unit.unitKey)).toEqual(agreed.units.map((unit) => unit.unitKey));
    expect(second.units.map((unit) => unit.id)).not.toEqual(agreed.units.map((unit) => unit.id));

    const again = await api.gql(DRAFT_FROM_AGREED, { input: { slug } }, people.contributor.auth);
    expect(errorOf(again)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });

    const [norman, tudors, migrationUnit] = second.units;
    await ok(
      UPDATE_UNIT,
      {
        input: {
          unitId: norman!.id,
          title: "Norman England",
          knowledge: ["1066 and its claimants", "Castles and control"],
          skills: ["Chronology", "Using sources"],
        },
      },
      "contributor",
    );
    await ok(REMOVE_UNIT, { input: { unitId: tudors!.id } }, "contributor");
    current = await addUnit(second.id, { title: "The Industrial Revolution", yearGroup: "Y9", position: 2 });
    expect(titles(current)).toEqual(["1:Norman England", "2:The Industrial Revolution", "3:Migration to Britain"]);
    expect(current.units[2]!.unitKey).toBe(migrationUnit!.unitKey);

    const compared = await ok<{ compareEntitlementVersions: unknown }>(
      COMPARE,
      { slug, from: 1, to: 2 },
      "contributor",
    );
    expect(compared.compareEntitlementVersions).toEqual({
      unitsAdded: ["The Industrial Revolution"],
      unitsRemoved: ["The Tudors"],
      unitsChanged: [
        {
          title: "Norman England",
          fieldsChanged: ["title", "knowledge", "skills"],
          knowledgeAdded: ["Castles and control"],
          knowledgeRemoved: ["Domesday"],
          skillsAdded: ["Using sources"],
          skillsRemoved: [],
        },
      ],
    });

    await agree(slug, 2);
    const latest = await ok<{ curriculumEntitlement: Entitlement & { versions: unknown[] } }>(GET, { slug }, "member");
    expect(latest.curriculumEntitlement).toMatchObject({ version: 2, status: "AGREED" });
    expect(latest.curriculumEntitlement.versions).toEqual([
      { version: 1, status: "SUPERSEDED" },
      { version: 2, status: "AGREED" },
    ]);
  });

  it("never changes an agreed version", async () => {
    const slug = uniqueSlug("ks3-fixed");
    await agreedSeries(slug, 1);
    const agreed = (await ok<{ curriculumEntitlement: Entitlement }>(GET, { slug, version: 1 }, "contributor"))
      .curriculumEntitlement;
    const unitId = agreed.units[0]!.id;
    for (const [query, input, field] of [
      [UPDATE_UNIT, { unitId, title: "Rewritten" }, "input.unitId"],
      [MOVE_UNIT, { unitId, toPosition: 1 }, "input.unitId"],
      [REMOVE_UNIT, { unitId }, "input.unitId"],
      [ADD_UNIT, { entitlementId: agreed.id, title: "Extra", yearGroup: "Y7", term: "SPRING" }, "input.entitlementId"],
    ] as const) {
      const refused = await api.gql(query, { input }, people.moderator.auth);
      expect(errorOf(refused)).toEqual({ code: "BAD_USER_INPUT", field });
      expect(refused.errors![0]!.message).toMatch(/AGREED and never changes/);
    }
    const reagreed = await api.gql(AGREE, { input: { slug, version: 1 } }, people.moderator.auth);
    expect(errorOf(reagreed)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.version" });
    const after = (await ok<{ curriculumEntitlement: Entitlement }>(GET, { slug, version: 1 }, "contributor"))
      .curriculumEntitlement;
    expect(after.units).toEqual(agreed.units);
  });

  it("leaves both versions as they were when agreeing fails part-way", async () => {
    const slug = uniqueSlug("ks3-atomic");
    await agreedSeries(slug, 1);
    await ok(DRAFT_FROM_AGREED, { input: { slug } }, "contributor");
    const connection = api.orm.em.getConnection();
    await connection.execute(`
      create function fail_agreeing() returns trigger language plpgsql as $$
      begin
        if new.slug = '${slug}' and new.status = 'AGREED' then raise exception 'simulated failure'; end if;
        return new;
      end $$;`);
    await connection.execute(
      `create trigger fail_agreeing before update on curriculum_entitlement for each row execute function fail_agreeing();`,
    );
    try {
      const failed = await api.gql(AGREE, { input: { slug, version: 2 } }, people.moderator.auth);
      expect(failed.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    } finally {
      await connection.execute(`drop trigger fail_agreeing on curriculum_entitlement; drop function fail_agreeing();`);
    }
    const rows = await connection.execute<{ version: number; status: string }[]>(
      `select version, status from curriculum_entitlement where slug = ? order by version`,
      [slug],
    );
    expect(rows).toEqual([
      { version: 1, status: "AGREED" },
      { version: 2, status: "DRAFT" },
    ]);
  });
});

describe("linked resources", () => {
  it("links resources to a unit and shows each viewer only those they may see", async () => {
    const content = { summary: "A guide for history leads.", type: "GUIDE", licence: "CC_BY_4_0" };
    const openSlug = uniqueSlug("open-guide");
    const em = api.orm.em.fork();
    await new ResourceService(em).importPublished(
      Object.assign(new CreateResourceInput(), {
        ...content,
        slug: openSlug,
        title: "Teaching chronology",
        visibility: "PUBLIC",
        owningNetworkSlug: "history-network",
      }) as CreateResourceInput,
    );
    const draftSlug = uniqueSlug("draft-guide");
    await ok(
      `mutation($input: CreateResourceInput!) { createResource(input: $input) { __typename } }`,
      {
        input: {
          ...content,
          slug: draftSlug,
          title: "Castles fieldwork",
          visibility: "NETWORK",
          owningNetworkSlug: "history-network",
        },
      },
      "contributor",
    );
    const slug = uniqueSlug("ks3-linked");
    const draft = await createDraft(slug);
    const added = await ok<{ addCurriculumUnit: { unit: { id: string } } }>(
      ADD_UNIT,
      {
        input: {
          entitlementId: draft.id,
          title: "Norman castles",
          yearGroup: "Y7",
          term: "SPRING",
          linkedResourceSlugs: [openSlug, draftSlug],
        },
      },
      "contributor",
    );
    expect(added.addCurriculumUnit.unit.id).toBeTruthy();
    await agree(slug, 1);
    const LINKED = `query($slug: String!) { curriculumEntitlement(slug: $slug) { units { linkedResources { slug } } } }`;
    const slugsSeenBy = async (viewer: ViewerName) =>
      (
        await ok<{ curriculumEntitlement: { units: { linkedResources: { slug: string }[] }[] } }>(
          LINKED,
          { slug },
          viewer,
        )
      ).curriculumEntitlement.units[0]!.linkedResources.map((resource) => resource.slug).sort();
    expect(await slugsSeenBy("contributor")).toEqual([openSlug, draftSlug].sort());
    expect(await slugsSeenBy("member")).toEqual([openSlug]);
  });

  it("shows, on a resource, the units that link to it in versions the viewer may see", async () => {
    const resourceSlug = uniqueSlug("linked-back");
    await new ResourceService(api.orm.em.fork()).importPublished(
      Object.assign(new CreateResourceInput(), {
        summary: "Sources on medieval buildings.",
        type: "GUIDE",
        licence: "CC_BY_4_0",
        slug: resourceSlug,
        title: "Reading a castle",
        visibility: "PUBLIC",
        owningNetworkSlug: "history-network",
      }) as CreateResourceInput,
    );
    const addLinkedUnit = async (entitlementId: string, title: string) =>
      ok(
        ADD_UNIT,
        { input: { entitlementId, title, yearGroup: "Y7", term: "AUTUMN", linkedResourceSlugs: [resourceSlug] } },
        "contributor",
      );
    const agreedSlug = uniqueSlug("agreed-linking");
    await addLinkedUnit((await createDraft(agreedSlug)).id, "Castles and power");
    await agree(agreedSlug, 1);
    await addLinkedUnit((await createDraft(uniqueSlug("draft-linking"))).id, "Monasteries (draft)");
    const UNITS = `query($slug: String!) { resource(slug: $slug) { curriculumUnits { title } } }`;
    const unitsSeenBy = async (viewer: ViewerName) =>
      (
        await ok<{ resource: { curriculumUnits: { title: string }[] } }>(UNITS, { slug: resourceSlug }, viewer)
      ).resource.curriculumUnits.map((unit) => unit.title);
    // Entitlements are network-only unless published openly, and drafts stay with their authors and moderators.
    expect(await unitsSeenBy("anonymous")).toEqual([]);
    expect(await unitsSeenBy("otherMember")).toEqual([]);
    expect(await unitsSeenBy("member")).toEqual(["Castles and power"]);
    expect((await unitsSeenBy("contributor")).sort()).toEqual(["Castles and power", "Monasteries (draft)"]);
  });
});

describe("bad input", () => {
  it("refuses moves out of range and year groups outside the key stage", async () => {
    const draft = await createDraft(uniqueSlug("ks3-bad"));
    const withUnits = await addUnit(draft.id, { title: "The Romans" });
    const unitId = withUnits.units[0]!.id;
    for (const toPosition of [0, 2]) {
      const moved = await api.gql(MOVE_UNIT, { input: { unitId, toPosition } }, people.contributor.auth);
      expect(errorOf(moved)).toEqual({ code: "BAD_USER_INPUT", field: "input.toPosition" });
    }
    const added = await api.gql(
      ADD_UNIT,
      { input: { entitlementId: draft.id, title: "Toys in the past", yearGroup: "Y2", term: "SUMMER" } },
      people.contributor.auth,
    );
    expect(errorOf(added)).toEqual({ code: "BAD_USER_INPUT", field: "input.yearGroup" });
    expect(added.errors![0]!.message).toMatch(/Year 2 is not in Key Stage 3/);
    const updated = await api.gql(UPDATE_UNIT, { input: { unitId, yearGroup: "Y10" } }, people.contributor.auth);
    expect(errorOf(updated)).toEqual({ code: "BAD_USER_INPUT", field: "input.yearGroup" });
    const unknownResource = await api.gql(
      UPDATE_UNIT,
      { input: { unitId, linkedResourceSlugs: ["no-such-resource"] } },
      people.contributor.auth,
    );
    expect(errorOf(unknownResource)).toEqual({ code: "BAD_USER_INPUT", field: "input.linkedResourceSlugs" });
    const badPosition = await api.gql(
      ADD_UNIT,
      { input: { entitlementId: draft.id, title: "Far away", yearGroup: "Y7", term: "SUMMER", position: 5 } },
      people.contributor.auth,
    );
    expect(errorOf(badPosition)).toEqual({ code: "BAD_USER_INPUT", field: "input.position" });
  });

  it("refuses networks that are not subject networks, unknown subjects and taken slugs", async () => {
    const base = { subjectSlug: "history", keyStage: "KS3", title: "Key Stage 3 history" };
    const hub = await api.gql(
      CREATE,
      { input: { ...base, networkSlug: "harbour-hub", slug: uniqueSlug("hub") } },
      people.admin.auth,
    );
    expect(errorOf(hub)).toEqual({ code: "BAD_USER_INPUT", field: "input.networkSlug" });
    const subject = await api.gql(
      CREATE,
      { input: { ...base, subjectSlug: "alchemy", networkSlug: "history-network", slug: uniqueSlug("alchemy") } },
      people.contributor.auth,
    );
    expect(errorOf(subject)).toEqual({ code: "BAD_USER_INPUT", field: "input.subjectSlug" });
    const slug = uniqueSlug("taken");
    await createDraft(slug);
    const taken = await api.gql(
      CREATE,
      { input: { ...base, networkSlug: "history-network", slug } },
      people.contributor.auth,
    );
    expect(errorOf(taken)).toEqual({ code: "BAD_USER_INPUT", field: "input.slug" });
    const badSlug = await api.gql(
      CREATE,
      { input: { ...base, networkSlug: "history-network", slug: "Not A Slug" } },
      people.contributor.auth,
    );
    expect(errorOf(badSlug)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.slug" });
  });
});

/** A draft someone may not see is answered as if it did not exist, so its existence never leaks. */
const HIDDEN_DRAFT_REFUSAL: Partial<Record<ViewerName, string>> = {
  anonymous: "UNAUTHENTICATED",
  member: "BAD_USER_INPUT",
  otherMember: "BAD_USER_INPUT",
};

describe("permissions", () => {
  const allowed = (viewer: ViewerName, who: ViewerName[]) => who.includes(viewer);

  it.each(VIEWERS)("%s: create draft, edit, agree, see agreed NETWORK and DRAFT versions", async (viewer) => {
    const created = await api.gql(
      CREATE,
      {
        input: {
          networkSlug: "history-network",
          subjectSlug: "history",
          keyStage: "KS3",
          title: "Key Stage 3 history",
          slug: uniqueSlug(`perm-${viewer.toLowerCase()}`),
        },
      },
      headersOf(viewer),
    );
    if (allowed(viewer, ["contributor", "moderator", "admin"])) {
      expect(created.errors).toBeUndefined();
    } else {
      expect(errorOf(created)).toMatchObject({ code: viewer === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN" });
    }

    const slug = uniqueSlug("perm-series");
    const draft = await createDraft(slug);
    const edited = await api.gql(
      ADD_UNIT,
      { input: { entitlementId: draft.id, title: "Castles", yearGroup: "Y7", term: "AUTUMN" } },
      headersOf(viewer),
    );
    if (allowed(viewer, ["contributor", "moderator", "admin"])) expect(edited.errors).toBeUndefined();
    else expect(errorOf(edited)?.code).toBe(HIDDEN_DRAFT_REFUSAL[viewer]);
    if (edited.errors) await addUnit(draft.id, { title: "Castles" });

    const seesDraft = (await api.gql<{ curriculumEntitlement: Entitlement | null }>(GET, { slug }, headersOf(viewer)))
      .data?.curriculumEntitlement;
    expect(seesDraft?.status ?? null).toBe(allowed(viewer, ["contributor", "moderator", "admin"]) ? "DRAFT" : null);

    const agreed = await api.gql(AGREE, { input: { slug, version: 1 } }, headersOf(viewer));
    if (allowed(viewer, ["moderator", "admin"])) expect(agreed.errors).toBeUndefined();
    else {
      // The contributor wrote the draft, so sees it and is told it lacks the permission.
      expect(errorOf(agreed)?.code).toBe(viewer === "contributor" ? "FORBIDDEN" : HIDDEN_DRAFT_REFUSAL[viewer]);
      await agree(slug, 1);
    }

    const seesAgreed = (await api.gql<{ curriculumEntitlement: Entitlement | null }>(GET, { slug }, headersOf(viewer)))
      .data?.curriculumEntitlement;
    expect(seesAgreed?.status ?? null).toBe(
      allowed(viewer, ["member", "contributor", "moderator", "admin"]) ? "AGREED" : null,
    );
    const node = await ok<{ node: { slug: string } | null }>(
      `query($id: ID!) { node(id: $id) { ... on CurriculumEntitlement { slug } } }`,
      { id: draft.id },
      viewer,
    );
    expect(node.node?.slug ?? null).toBe(
      allowed(viewer, ["member", "contributor", "moderator", "admin"]) ? slug : null,
    );
    const listed = await ok<{ curriculumEntitlements: { nodes: { slug: string }[] } }>(
      LIST,
      { filter: { networkSlug: "history-network" } },
      viewer,
    );
    expect(listed.curriculumEntitlements.nodes.some((node) => node.slug === slug)).toBe(
      allowed(viewer, ["member", "contributor", "moderator", "admin"]),
    );
  });

  it("lists drafts only to those who may see them", async () => {
    const slug = uniqueSlug("listed-draft");
    await createDraft(slug);
    for (const viewer of VIEWERS) {
      const listed = await ok<{ curriculumEntitlements: { nodes: { slug: string; status: string }[] } }>(
        LIST,
        { filter: { status: "DRAFT", subjectSlug: "history", keyStage: "KS3" } },
        viewer,
      );
      expect(listed.curriculumEntitlements.nodes.some((node) => node.slug === slug)).toBe(
        allowed(viewer, ["contributor", "moderator", "admin"]),
      );
      expect(listed.curriculumEntitlements.nodes.every((node) => node.status === "DRAFT")).toBe(true);
    }
  });
});

describe("adoption and coverage", () => {
  it("records one adoption per school and series and reports CURRENT, BEHIND and NOT_ADOPTED", async () => {
    const slug = uniqueSlug("ks3-adopted");
    await agreedSeries(slug, 2);
    const adopt = (urn: string, version: number, viewer: ViewerName = "contributor") =>
      api.gql(
        ADOPT,
        {
          input: { schoolUrn: urn, slug, version, adoptedOn: "2026-09-01", localNotes: "Local study of the harbour." },
        },
        headersOf(viewer),
      );

    const byMember = await adopt(URNS[0]!, 2, "member");
    expect(errorOf(byMember)).toMatchObject({ code: "FORBIDDEN" });
    const byAnonymous = await adopt(URNS[0]!, 2, "anonymous");
    expect(errorOf(byAnonymous)).toMatchObject({ code: "UNAUTHENTICATED" });

    expect((await adopt(URNS[0]!, 1)).errors).toBeUndefined();
    const replaced = await adopt(URNS[0]!, 2);
    expect(replaced.data).toEqual({
      recordEntitlementAdoption: {
        adoption: {
          adoptedOn: "2026-09-01",
          localNotes: "Local study of the harbour.",
          school: { urn: URNS[0] },
          entitlement: { version: 2 },
        },
      },
    });
    expect((await adopt(URNS[1]!, 1, "admin")).errors).toBeUndefined();

    const badDate = await api.gql(
      ADOPT,
      { input: { schoolUrn: URNS[2], slug, version: 2, adoptedOn: "2026-02-30" } },
      people.contributor.auth,
    );
    expect(errorOf(badDate)).toEqual({ code: "BAD_USER_INPUT", field: "input.adoptedOn" });

    const adoptions = await ok<{ v1: { adoptions: unknown[] }; v2: { adoptions: unknown[] } }>(
      `query($slug: String!) {
        v1: curriculumEntitlement(slug: $slug, version: 1) { adoptions { school { urn } } }
        v2: curriculumEntitlement(slug: $slug, version: 2) { adoptions { school { urn } } }
      }`,
      { slug },
      "member",
    );
    expect(adoptions.v1.adoptions).toEqual([{ school: { urn: URNS[1] } }]);
    expect(adoptions.v2.adoptions).toEqual([{ school: { urn: URNS[0] } }]);

    const coverage = await ok<{ entitlementCoverage: { slug: string }[] }>(
      COVERAGE,
      { networkSlug: "history-network" },
      "member",
    );
    expect(coverage.entitlementCoverage.filter((row) => row.slug === slug)).toEqual([
      { school: { urn: URNS[0] }, slug, latestAgreedVersion: 2, adoptedVersion: 2, coverage: "CURRENT" },
      { school: { urn: URNS[1] }, slug, latestAgreedVersion: 2, adoptedVersion: 1, coverage: "BEHIND" },
      { school: { urn: URNS[2] }, slug, latestAgreedVersion: 2, adoptedVersion: null, coverage: "NOT_ADOPTED" },
    ]);
    const outsiders = await ok<{ entitlementCoverage: { slug: string }[] }>(
      COVERAGE,
      { networkSlug: "history-network" },
      "otherMember",
    );
    expect(outsiders.entitlementCoverage.filter((row) => row.slug === slug)).toEqual([]);
  });

  it("refuses adopting a draft", async () => {
    const slug = uniqueSlug("ks3-unagreed");
    const draft = await createDraft(slug);
    await addUnit(draft.id, { title: "Empire" });
    const refused = await api.gql(
      ADOPT,
      { input: { schoolUrn: URNS[0], slug, version: 1, adoptedOn: "2026-09-01" } },
      people.contributor.auth,
    );
    expect(errorOf(refused)).toEqual({ code: "BAD_USER_INPUT", field: "input.version" });
  });
});

describe("listing entitlements", () => {
  it("orders newest first by default, and by title when asked", async () => {
    // Started in alphabetical order, so newest-first is the reverse of by-title.
    await createDraft("order-alpha", "moderator", "Aa order check: migration");
    await createDraft("order-zulu", "moderator", "Zz order check: local history");
    const LIST = `query($order: CurriculumEntitlementOrder!) {
      curriculumEntitlements(first: 100, orderBy: $order, filter: { networkSlug: "history-network" }) { nodes { slug } }
    }`;
    const slugsIn = async (order: string) =>
      (
        await ok<{ curriculumEntitlements: { nodes: { slug: string }[] } }>(LIST, { order }, "moderator")
      ).curriculumEntitlements.nodes
        .map((node) => node.slug)
        .filter((slug) => slug.startsWith("order-"));
    expect(await slugsIn("NEWEST")).toEqual(["order-zulu", "order-alpha"]);
    expect(await slugsIn("TITLE")).toEqual(["order-alpha", "order-zulu"]);
  });
});

describe("what the member area needs", () => {
  const UPDATE = `mutation($input: UpdateCurriculumEntitlementInput!) { updateCurriculumEntitlement(input: $input) {
    entitlement { title rationale visibility } } }`;
  const ABILITIES = `query($slug: String!, $version: Int) { curriculumEntitlement(slug: $slug, version: $version) {
    viewerCanEdit viewerCanStartDraft viewerCanAgree } }`;

  it("changes a draft's details, names the field at fault, and refuses agreed versions", async () => {
    const slug = uniqueSlug("ks3-details");
    const draft = await createDraft(slug);
    const changed = await ok<{ updateCurriculumEntitlement: { entitlement: object } }>(
      UPDATE,
      { input: { entitlementId: draft.id, title: "Key Stage 3 history, revised", visibility: "PUBLIC" } },
      "contributor",
    );
    expect(changed.updateCurriculumEntitlement.entitlement).toEqual({
      title: "Key Stage 3 history, revised",
      rationale: "Chronology first, then themes.",
      visibility: "PUBLIC",
    });

    const tooShort = await api.gql(
      UPDATE,
      { input: { entitlementId: draft.id, title: "KS" } },
      people.contributor.auth,
    );
    expect(errorOf(tooShort)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.title" });
    const member = await api.gql(
      UPDATE,
      { input: { entitlementId: draft.id, title: "Taken over" } },
      people.member.auth,
    );
    expect(errorOf(member)?.code).toBe("BAD_USER_INPUT");

    await addUnit(draft.id, { title: "The Norman Conquest" });
    await agree(slug, 1);
    const agreed = await api.gql(
      UPDATE,
      { input: { entitlementId: draft.id, title: "Rewritten" } },
      people.moderator.auth,
    );
    expect(errorOf(agreed)).toMatchObject({ code: "BAD_USER_INPUT", field: "input.entitlementId" });
    const after = await ok<{ curriculumEntitlement: { title: string } }>(
      `query($slug: String!) { curriculumEntitlement(slug: $slug, version: 1) { title } }`,
      { slug },
      "moderator",
    );
    expect(after.curriculumEntitlement.title).toBe("Key Stage 3 history, revised");
  });

  it.each(VIEWERS)("%s: is told whether they may edit, start a new version and agree", async (viewer) => {
    const slug = uniqueSlug(`abilities-${viewer.toLowerCase()}`);
    await agreedSeries(slug, 1);
    await ok(DRAFT_FROM_AGREED, { input: { slug } }, "contributor");
    const of = async (version: number) =>
      (
        await api.gql<{ curriculumEntitlement: Record<string, boolean> | null }>(
          ABILITIES,
          { slug, version },
          headersOf(viewer),
        )
      ).data?.curriculumEntitlement ?? null;
    const contributes = ["contributor", "moderator", "admin"].includes(viewer);
    const moderates = ["moderator", "admin"].includes(viewer);
    const agreed = await of(1);
    if (viewer === "anonymous" || viewer === "otherMember") expect(agreed).toBeNull();
    else expect(agreed).toEqual({ viewerCanEdit: false, viewerCanStartDraft: contributes, viewerCanAgree: false });
    const draft = await of(2);
    if (contributes)
      expect(draft).toEqual({ viewerCanEdit: true, viewerCanStartDraft: false, viewerCanAgree: moderates });
    else expect(draft).toBeNull();
  });

  it("lists only the entitlements of networks the viewer contributes to with contributedByMe", async () => {
    const historySlug = uniqueSlug("mine-history");
    await createDraft(historySlug, "admin");
    const mathsSlug = uniqueSlug("mine-maths");
    await ok(
      CREATE,
      {
        input: {
          networkSlug: "maths-network",
          subjectSlug: "mathematics",
          keyStage: "KS3",
          title: "Key Stage 3 maths",
          slug: mathsSlug,
        },
      },
      "admin",
    );
    for (const viewer of VIEWERS) {
      const listed = await ok<{ curriculumEntitlements: { nodes: { slug: string }[] } }>(
        LIST,
        { filter: { contributedByMe: true } },
        viewer,
      );
      const slugs = listed.curriculumEntitlements.nodes.map((node) => node.slug);
      // Drafts are seen by their author and the network's moderators: the admin started both.
      expect([viewer, slugs.includes(historySlug)]).toEqual([viewer, ["moderator", "admin"].includes(viewer)]);
      expect([viewer, slugs.includes(mathsSlug)]).toEqual([viewer, viewer === "admin"]);
    }
  });
});
