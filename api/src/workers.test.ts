import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { dropDatabase, ensureDatabase, freePort, waitForHealth } from "@hub/infra";
import type { MikroORM } from "@mikro-orm/postgresql";
import { initOrm } from "./db/orm.js";
import { Visibility } from "./policy/index.js";
import { Network, NetworkKind } from "./modules/organisations/index.js";
import { Licence, Resource, ResourceStatus, ResourceType } from "./modules/resources/index.js";

/**
 * `API_WORKERS=2` as an operator runs it: the built API (`api/dist/main.js`,
 * which `npm test` builds first) as its own process, forking two workers on
 * one port, each with its own search indexer.
 */
const MAIN = resolve(import.meta.dirname, "..", "dist", "main.js");
const name = `test_${randomBytes(6).toString("hex")}`;
let primary: ChildProcess;
let output = "";
let url: string;
let orm: MikroORM;
const workerPids = new Set<number>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** GET on a fresh connection, so the cluster may hand it to either worker. */
function getFresh(path: string): Promise<{ pid: number }> {
  return new Promise((done, fail) => {
    get(`${url}${path}`, { agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => done(JSON.parse(body) as { pid: number }));
    }).on("error", fail);
  });
}

async function searchTotal(query: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `query($q: String!) { search(query: $q) { totalCount } }`, variables: { q: query } }),
  });
  return ((await response.json()) as { data: { search: { totalCount: number } } }).data.search.totalCount;
}

beforeAll(async () => {
  const services = inject("services");
  const databaseUrl = await ensureDatabase(services.serverUrl, name);
  const port = await freePort();
  url = `http://localhost:${port}`;
  primary = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      API_WORKERS: "2",
      DATABASE_URL: databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      MEILI_INDEX_PREFIX: `${name}_`,
      LOG_LEVEL: "warn",
      MAIL_OUTBOX_DIR: join(tmpdir(), `hub-mail-${name}`),
      FILES_DIR: join(tmpdir(), `hub-files-${name}`),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  primary.stdout!.on("data", (chunk) => (output += chunk));
  primary.stderr!.on("data", (chunk) => (output += chunk));
  await waitForHealth(`${url}/readyz`, 60_000, () => primary.exitCode === null).catch((error: Error) => {
    throw new Error(`${error.message}\n${output}`);
  });
  orm = await initOrm(databaseUrl);
});

afterAll(async () => {
  if (primary?.exitCode === null) primary.kill("SIGKILL");
  await orm?.close();
  await dropDatabase(inject("services").serverUrl, name);
});

describe("API_WORKERS=2", () => {
  it("answers from two worker processes on one port", async () => {
    // The API answers once one worker listens; under load the second may still be starting, so keep
    // asking (a pause between requests) for up to 20 s rather than a fixed number of requests.
    const until = Date.now() + 20_000;
    while (workerPids.size < 2 && Date.now() < until) {
      workerPids.add((await getFresh("/process")).pid);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(workerPids.size).toBe(2);
    expect(workerPids.has(primary.pid!)).toBe(false);
  });

  it("makes a write searchable through a worker's indexer", async () => {
    const em = orm.em.fork();
    const network = em.create(Network, {
      slug: "quayside-science",
      name: "Quayside Science Network",
      kind: NetworkKind.SUBJECT_NETWORK,
      region: null,
      description: "Science leads working together.",
    });
    em.create(Resource, {
      slug: "quayside-circuits",
      title: "Teaching electrical circuits with quillwort analogies",
      summary: "Analogies that hold up.",
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
    await em.flush();
    // Found once an indexer drains the outbox (woken by NOTIFY; it polls every second too).
    await expect.poll(() => searchTotal("quillwort"), { timeout: 15_000, interval: 100 }).toBe(1);
  });

  it("stops every worker and then itself on SIGTERM", async () => {
    const exited = new Promise<number | null>((done) => primary.once("exit", (code) => done(code)));
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect([...workerPids].filter(isAlive)).toEqual([]);
    expect(output).not.toMatch(/"level":(50|60)/);
  });
});
