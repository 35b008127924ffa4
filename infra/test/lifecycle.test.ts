import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const CLI = resolve(import.meta.dirname, "../dist/cli/services.js");
const dataDir = mkdtempSync(join(tmpdir(), "hub-infra-test-"));
// As root, PostgreSQL runs as the postgres user, which must be able to enter the folder.
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts `npm run services` as a user would and waits for it to print the variables. */
async function startCli(): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [CLI], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: "0",
      EMBEDDED_MEILI_PORT: "0",
      DATABASE_URL: "",
      MEILI_URL: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await waitUntil(() => output.includes("Ctrl-C stops them") || child.exitCode !== null, 90_000);
  if (child.exitCode !== null) throw new Error(`services CLI exited early:\n${output}`);
  return { child, output: () => output };
}

function servicePids(): { postgres: number; meilisearch: number } {
  const first = (file: string) => Number(readFileSync(join(dataDir, file), "utf8").split("\n")[0]);
  return { postgres: first("postgres/postmaster.pid"), meilisearch: first("meilisearch/meilisearch.pid") };
}

function exported(output: string, name: string): string {
  const match = new RegExp(`export ${name}='([^']*)'`).exec(output);
  if (!match?.[1]) throw new Error(`${name} not printed`);
  return match[1];
}

describe("embedded services", () => {
  it("leave a process's exit code alone (a failing test run must not exit 0)", async () => {
    const script = `
      import { startServices, readInfraConfig } from ${JSON.stringify(resolve(import.meta.dirname, "../dist/index.js"))};
      const config = readInfraConfig({ DATA_DIR: ${JSON.stringify(dataDir)}, EMBEDDED_POSTGRES_PORT: "0", EMBEDDED_MEILI_PORT: "0" });
      const services = await startServices({ config });
      await services.stop();
      process.exitCode = 3;
    `;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script], { stdio: "ignore" });
    const code = await new Promise<number | null>((done) => child.once("exit", done));
    expect(code).toBe(3);
  });

  it("start real PostgreSQL and Meilisearch, and SIGTERM leaves no process behind", async () => {
    const { child, output } = await startCli();
    const client = new pg.Client({ connectionString: exported(output(), "DATABASE_URL") });
    await client.connect();
    const { rows } = await client.query<{ version: string }>("select version()");
    await client.end();
    expect(rows[0]!.version).toMatch(/^PostgreSQL 17/);

    const meiliUrl = exported(output(), "MEILI_URL");
    const key = exported(output(), "MEILI_MASTER_KEY");
    expect((await fetch(`${meiliUrl}/version`, { headers: { authorization: `Bearer ${key}` } })).status).toBe(200);
    expect((await fetch(`${meiliUrl}/version`)).status).toBe(401);

    const pids = servicePids();
    child.kill("SIGTERM");
    await waitUntil(() => child.exitCode !== null || child.signalCode !== null, 30_000);
    await waitUntil(() => !isAlive(pids.postgres) && !isAlive(pids.meilisearch), 15_000);
  });

  it("stops services orphaned by a killed run before starting again", async () => {
    const first = await startCli();
    const orphans = servicePids();
    first.child.kill("SIGKILL");
    await waitUntil(() => first.child.signalCode !== null, 10_000);
    expect(isAlive(orphans.meilisearch)).toBe(true);

    const second = await startCli();
    expect(second.output()).toContain("left behind by an earlier run");
    expect(isAlive(orphans.meilisearch)).toBe(false);
    const fresh = servicePids();
    second.child.kill("SIGINT");
    await waitUntil(() => second.child.exitCode !== null || second.child.signalCode !== null, 30_000);
    await waitUntil(() => !isAlive(fresh.postgres) && !isAlive(fresh.meilisearch), 15_000);
  });
});
