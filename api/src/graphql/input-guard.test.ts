import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../test/harness.js";
import { makeAdmin, makeNetwork, mutate, resourceInput, setRole } from "../../test/resource-fixtures.js";
import { NetworkRole } from "../policy/index.js";

let api: TestApi;
let author: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  const admin = await makeAdmin(api);
  author = await api.signUp({ name: "Guarded Author" });
  await makeNetwork(api, admin, "guard-network");
  await setRole(api, author, "guard-network", NetworkRole.CONTRIBUTOR);
});

const RESOURCE = `query($slug: String!) { resource(slug: $slug) { title summary links { title } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;

/** The status and the single error of an answer that must be a field-named refusal. */
async function refusal(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const { status, body } = await api.post(query, variables, headers);
  expect(body.errors).toHaveLength(1);
  return { status, data: body.data, error: body.errors![0]! };
}

describe("the input guard", () => {
  it("refuses a NUL in an inline argument, naming the argument", async () => {
    const { status, data, error } = await refusal(`{ resource(slug: "a\\u0000b") { title } }`);
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", field: "slug" });
    expect(error.message).toBe("slug must not contain a NUL character (U+0000)");
  });

  it("refuses a NUL inside an input object from variables, by the argument's path", async () => {
    const { error } = await refusal(SIGN_IN, { input: { email: "a\u0000@example.org", password: "whatever it is" } });
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.email" });
  });

  it("names the argument, not the variable, when they are called differently", async () => {
    const { error } = await refusal(`mutation($details: SignInInput!) { signIn(input: $details) { token } }`, {
      details: { email: "someone@example.org", password: "pass\u0000word" },
    });
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.password" });
  });

  it("refuses a lone surrogate in a list item and in a nested input, storing nothing", async () => {
    const inList = await mutate(
      api,
      author,
      "createResource",
      resourceInput("lone-surrogate", "guard-network", { tags: ["fine", "bad \ud800 tag"] }),
    );
    expect(inList.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.tags.1" });
    const nested = await mutate(
      api,
      author,
      "createResource",
      resourceInput("lone-surrogate", "guard-network", {
        links: [{ title: "Half an emoji \udc00", url: "https://example.org/" }],
      }),
    );
    expect(nested.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.links.0.title" });
    expect(nested.errors?.[0]?.message).toMatch(/lone UTF-16 surrogate/);
    expect((await api.gql(RESOURCE, { slug: "lone-surrogate" }, author.auth)).data).toEqual({ resource: null });
  });

  it("refuses the whole operation before any field runs", async () => {
    const { error } = await refusal(
      `mutation($good: CreateResourceInput!, $bad: CreateResourceInput!) {
        first: createResource(input: $good) { resource { slug } }
        second: createResource(input: $bad) { resource { slug } }
      }`,
      {
        good: resourceInput("guard-first", "guard-network"),
        bad: resourceInput("guard-second", "guard-network", { summary: "nul \u0000 here" }),
      },
      author.auth,
    );
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.summary" });
    expect((await api.gql(RESOURCE, { slug: "guard-first" }, author.auth)).data).toEqual({ resource: null });
  });

  it("stores text in NFC, from variables and from inline literals alike", async () => {
    const decomposed = "Cafe\u0301 cre\u0300me"; // "Café crème" typed with combining accents
    const composed = "Caf\u00e9 cr\u00e8me";
    const created = await mutate(
      api,
      author,
      "createResource",
      resourceInput("nfc-resource", "guard-network", {
        title: decomposed,
        links: [{ title: decomposed, url: "https://example.org/" }],
      }),
    );
    expect(created.errors).toBeUndefined();
    const updated = await api.gql(
      `mutation { updateResource(input: { slug: "nfc-resource", summary: "${decomposed}" }) { resource { slug } } }`,
      {},
      author.auth,
    );
    expect(updated.errors).toBeUndefined();
    const stored = await api.gql(RESOURCE, { slug: "nfc-resource" }, author.auth);
    expect(stored.data).toEqual({ resource: { title: composed, summary: composed, links: [{ title: composed }] } });
  });

  it("answers a thousand bad list items with one field-named error, not a masked one", async () => {
    const keyStages = Array.from({ length: 1000 }, (_, index) => `STAGE_${index}`);
    const { status, error } = await refusal(
      `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { slug } } }`,
      { input: resourceInput("many-bad-stages", "guard-network", { keyStages }) },
      author.auth,
    );
    expect(status).toBe(400);
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.keyStages.0" });
    expect(error.message).toContain('"STAGE_0"');
    expect(error.message).toContain("1000 values in $input are invalid");
  });

  it("names a required variable that was left out", async () => {
    const { status, error } = await refusal(RESOURCE, {});
    expect(status).toBe(400);
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", field: "slug" });
  });
});
