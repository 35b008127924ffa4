import type { ChildProcess } from "node:child_process";

const children = new Set<ChildProcess>();
let hooked = false;

/**
 * Remembers a child process so it is signalled even when this process exits
 * abruptly (an uncaught error, or a library calling process.exit while our
 * async shutdown is still running): nothing we start outlives us.
 */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once("exit", () => children.delete(child));
  if (hooked) return;
  hooked = true;
  process.on("exit", () => {
    for (const running of children) running.kill("SIGTERM");
  });
}

/** Sends SIGTERM and resolves when the child has exited (SIGKILL after the grace period). */
export function terminate(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
