import { beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi, type TestUser } from "../../test/harness.js";
import { makeAdmin, makeNetwork } from "../../test/resource-fixtures.js";
import { EMOJI } from "../../test/hostile-text.js";
import { SignUpInput } from "../modules/accounts/index.js";
import { charCount } from "./input-rules.js";
import { validateInput } from "./validation.js";
import { DomainError } from "./errors.js";

let api: TestApi;
let admin: TestUser;

beforeAll(async () => {
  api = await startTestApi();
  admin = await makeAdmin(api);
  await makeNetwork(api, admin, "rules-network");
  await api.gql(
    `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { school { urn } } }`,
    {
      input: {
        urn: "200001",
        name: "Rules Primary",
        slug: "rules-primary",
        phase: "PRIMARY",
        region: "LONDON",
        localAuthority: "Camden",
      },
    },
    admin.auth,
  );
});

describe("charCount", () => {
  it("counts characters as PostgreSQL does: code points, not UTF-16 units", () => {
    expect(charCount(EMOJI)).toBe(8);
    expect(charCount("caf\u00e9")).toBe(4);
    expect(charCount("")).toBe(0);
  });
});

describe("names of white space alone", () => {
  const BLANK = " \t\u00a0 ";
  const cases: [string, string, Record<string, unknown>][] = [
    [
      "createNetwork",
      "CreateNetworkInput",
      { kind: "SUBJECT_NETWORK", name: BLANK, slug: "blank-network", description: "Has no name." },
    ],
    ["updateSchool", "UpdateSchoolInput", { urn: "200001", name: BLANK }],
    [
      "createAmbition",
      "CreateAmbitionInput",
      { networkSlug: "rules-network", slug: "blank-ambition", title: BLANK, targetYear: 2030 },
    ],
    ["updateProfile", "UpdateProfileInput", { name: BLANK }],
    ["createApiToken", "CreateApiTokenInput", { name: BLANK }],
  ];

  it.each(cases)("are refused by %s, naming the field", async (mutation, type, input) => {
    const field = "name" in input ? "input.name" : "input.title";
    const result = await api.gql(
      `mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`,
      { input },
      admin.auth,
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field });
    expect(result.errors?.[0]?.message).toBe(`${field} must not be blank`);
  });

  it("stored nothing: the school and the admin keep their names", async () => {
    const school = await api.gql(`{ school(urn: "200001") { name } }`);
    expect(school.data).toEqual({ school: { name: "Rules Primary" } });
    const me = await api.gql(`{ viewer { user { name } } }`, {}, admin.auth);
    expect(me.data).toEqual({ viewer: { user: { name: "Site Admin" } } });
  });

  it("are refused at sign-up, so no email says 'Hello ,'", async () => {
    const email = "blank-name@school.example";
    const result = await api.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { email } }`, {
      input: { name: "   ", email, password: "a long and unusual passphrase" },
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.name" });
    expect(await api.mailsTo(email)).toEqual([]);
  });

  it("still allow a short name padded with spaces, stored trimmed", async () => {
    const result = await api.gql<{ updateProfile: { user: { name: string } } }>(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { name } } }`,
      { input: { name: "  Jo  " } },
      admin.auth,
    );
    expect(result.data?.updateProfile.user.name).toBe("Jo");
  });
});

describe("email addresses that validator.js cannot measure", () => {
  const LONE = "a\ud800@example.org";

  it.each([
    ["signUp", "SignUpInput", { name: "Lone Surrogate", email: LONE, password: "a long and unusual passphrase" }],
    ["inviteToNetwork", "InviteToNetworkInput", { networkSlug: "rules-network", email: LONE, role: "MEMBER" }],
    ["requestPasswordReset", "RequestPasswordResetInput", { email: LONE }],
  ])("are refused by %s as bad input", async (mutation, type, input) => {
    const result = await api.gql(
      `mutation($input: ${type}!) { ${mutation}(input: $input) { __typename } }`,
      { input },
      admin.auth,
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.email" });
  });

  it("are refused, not thrown on, by the rule itself (as seeds and scripts call it)", async () => {
    const checked = validateInput(SignUpInput, {
      name: "Lone Surrogate",
      email: LONE,
      password: "a long and unusual passphrase",
    });
    await expect(checked).rejects.toBeInstanceOf(DomainError);
    await expect(checked).rejects.toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
  });
});
