import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readInfraConfig } from "../src/config.js";
import { freePort } from "../src/ports.js";
import { startProduct } from "../src/product.js";
import { startServices } from "../src/services.js";
import { RESTART_WITH_BACKOFF, supervise, type SuperviseOptions } from "../src/supervise.js";

const dataDir = mkdtempSync(join(tmpdir(), "hub-supervise-test-"));
// As root, PostgreSQL runs as the postgres user, which must be able to enter the folder.
chmodSync(dataDir, 0o755);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function waitUntil(condition: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const answers = (url: string) =>
  fetch(url).then(
    (response) => response.ok,
    () => false,
  );

/** Supervises a real process that answers its health URL and exits with code 3 after 300 ms, as a crashing server would. */
function superviseCrasher(port: number, options: Pick<SuperviseOptions, "restart" | "report" | "onGiveUp">) {
  const script = `require("node:http").createServer((q, s) => s.end("ok")).listen(${port}, "127.0.0.1");
    setTimeout(() => process.exit(3), 300);`;
  return supervise({
    name: "crasher",
    spawn: () => spawn(process.execPath, ["-e", script], { stdio: "ignore" }),
    healthUrl: `http://127.0.0.1:${port}/`,
    startTimeoutMs: 10_000,
    ...options,
  });
}

describe("supervision", () => {
  it("restarts a process that keeps failing with doubling waits, then gives up and says why", async () => {
    const port = await freePort();
    const lines: string[] = [];
    let gaveUp: string | undefined;
    const supervised = await superviseCrasher(port, {
      restart: { firstDelayMs: 100, maxDelayMs: 200, healthyAfterMs: 60_000, maxRestarts: 3, windowMs: 60_000 },
      report: (line) => lines.push(line),
      onGiveUp: (name, reason) => (gaveUp = `${name}: ${reason}`),
    });
    await waitUntil(() => gaveUp !== undefined, 20_000);
    await supervised.stop();
    expect(gaveUp).toBe("crasher: exit code 3; restarted 3 times within 60 s");
    expect(lines.filter((line) => line.startsWith("crasher stopped unexpectedly"))).toEqual([
      "crasher stopped unexpectedly (exit code 3); restarting it in 0.1 s (restart 1 of at most 3 within 60 s)",
      "crasher stopped unexpectedly (exit code 3); restarting it in 0.2 s (restart 2 of at most 3 within 60 s)",
      "crasher stopped unexpectedly (exit code 3); restarting it in 0.2 s (restart 3 of at most 3 within 60 s)",
    ]);
    expect(lines.filter((line) => line.startsWith("crasher is running again"))).toHaveLength(3);
  });

  it("without a restart policy, the first exit is final (the browser tests fail fast)", async () => {
    const port = await freePort();
    let gaveUp: string | undefined;
    const supervised = await superviseCrasher(port, {
      onGiveUp: (name, reason) => (gaveUp = `${name}: ${reason}`),
    });
    await waitUntil(() => gaveUp !== undefined, 10_000);
    expect(gaveUp).toBe("crasher: exit code 3");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await answers(`http://127.0.0.1:${port}/`)).toBe(false);
    await supervised.stop();
  });

  it("npm start's product restarts a killed API, which answers again while the web app keeps running", async () => {
    const config = readInfraConfig({ DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: "0", EMBEDDED_MEILI_PORT: "0" });
    const services = await startServices({ config, disposable: true });
    const lines: string[] = [];
    const stopped: string[] = [];
    try {
      const product = await startProduct({
        services,
        apiPort: await freePort(),
        webPort: await freePort(),
        stdio: "ignore",
        restart: RESTART_WITH_BACKOFF,
        report: (line) => lines.push(line),
        onUnexpectedExit: (name) => stopped.push(name),
      });
      try {
        const killed = product.pid("api")!;
        const web = product.pid("web");
        process.kill(killed, "SIGKILL");
        await waitUntil(() => lines.some((line) => line.startsWith("api is running again")), 120_000);
        expect(lines).toContain(
          "api stopped unexpectedly (signal SIGKILL); restarting it in 1 s (restart 1 of at most 5 within 300 s)",
        );
        expect(product.pid("api")).not.toBe(killed);
        expect(await answers(`${product.apiUrl}/healthz`)).toBe(true);
        const response = await fetch(`${product.apiUrl}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        expect(await response.json()).toEqual({ data: { __typename: "Query" } });
        expect(product.pid("web")).toBe(web);
        expect(await answers(`${product.webUrl}/healthz`)).toBe(true);
        expect(stopped).toEqual([]);
      } finally {
        await product.stop();
      }
    } finally {
      await services.stop();
    }
  }, 300_000);
});
