import { randomBytes } from "node:crypto";
import { spawn, type StdioOptions } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "./config.js";
import { supervise, type RestartPolicy, type Supervised } from "./supervise.js";
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
  /** Variables for one process only, over everything else (the soak benchmark gives each its own inspector port). */
  env?: Partial<Record<"api" | "web", Record<string, string>>>;
  /**
   * Restart the API or web process when it stops unexpectedly (`npm start`).
   * Without a policy the first such exit is final, as the browser tests want.
   */
  restart?: RestartPolicy;
  /** Called when the API or web process has stopped for good while the product is meant to be running. */
  onUnexpectedExit?: (name: string, reason: string) => void;
}

export interface RunningProduct {
  apiUrl: string;
  webUrl: string;
  /** The process running now for "api" or "web" (a restart replaces it). */
  pid(name: "api" | "web"): number | undefined;
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
  const apiEnv = {
    ...env,
    PORT: String(apiPort),
    PUBLIC_WEB_URL: process.env["PUBLIC_WEB_URL"] ?? webUrl,
    ...options.env?.api,
  };
  const webEnv = { ...env, PORT: String(webPort), API_URL: `${apiUrl}/graphql`, ...options.env?.web };

  const apiCommand = dev
    ? { command: "npm", args: ["run", "dev", "-w", "@hub/api"] }
    : { command: process.execPath, args: [join(REPO_ROOT, "api/dist/main.js")] };
  const webCommand = dev
    ? { command: "npm", args: ["run", "dev", "--", "--port", String(webPort), "--strictPort"] }
    : { command: process.execPath, args: ["server.js"] };
  const processes = [
    { name: "api", ...apiCommand, env: apiEnv, cwd: REPO_ROOT, healthUrl: `${apiUrl}/healthz` },
    // The web server finds its build (and the browser assets in build/client) relative to its working folder.
    { name: "web", ...webCommand, env: webEnv, cwd: WEB_DIR, healthUrl: `${webUrl}/healthz` },
  ] as const;
  const started = await Promise.allSettled(
    processes.map(({ name, command, args, env: childEnv, cwd, healthUrl }) =>
      supervise({
        name,
        // Their own process group: Ctrl-C reaches only us, and we stop each child once, in order.
        spawn: () => spawn(command, args, { cwd, env: childEnv, stdio, detached: true }),
        healthUrl,
        startTimeoutMs: 120_000,
        restart: options.restart,
        report,
        onGiveUp: options.onUnexpectedExit,
      }).catch((error: Error) => {
        throw new Error(
          `the ${name === "api" ? "API" : "web app"} did not become healthy at ${healthUrl} (${error.message})`,
        );
      }),
    ),
  );
  const running = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  const stop = async () => {
    await Promise.all(running.map((supervised) => supervised.stop()));
  };
  const failed = started.find((result) => result.status === "rejected");
  if (failed) {
    await stop();
    throw failed.reason;
  }
  const [api, web] = running as [Supervised, Supervised];
  return { apiUrl, webUrl, pid: (name) => (name === "api" ? api : web).child().pid, stop };
}
