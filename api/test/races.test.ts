import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type GraphQLResponse, type TestApi, type TestUser } from "./harness.js";
import { makeAdmin, makeNetwork, mutate, resourceInput, setRole } from "./resource-fixtures.js";
import { NetworkRole } from "../src/policy/index.js";

/**
 * Requests that arrive together: the service's checks all pass before any of
 * them writes, so the database's keys decide. Every loser must hear what a
 * request arriving alone later hears, and the stored state must be whole.
 */
let api: TestApi;
let admin: TestUser;
let author: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  admin = await makeAdmin(api);
  author = await api.signUp({ name: "Racing Author" });
  await makeNetwork(api, admin, "race-network");
  await setRole(api, author, "race-network", NetworkRole.CONTRIBUTOR);
});

const TIMES = 10;

/** The same request `TIMES` times at once. */
const together = <T>(request: () => Promise<T>) => Promise.all(Array.from({ length: TIMES }, request));

/** What a client is told: the code, field and message of each error (null for a success). */
const told = (response: GraphQLResponse) =>
  response.errors?.map(({ message, extensions }) => ({ code: extensions?.code, field: extensions?.field, message })) ??
  null;

/**
 * Sends one request `TIMES` times at once, then once more alone: exactly one
 * of the simultaneous ones succeeds, and the rest are told exactly what the
 * late one is (one coded error naming the field).
 */
async function expectOneWinner(send: () => Promise<GraphQLResponse>, field: string): Promise<void> {
  const answers = (await together(send)).map(told);
  const late = told(await send());
  expect(late).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field })]);
  expect(answers.filter((answer) => answer === null)).toHaveLength(1);
  expect(answers.filter((answer) => answer !== null)).toEqual(Array(TIMES - 1).fill(late));
}

const count = async (sql: string, params: unknown[]) =>
  Number((await api.orm.em.getConnection().execute<{ n: string }[]>(sql, params))[0]!.n);

describe("the same unique value asked for at once", () => {
  it("createResource with one slug makes one resource; the others hear the late request's 'already used'", async () => {
    await expectOneWinner(
      () => mutate(api, author, "createResource", resourceInput("raced-slug", "race-network")),
      "input.slug",
    );
    expect(await count("select count(*) as n from resource where slug = ?", ["raced-slug"])).toBe(1);
    expect(
      await count(
        "select count(*) as n from resource_revision r join resource x on x.id = r.resource_id where x.slug = ?",
        ["raced-slug"],
      ),
    ).toBe(1);
  });

  it("createNetwork with one slug makes one network", async () => {
    const create = () =>
      api.gql(
        `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { network { slug } } }`,
        { input: { kind: "HUB", name: "Raced Hub", slug: "raced-hub", description: "Made once." } },
        admin.auth,
      );
    await expectOneWinner(create, "input.slug");
    expect(await count("select count(*) as n from network where slug = ?", ["raced-hub"])).toBe(1);
  });

  it("createSchool with one URN makes one school", async () => {
    let made = 0;
    const create = () => {
      made += 1;
      return api.gql(
        `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`,
        {
          input: {
            urn: "399001",
            name: `Raced School ${made}`,
            slug: `raced-school-${made}`,
            phase: "PRIMARY",
            region: "LONDON",
            localAuthority: "Camden",
          },
        },
        admin.auth,
      );
    };
    await expectOneWinner(create, "input.urn");
    expect(await count("select count(*) as n from school where urn = ?", ["399001"])).toBe(1);
  });
});

describe("one resource changed by several saves at once", () => {
  it("answers each save with success or CONFLICT, and keeps one submitted version with a whole history", async () => {
    await mutate(api, author, "createResource", resourceInput("raced-edit", "race-network"));
    const submitted = Array.from({ length: TIMES }, (_, n) => ({
      slug: "raced-edit",
      title: `Edit number ${n}`,
      summary: `Summary of edit ${n}.`,
      tags: [`edit-${n}`],
      subjectSlugs: [["english", "mathematics", "science"][n % 3]],
    }));
    const answers = await Promise.all(submitted.map((input) => mutate(api, author, "updateResource", input)));
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? "OK");
    expect(codes.every((code) => code === "OK" || code === "CONFLICT")).toBe(true);
    expect(codes).toContain("OK");
    for (const answer of answers.filter((a) => a.errors)) {
      expect(answer.errors).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/reload .* try again/i) }),
      ]);
    }
    const stored = await api.gql<{
      resource: {
        title: string;
        summary: string;
        tags: string[];
        subjects: { slug: string }[];
        revisions: { nodes: { number: number }[] };
      };
    }>(
      `query { resource(slug: "raced-edit") { title summary tags subjects { slug } revisions(first: 100) { nodes { number } } } }`,
      {},
      author.auth,
    );
    const resource = stored.data!.resource;
    const winner = submitted.find((input) => input.title === resource.title)!;
    expect(resource).toMatchObject({
      summary: winner.summary,
      tags: winner.tags,
      subjects: winner.subjectSlugs.map((slug) => ({ slug })),
    });
    // One version for the creation and one for each save that succeeded, numbered without gaps.
    const successes = codes.filter((code) => code === "OK").length;
    expect(resource.revisions.nodes.map((node) => node.number)).toEqual(
      Array.from({ length: successes + 1 }, (_, n) => successes + 1 - n),
    );
    const latest = await api.orm.em
      .getConnection()
      .execute<{ snapshot: { title: string; tags: string[] } }[]>(
        "select snapshot from resource_revision r join resource x on x.id = r.resource_id where x.slug = ? order by number desc limit 1",
        ["raced-edit"],
      );
    expect(latest[0]!.snapshot).toMatchObject({ title: winner.title, tags: winner.tags });
  });
});
