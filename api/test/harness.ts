import { inject, afterAll } from "vitest";
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { dropDatabase, ensureDatabase } from "@hub/infra";
import type { MikroORM } from "@mikro-orm/postgresql";
import { readConfig, type Config } from "../src/config.js";
import { startApi, type RunningApi } from "../src/server.js";
import { createLogger, type Logger } from "../src/logger.js";
import { initOrm } from "../src/db/orm.js";
import { localIdOf } from "../src/graphql/relay.js";
import { normaliseEmail } from "../src/modules/accounts/index.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; [key: string]: unknown };
  }[];
}

export interface TestUser {
  token: string;
  /** Global ID, as clients see it. */
  id: string;
  uuid: string;
  email: string;
  password: string;
  /** Authorization header for this person. */
  auth: Record<string, string>;
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { email } }`;
const CONFIRM = `mutation($input: ConfirmSignUpInput!) { confirmSignUp(input: $input) { token user { id } } }`;
let people = 0;

/**
 * Account emails one client address may ask for in an hour, in tests: every request comes from
 * this machine, and test files sign up more people than the production default allows.
 */
export const TEST_ACCOUNT_MAIL_PER_CLIENT = 1000;

/** The sign-up confirmation token in an email ("" when there is none). */
export const confirmationTokenIn = (mail: string) => /confirmation token into the hub: (\S+)/.exec(mail)?.[1] ?? "";

export interface TestApi {
  url: string;
  config: Config;
  /** A second ORM on the same database, for arranging data and checking what was stored. */
  orm: MikroORM;
  /** Signs a new person up through the API (confirming from the email); returns their bearer token and user uuid. */
  signUp(details?: { name?: string; email?: string; password?: string }): Promise<TestUser>;
  /** Every message the API's development mailer wrote to this address, newest first. */
  mailsTo(email: string): Promise<string[]>;
  /** The newest message the API's development mailer wrote to this address. */
  lastMailTo(email: string): Promise<string>;
  /** Writes the searches the API has recorded but not yet written (it writes them in batches). */
  flushSearchDemand(): Promise<void>;
  /** Posts a GraphQL operation over HTTP, as any client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** `gql` with the HTTP status of the answer. */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLResponse<T> }>;
}

/**
 * Starts the real API for one test file: its own freshly migrated database
 * and its own Meilisearch index prefix, torn down after the file's tests.
 */
export async function startTestApi(
  overrides: Record<string, string> = {},
  options: { logger?: Logger } = {},
): Promise<TestApi> {
  const services = inject("services");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const databaseUrl = await ensureDatabase(services.serverUrl, name);
  const config = readConfig({
    NODE_ENV: "test",
    PORT: "0",
    DATABASE_URL: databaseUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    MEILI_INDEX_PREFIX: `${name}_`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    MAIL_OUTBOX_DIR: join(tmpdir(), `hub-mail-${name}`),
    FILES_DIR: join(tmpdir(), `hub-files-${name}`),
    ACCOUNT_MAIL_PER_CLIENT_PER_HOUR: String(TEST_ACCOUNT_MAIL_PER_CLIENT),
    ...overrides,
  });
  // Registered before starting, so a failed start still drops the database.
  const started: { api?: RunningApi; orm?: MikroORM } = {};
  afterAll(async () => {
    await started.orm?.close();
    await started.api?.stop();
    await dropDatabase(services.serverUrl, name);
  });
  started.api = await startApi(config, {
    logger: options.logger ?? createLogger(config.LOG_LEVEL),
    extractionWorker: pathToFileURL(inject("extractionWorker")),
  });
  const orm = (started.orm = await initOrm(databaseUrl));
  const url = started.api.url;
  const post: TestApi["post"] = async (query, variables, headers) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as never };
  };
  const gql: TestApi["gql"] = async (query, variables, headers) =>
    (await post(query, variables, headers)).body as never;
  const mailFiles = async () => (await readdir(config.MAIL_OUTBOX_DIR).catch(() => [])).sort().reverse();
  const readMail = (file: string) => readFile(join(config.MAIL_OUTBOX_DIR, file), "utf8");
  const isTo = (email: string) => (text: string) => text.startsWith(`To: ${normaliseEmail(email)}\n`);
  const mailsTo = async (email: string): Promise<string[]> =>
    (await Promise.all((await mailFiles()).map(readMail))).filter(isTo(email));
  const lastMailTo = async (email: string): Promise<string> => {
    // Newest first, stopping at the first match: every sign-up reads the outbox, which grows through a file.
    for (const file of await mailFiles()) {
      const text = await readMail(file);
      if (isTo(email)(text)) return text;
    }
    throw new Error(`no mail to ${email} in ${config.MAIL_OUTBOX_DIR}`);
  };
  return {
    url,
    config,
    orm,
    gql,
    post,
    mailsTo,
    lastMailTo,
    flushSearchDemand: () => started.api!.searchDemand.flush(),
    async signUp(details = {}) {
      people += 1;
      const email = details.email ?? `person${people}-${randomBytes(3).toString("hex")}@school.example`;
      const password = details.password ?? "a long and unusual passphrase";
      const requested = await gql(SIGN_UP, {
        input: { name: details.name ?? `Test Person ${people}`, email, password },
      });
      if (!requested.data) throw new Error(`sign-up failed: ${JSON.stringify(requested.errors)}`);
      const mail = await lastMailTo(email);
      const confirmation = confirmationTokenIn(mail);
      const result = await gql<{ confirmSignUp: { token: string; user: { id: string } } }>(CONFIRM, {
        input: { token: confirmation },
      });
      if (!result.data) throw new Error(`sign-up confirmation failed: ${JSON.stringify(result.errors)}`);
      const { token, user } = result.data.confirmSignUp;
      const uuid = localIdOf(user.id, "User")!;
      return { token, id: user.id, uuid, email, password, auth: { authorization: `Bearer ${token}` } };
    },
  };
}
