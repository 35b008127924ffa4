/** The built API and web app as the benchmarks run them: on the benchmark's services, with a site admin to sign in as. */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { freePort, REPO_ROOT, terminate, trackChild, waitForHealth } from "@hub/infra";
import type { GraphQL } from "./measure.js";

/** Starts the built API on the benchmark's services, with its indexer, and waits until it answers. */
export async function startApi(env: NodeJS.ProcessEnv, workers = 1) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(REPO_ROOT, "api/dist/main.js")], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      PORT: String(port),
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      INDEXER_IN_API: "true",
      API_WORKERS: String(workers),
      // Production refuses to start without one; this API lives only as long as the benchmark.
      FILE_URL_SECRET: randomBytes(32).toString("hex"),
    },
    stdio: "inherit",
    detached: true,
  });
  trackChild(child);
  const url = `http://localhost:${port}`;
  await waitForHealth(`${url}/readyz`, 120_000, () => child.exitCode === null);
  return { url: `${url}/graphql`, pid: child.pid!, stop: () => terminate(child) };
}

/** Starts the built web app (`web/server.js`, as `npm start` runs it) in front of an API. */
export async function startWeb(env: NodeJS.ProcessEnv, apiUrl: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ["server.js"], {
    cwd: join(REPO_ROOT, "web"),
    env: { ...env, PORT: String(port), NODE_ENV: "production", API_URL: apiUrl },
    // Its access log would bury the figures; errors still show.
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  trackChild(child);
  const url = `http://localhost:${port}`;
  await waitForHealth(`${url}/healthz`, 120_000, () => child.exitCode === null);
  return { url, stop: () => terminate(child) };
}

const BENCH_ADMIN = { email: "bench-admin@example.org", name: "Benchmark Admin", password: "quiet harbour lantern 47" };

/** Makes a site admin the documented way (npm run admin:create), signs in as them, and returns the token. */
export async function signInAsAdmin(env: NodeJS.ProcessEnv, gql: GraphQL): Promise<string> {
  const created = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, "api/dist/cli/admin-create.js"),
      "--email",
      BENCH_ADMIN.email,
      "--name",
      BENCH_ADMIN.name,
      "--password-stdin",
    ],
    { env, cwd: REPO_ROOT, input: `${BENCH_ADMIN.password}\n`, encoding: "utf8" },
  );
  if (created.status !== 0) throw new Error(`admin:create failed: ${created.stderr}`);
  const { signIn } = await gql<{ signIn: { token: string } }>(
    `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
    { input: { email: BENCH_ADMIN.email, password: BENCH_ADMIN.password } },
  );
  return signIn.token;
}
