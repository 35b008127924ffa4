import { randomBytes } from "node:crypto";
import { spawn, type StdioOptions } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./config.js";
import { trackChild, terminate } from "./children.js";
import { waitForHealth } from "./meilisearch.js";
import { serviceEnv, type Services } from "./services.js";
import { runToCompletion } from "./cli/run.js";

const WEB_DIR = join(REPO_ROOT, "web");

export interface StartProductOptions {
  services: Services;
  apiPort: number;
  webPort: number;
  /** Watch mode: the API rebuilds on change and the web app runs Vite's dev server. */
  dev?: boolean;
  /** Where the processes' output goes: the terminal ("inherit") or nowhere (tests keep the output of failures only). */
  stdio?: StdioOptions;
  report?: (line: string) => void;
  /** Called when the API or web process exits while the product is meant to be running. */
  onUnexpectedExit?: (name: string, reason: string) => void;
}

export interface RunningProduct {
  apiUrl: string;
  webUrl: string;
  stop(): Promise<void>;
}

/**
 * The whole product on given services: migrations, the sector dataset when
 * the library is empty, then the built API and web app, each waited for until
 * healthy. Shared by `npm start` and the browser tests, so tests exercise
 * exactly what a user runs.
 */
export async function startProduct(options: StartProductOptions): Promise<RunningProduct> {
  const { services, apiPort, webPort, dev = false, stdio = "inherit" } = options;
  const report = options.report ?? (() => undefined);
  const env = {
    ...process.env,
    ...serviceEnv(services),
    // One API process here, so a secret made now signs and checks its upload URLs (they last minutes).
    FILE_URL_SECRET: process.env["FILE_URL_SECRET"] ?? randomBytes(32).toString("hex"),
    NODE_ENV: dev ? "development" : "production",
  };
  const run = (script: string, ...args: string[]) =>
    runToCompletion(process.execPath, [join(REPO_ROOT, script), ...args], { env, cwd: REPO_ROOT, stdio });

  report("applying database migrations");
  await run("api/dist/cli/migrate.js");
  report("loading the sector dataset if the library is empty");
  await run("seeds/dist/cli.js", "--if-empty");

  const apiUrl = `http://localhost:${apiPort}`;
  const webUrl = `http://localhost:${webPort}`;
  // Links in emails (invitations) lead to this web app unless the site has a public address of its own.
  const apiEnv = { ...env, PORT: String(apiPort), PUBLIC_WEB_URL: process.env["PUBLIC_WEB_URL"] ?? webUrl };
  const webEnv = { ...env, PORT: String(webPort), API_URL: `${apiUrl}/graphql` };

  let stopping = false;
  const apiCommand = dev
    ? { command: "npm", args: ["run", "dev", "-w", "@hub/api"] }
    : { command: process.execPath, args: [join(REPO_ROOT, "api/dist/main.js")] };
  const webCommand = dev
    ? { command: "npm", args: ["run", "dev", "--", "--port", String(webPort), "--strictPort"] }
    : { command: process.execPath, args: ["server.js"] };
  const children = [
    { name: "api", ...apiCommand, env: apiEnv, cwd: REPO_ROOT },
    // The web server finds its build (and the browser assets in build/client) relative to its working folder.
    { name: "web", ...webCommand, env: webEnv, cwd: WEB_DIR },
  ].map(({ name, command, args, env: childEnv, cwd }) => {
    // Their own process group: Ctrl-C reaches only us, and we stop each child once, in order.
    const child = spawn(command, args, { cwd, env: childEnv, stdio, detached: true });
    trackChild(child);
    child.once("exit", (code, signal) => {
      if (!stopping) options.onUnexpectedExit?.(name, signal ?? `exit code ${code}`);
    });
    return child;
  });
  const stop = async () => {
    stopping = true;
    await Promise.all(children.map((child) => terminate(child)));
  };

  try {
    const running = () => !stopping && children.every((child) => child.exitCode === null);
    await waitForHealth(`${apiUrl}/healthz`, 120_000, running).catch(() => {
      throw new Error(`the API did not become healthy at ${apiUrl}/healthz`);
    });
    await waitForHealth(`${webUrl}/healthz`, 120_000, running).catch(() => {
      throw new Error(`the web app did not answer at ${webUrl}/healthz`);
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, webUrl, stop };
}
