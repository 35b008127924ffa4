import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, isPortFree, pickPort } from "../src/ports.js";

let blocker: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())));

describe("port choice", () => {
  it("keeps the preferred port when it is free", async () => {
    const port = await freePort();
    expect(await pickPort(port)).toBe(port);
  });

  it("falls back to another free port when the preferred one is taken", async () => {
    const port = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker!.listen(port, "127.0.0.1", resolve));
    expect(await isPortFree(port)).toBe(false);
    const chosen = await pickPort(port);
    expect(chosen).not.toBe(port);
    expect(await isPortFree(chosen)).toBe(true);
  });
});
