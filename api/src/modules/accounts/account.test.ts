import { beforeAll, describe, expect, it } from "vitest";
import { confirmationTokenIn, startTestApi, type TestApi } from "../../../test/harness.js";
import { LOGIN_LIMITS, ACCOUNT_MAIL_LIMIT } from "./rate-limit.js";
import { School } from "../organisations/index.js";
import { Phase, Region } from "../taxonomy/index.js";

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});

const VIEWER = `{ viewer { email isAdmin user { id name email } sessions { id current } apiTokens { id name prefix } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { name } session { id } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`;
const CONFIRM = `mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { token user { name } } }`;
const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { email } }`;

interface ViewerResult {
  viewer: {
    email: string;
    isAdmin: boolean;
    user: { id: string; name: string; email: string | null };
    sessions: { id: string; current: boolean }[];
    apiTokens: { id: string; name: string; prefix: string }[];
  } | null;
}

async function signIn(email: string, password: string) {
  return api.gql<{ signIn: { token: string; session: { id: string } } }>(SIGN_IN, { input: { email, password } });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Headers saying the request comes from `ip`: the tests reach the API from loopback, which it trusts to report it. */
const from = (ip: string) => ({ "x-forwarded-for": ip });

async function userCount(): Promise<number> {
  const [row] = await api.orm.em.getConnection().execute<{ count: string }[]>("select count(*) from app_user");
  return Number(row!.count);
}

describe("signing up", () => {
  it("creates an account and a working session", async () => {
    const person = await api.signUp({ name: "Amira Khan", email: "Amira.Khan@School.Example" });
    const result = await api.gql<ViewerResult>(VIEWER, undefined, person.auth);
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewer).toMatchObject({
      email: "amira.khan@school.example",
      isAdmin: false,
      user: { name: "Amira Khan", email: "amira.khan@school.example" },
    });
    expect(result.data!.viewer!.sessions).toEqual([expect.objectContaining({ current: true })]);
  });

  it("gives the public no viewer", async () => {
    const result = await api.gql<ViewerResult>(VIEWER);
    expect(result.data!.viewer).toBeNull();
  });

  it.each([
    [{ email: "not-an-email" }, "input.email"],
    [{ password: "short pass" }, "input.password"],
    [{ password: "password1234" }, "input.password"],
    [{ password: "aaaaaaaaaaaaaaaa" }, "input.password"],
    [{ name: "Zed Quinlan", password: "quinlan-is-my-password" }, "input.password"],
    [{ name: "Z" }, "input.name"],
  ])("refuses %j naming the field, and stores nothing", async (override, field) => {
    const before = await userCount();
    const input = {
      name: "Valid Name",
      email: `someone-${field}-${Math.random()}@school.example`,
      password: "a long and unusual passphrase",
      ...override,
    };
    const result = await api.gql(SIGN_UP, { input });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await userCount()).toBe(before);
  });

  it("answers a sign-up for a registered address exactly as for a new one, and tells the owner by email", async () => {
    const owner = await api.signUp({ email: "twice@school.example" });
    const before = await userCount();
    const input = { name: "Second Try", password: "another long passphrase" };
    const taken = await api.gql(SIGN_UP, { input: { ...input, email: "TWICE@school.example" } });
    const free = await api.gql(SIGN_UP, { input: { ...input, email: "Once@school.example" } });
    expect(taken).toEqual({ data: { signUp: { email: "twice@school.example" } } });
    expect(free).toEqual({ data: { signUp: { email: "once@school.example" } } });
    const warning = await api.lastMailTo(owner.email);
    expect(warning).toContain("already has an account, so nothing was created");
    expect(confirmationTokenIn(warning)).toBe("");
    // No account exists for either until a confirmation link is used, and the owner's is unchanged.
    expect(await userCount()).toBe(before);
    expect((await signIn(owner.email, owner.password)).errors).toBeUndefined();
  });

  it("creates the account only from the emailed link, once, and brings the person back to the page they came from", async () => {
    const email = "new.teacher@school.example";
    const before = await userCount();
    await api.gql(SIGN_UP, {
      input: {
        name: "Noor Begum",
        email,
        password: "a long and unusual passphrase",
        returnPath: "/invitations/abc?x=1",
      },
    });
    expect(await userCount()).toBe(before);
    const mail = await api.lastMailTo(email);
    expect(mail).toMatch(/http:\/\/localhost:3000\/sign-up\/confirm\/hubsu_\S+\?returnTo=%2Finvitations%2Fabc%3Fx%3D1/);
    const confirmed = await api.gql<{ confirmSignUp: { token: string } }>(CONFIRM, {
      input: { token: confirmationTokenIn(mail) },
    });
    expect(confirmed.data?.confirmSignUp).toMatchObject({ user: { name: "Noor Begum" } });
    const me = await api.gql<ViewerResult>(VIEWER, undefined, bearer(confirmed.data!.confirmSignUp.token));
    expect(me.data!.viewer!.email).toBe(email);
    const again = await api.gql(CONFIRM, { input: { token: confirmationTokenIn(mail) } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });
    expect(await userCount()).toBe(before + 1);
  });

  it("refuses an expired confirmation link, and a return path that leaves the site", async () => {
    const email = "late.confirmer@school.example";
    await api.gql(SIGN_UP, { input: { name: "Late Confirmer", email, password: "a long and unusual passphrase" } });
    await api.orm.em
      .getConnection()
      .execute("update pending_sign_up set expires_at = now() - interval '1 second' where email = ?", [email]);
    const late = await api.gql(CONFIRM, { input: { token: confirmationTokenIn(await api.lastMailTo(email)) } });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });
    const offSite = await api.gql(SIGN_UP, {
      input: {
        name: "Off Site",
        email: "off.site@school.example",
        password: "a long and unusual passphrase",
        returnPath: "//evil.example/",
      },
    });
    expect(offSite.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.returnPath" });
  });

  it("stops emailing an address after a few sign-ups in an hour, alike for registered and new addresses", async () => {
    const owner = await api.signUp({ email: "flooded.owner@school.example" });
    const input = { name: "Someone Persistent", password: "another long passphrase" };
    for (const email of [owner.email, "flooded.new@school.example"]) {
      const mailsBefore = (await api.mailsTo(email)).length;
      // The owner's own sign-up was one email already.
      const allowed = ACCOUNT_MAIL_LIMIT.perEmail - (email === owner.email ? 1 : 0);
      for (let i = 0; i < allowed; i += 1) {
        expect((await api.gql(SIGN_UP, { input: { ...input, email } })).errors).toBeUndefined();
      }
      const refused = await api.gql(SIGN_UP, { input: { ...input, email } });
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(refused.errors?.[0]?.message).toContain("already emailed this address");
      expect((await api.mailsTo(email)).length).toBe(mailsBefore + allowed);
    }
    // Other addresses are not affected.
    const other = await api.gql(SIGN_UP, { input: { ...input, email: "someone.else@school.example" } });
    expect(other.errors).toBeUndefined();
  });
});

describe("signing in", () => {
  it("gives the same answer for a wrong password and an unknown email", async () => {
    const person = await api.signUp();
    const wrongPassword = await signIn(person.email, "not the right passphrase");
    const unknownEmail = await signIn("nobody-here@school.example", "not the right passphrase");
    expect(wrongPassword.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message);
    expect(unknownEmail.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("signs in with the right password, ignoring the email's case", async () => {
    const person = await api.signUp();
    const result = await signIn(person.email.toUpperCase(), person.password);
    expect(result.errors).toBeUndefined();
    const viewer = await api.gql<ViewerResult>(VIEWER, undefined, bearer(result.data!.signIn.token));
    expect(viewer.data!.viewer!.sessions).toHaveLength(2);
  });

  it("locks an account out after repeated failures, even for the right password", async () => {
    const person = await api.signUp();
    for (let attempt = 0; attempt < LOGIN_LIMITS.perAccount; attempt += 1) {
      const result = await signIn(person.email, `wrong guess number ${attempt}`);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    const locked = await signIn(person.email, person.password);
    expect(locked.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect(locked.errors?.[0]?.message).toMatch(/wait 15 minutes/i);
  });

  it("lets exactly the limit of 50 simultaneous wrong passwords reach the password check", async () => {
    const person = await api.signUp();
    const guesses = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        api.gql(SIGN_IN, { input: { email: person.email, password: `wrong guess ${n}` } }, from("203.0.113.50")),
      ),
    );
    const codes = guesses.map((guess) => guess.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === "UNAUTHENTICATED")).toHaveLength(LOGIN_LIMITS.perAccount);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(50 - LOGIN_LIMITS.perAccount);
  });
});

describe("sessions", () => {
  it("refuses a token after sign-out", async () => {
    const person = await api.signUp();
    const out = await api.gql(`mutation { signOut { signedOut } }`, undefined, person.auth);
    expect(out.data).toEqual({ signOut: { signedOut: true } });
    const response = await fetch(`${api.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...person.auth },
      body: JSON.stringify({ query: "{ viewer { email } }" }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("ends a session left unused past the idle limit, and one past its absolute expiry", async () => {
    const idle = await api.signUp();
    const old = await api.signUp();
    const sql = api.orm.em.getConnection();
    await sql.execute(`update session set last_seen_at = now() - interval '8 days' where user_id = ?`, [idle.uuid]);
    await sql.execute(`update session set expires_at = now() - interval '1 minute' where user_id = ?`, [old.uuid]);
    for (const person of [idle, old]) {
      const result = await api.gql(VIEWER, undefined, person.auth);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });

  it("lets a person sign out another of their sessions, but not someone else's", async () => {
    const person = await api.signUp();
    const laptop = await signIn(person.email, person.password);
    const stranger = await api.signUp();
    const steal = await api.gql(
      `mutation($input: RevokeInput!) { revokeSession(input: $input) { session { id } } }`,
      { input: { id: laptop.data!.signIn.session.id } },
      stranger.auth,
    );
    expect(steal.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const revoke = await api.gql(
      `mutation($input: RevokeInput!) { revokeSession(input: $input) { session { id } } }`,
      { input: { id: laptop.data!.signIn.session.id } },
      person.auth,
    );
    expect(revoke.errors).toBeUndefined();
    const refused = await api.gql(VIEWER, undefined, bearer(laptop.data!.signIn.token));
    expect(refused.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const stillIn = await api.gql<ViewerResult>(VIEWER, undefined, person.auth);
    expect(stillIn.data!.viewer!.sessions).toHaveLength(1);
  });

  it("refuses malformed and foreign tokens with UNAUTHENTICATED", async () => {
    for (const header of ["Basic abc", "Bearer hubs_not-a-real-token", "Bearer something-else"]) {
      const result = await api.gql(VIEWER, undefined, { authorization: header });
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
  });
});

describe("changing a password", () => {
  const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { name } } }`;

  it("checks the current password and the new one's strength", async () => {
    const person = await api.signUp();
    const wrong = await api.gql(
      CHANGE,
      { input: { currentPassword: "guess guess guess", newPassword: "a fresh long passphrase" } },
      person.auth,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.currentPassword" });
    const weak = await api.gql(
      CHANGE,
      { input: { currentPassword: person.password, newPassword: "short" } },
      person.auth,
    );
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.newPassword" });
  });

  it("signs out every other session and accepts only the new password", async () => {
    const person = await api.signUp();
    const phone = await signIn(person.email, person.password);
    const changed = await api.gql(
      CHANGE,
      { input: { currentPassword: person.password, newPassword: "a fresh long passphrase" } },
      person.auth,
    );
    expect(changed.errors).toBeUndefined();
    expect((await api.gql(VIEWER, undefined, bearer(phone.data!.signIn.token))).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await api.gql<ViewerResult>(VIEWER, undefined, person.auth)).data!.viewer).not.toBeNull();
    expect((await signIn(person.email, person.password)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await signIn(person.email, "a fresh long passphrase")).errors).toBeUndefined();
  });
});

describe("a forgotten password", () => {
  const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { token user { name } } }`;
  const NEW_PASSWORD = "a remembered new passphrase";
  const resetTokenIn = (mail: string) => /\/password-reset\/(hubpr_\S+)/.exec(mail)?.[1] ?? "";

  it("answers alike for an unknown address, whose owner is told by email that no account uses it", async () => {
    const person = await api.signUp({ email: "forgetful@school.example" });
    const known = await api.gql(REQUEST, { input: { email: " Forgetful@School.example" } });
    const unknown = await api.gql(REQUEST, { input: { email: "nobody.here@school.example" } });
    expect(known).toEqual({ data: { requestPasswordReset: { email: person.email } } });
    expect(unknown).toEqual({ data: { requestPasswordReset: { email: "nobody.here@school.example" } } });
    expect(resetTokenIn(await api.lastMailTo(person.email))).not.toBe("");
    const notice = await api.lastMailTo("nobody.here@school.example");
    expect(notice).toContain("No account uses this address");
    expect(resetTokenIn(notice)).toBe("");
    const malformed = await api.gql(REQUEST, { input: { email: "not an address" } });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.email" });
  });

  it("sets a new password once, signs every old session out and signs in", async () => {
    const person = await api.signUp({ name: "Priya Shah" });
    const phone = await signIn(person.email, person.password);
    await api.gql(REQUEST, { input: { email: person.email } });
    const token = resetTokenIn(await api.lastMailTo(person.email));
    const weak = await api.gql(RESET, { input: { token, newPassword: "priya shah 2026 pass" } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.newPassword" });
    // The refused attempt did not use the link up or change anything.
    expect((await signIn(person.email, person.password)).errors).toBeUndefined();
    const reset = await api.gql<{ resetPassword: { token: string } }>(RESET, {
      input: { token, newPassword: NEW_PASSWORD },
    });
    expect(reset.data?.resetPassword).toMatchObject({ user: { name: "Priya Shah" } });
    const me = await api.gql<ViewerResult>(VIEWER, undefined, bearer(reset.data!.resetPassword.token));
    expect(me.data!.viewer!.email).toBe(person.email);
    for (const old of [person.auth, bearer(phone.data!.signIn.token)]) {
      expect((await api.gql(VIEWER, undefined, old)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect((await signIn(person.email, person.password)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await signIn(person.email, NEW_PASSWORD)).errors).toBeUndefined();
    const again = await api.gql(RESET, { input: { token, newPassword: "yet another passphrase" } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });
  });

  it("refuses an expired link, and every older link once one is used", async () => {
    const person = await api.signUp();
    await api.gql(REQUEST, { input: { email: person.email } });
    const first = resetTokenIn(await api.lastMailTo(person.email));
    await api.gql(REQUEST, { input: { email: person.email } });
    const second = resetTokenIn(await api.lastMailTo(person.email));
    expect(second).not.toBe(first);
    expect((await api.gql(RESET, { input: { token: second, newPassword: NEW_PASSWORD } })).errors).toBeUndefined();
    const older = await api.gql(RESET, { input: { token: first, newPassword: "yet another passphrase" } });
    expect(older.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });

    await api.gql(REQUEST, { input: { email: person.email } });
    const late = resetTokenIn(await api.lastMailTo(person.email));
    await api.orm.em
      .getConnection()
      .execute(
        "update password_reset set expires_at = now() - interval '1 second' where user_id = (select id from app_user where email = ?)",
        [person.email],
      );
    const expired = await api.gql(RESET, { input: { token: late, newPassword: "yet another passphrase" } });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.token" });
    expect((await signIn(person.email, NEW_PASSWORD)).errors).toBeUndefined();
  });

  it("stops emailing an address after a few requests in an hour, without using up its sign-up emails", async () => {
    const email = "reset.flood@school.example";
    for (let i = 0; i < ACCOUNT_MAIL_LIMIT.perEmail; i += 1) {
      expect((await api.gql(REQUEST, { input: { email } })).errors).toBeUndefined();
    }
    const refused = await api.gql(REQUEST, { input: { email } });
    expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    expect((await api.mailsTo(email)).length).toBe(ACCOUNT_MAIL_LIMIT.perEmail);
    const signUp = await api.gql(SIGN_UP, { input: { name: "Reset Flood", email, password: NEW_PASSWORD } });
    expect(signUp.errors).toBeUndefined();
  });
});

describe("account emails asked for from one client address", () => {
  const PER_CLIENT = 4;
  let limited: TestApi;
  beforeAll(async () => {
    limited = await startTestApi({ ACCOUNT_MAIL_PER_CLIENT_PER_HOUR: String(PER_CLIENT) });
  });

  it("refuses an address more than its share, to any recipients, and reveals nothing; other addresses go on", async () => {
    const asker = from("203.0.113.7");
    const signUp = (email: string, headers: Record<string, string>) =>
      limited.gql(
        SIGN_UP,
        { input: { name: "Mass Mailer", email, password: "a long and unusual passphrase" } },
        headers,
      );
    const registered = await limited.signUp({ email: "registered.target@school.example" });
    // Sign-ups and password resets share one allowance, each to a new recipient.
    for (let n = 0; n < PER_CLIENT; n += 1) {
      const email = `target${n}@school.example`;
      const result = n % 2 === 0 ? await signUp(email, asker) : await limited.gql(REQUEST, { input: { email } }, asker);
      expect(result.errors, email).toBeUndefined();
    }
    const refusals = [
      await signUp("one.more@school.example", asker),
      await signUp(registered.email, asker),
      await limited.gql(REQUEST, { input: { email: "one.more@school.example" } }, asker),
      await limited.gql(REQUEST, { input: { email: registered.email } }, asker),
    ];
    for (const refused of refusals) {
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(refused.errors?.[0]?.message).toBe(refusals[0]!.errors?.[0]?.message);
    }
    expect(refusals[0]!.errors?.[0]?.message).toContain("from your connection");
    expect(await limited.mailsTo("one.more@school.example")).toEqual([]);
    expect(await limited.mailsTo(registered.email)).toHaveLength(1);

    const elsewhere = from("198.51.100.9");
    expect((await signUp("one.more@school.example", elsewhere)).errors).toBeUndefined();
    expect((await limited.gql(REQUEST, { input: { email: registered.email } }, elsewhere)).errors).toBeUndefined();
  });

  it("sends exactly its share when 50 requests from one address arrive at once", async () => {
    const emails = Array.from({ length: 50 }, (_, n) => `at-once${n}@school.example`);
    const answers = await Promise.all(
      emails.map((email) => limited.gql(REQUEST, { input: { email } }, from("203.0.113.80"))),
    );
    const codes = answers.map((answer) => answer.errors?.[0]?.extensions?.code ?? "SENT");
    expect(codes.filter((code) => code === "SENT")).toHaveLength(PER_CLIENT);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(50 - PER_CLIENT);
    const mailed = await Promise.all(emails.map(async (email) => (await limited.mailsTo(email)).length));
    expect(mailed.reduce((sum, n) => sum + n, 0)).toBe(PER_CLIENT);
  });
});

describe("personal API tokens", () => {
  const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name prefix } } }`;
  const REVOKE = `mutation($input: RevokeInput!) { revokeApiToken(input: $input) { apiToken { id } } }`;

  it("works for scripts until revoked, and shows its secret only once", async () => {
    const person = await api.signUp();
    const created = await api.gql<{
      createApiToken: { token: string; apiToken: { id: string; name: string; prefix: string } };
    }>(CREATE, { input: { name: "Nightly export" } }, person.auth);
    const { token, apiToken } = created.data!.createApiToken;
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const asScript = await api.gql<ViewerResult>(VIEWER, undefined, bearer(token));
    expect(asScript.data!.viewer!.email).toBe(person.email);
    expect(asScript.data!.viewer!.apiTokens).toEqual([
      { id: apiToken.id, name: "Nightly export", prefix: apiToken.prefix },
    ]);
    expect(JSON.stringify(asScript)).not.toContain(token);

    await api.gql(REVOKE, { input: { id: apiToken.id } }, person.auth);
    expect((await api.gql(VIEWER, undefined, bearer(token))).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("stops working after its expiry and refuses an expiry in the past", async () => {
    const person = await api.signUp();
    const past = await api.gql(CREATE, { input: { name: "Old", expiresAt: "2020-01-01T00:00:00Z" } }, person.auth);
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.expiresAt" });
    const soon = await api.gql<{ createApiToken: { token: string } }>(
      CREATE,
      { input: { name: "Short-lived", expiresAt: new Date(Date.now() + 60_000).toISOString() } },
      person.auth,
    );
    await api.orm.em
      .getConnection()
      .execute(`update api_token set expires_at = now() - interval '1 second' where user_id = ?`, [person.uuid]);
    expect(
      (await api.gql(VIEWER, undefined, bearer(soon.data!.createApiToken.token))).errors?.[0]?.extensions?.code,
    ).toBe("UNAUTHENTICATED");
  });

  it("needs a signed-in person", async () => {
    const result = await api.gql(CREATE, { input: { name: "Anon" } });
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("profile", () => {
  it("records the school a person works in, by URN, and lets them change or clear it", async () => {
    const em = api.orm.em.fork();
    em.create(School, {
      urn: "123987",
      name: "Moorside Academy",
      slug: "moorside-academy",
      phase: Phase.SECONDARY,
      region: Region.NORTH_EAST,
      localAuthority: "Durham",
    });
    await em.flush();
    const unknown = await api.gql(SIGN_UP, {
      input: {
        name: "Sam Wilde",
        email: "sam.wilde@school.example",
        password: "a long and unusual passphrase",
        schoolUrn: "999999",
      },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.schoolUrn" });
    await api.gql(SIGN_UP, {
      input: {
        name: "Sam Wilde",
        email: "sam.wilde@school.example",
        password: "a long and unusual passphrase",
        schoolUrn: "123987",
      },
    });
    const created = await api.gql<{ confirmSignUp: { token: string } }>(CONFIRM, {
      input: { token: confirmationTokenIn(await api.lastMailTo("sam.wilde@school.example")) },
    });
    const auth = bearer(created.data!.confirmSignUp.token);
    const school = await api.gql(`{ viewer { user { school { name } } } }`, undefined, auth);
    expect(school.data).toEqual({ viewer: { user: { school: { name: "Moorside Academy" } } } });

    const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { user { name jobTitle school { urn } } } }`;
    const updated = await api.gql(UPDATE, { input: { jobTitle: "Head of history", schoolUrn: "" } }, auth);
    expect(updated.data).toEqual({
      updateProfile: { user: { name: "Sam Wilde", jobTitle: "Head of history", school: null } },
    });
    const bad = await api.gql(UPDATE, { input: { schoolUrn: "12ab" } }, auth);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.schoolUrn" });
  });
});
