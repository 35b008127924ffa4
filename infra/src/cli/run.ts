import { spawn, type SpawnOptions } from "node:child_process";
import { trackChild } from "../children.js";

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function runToCompletion(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options });
    trackChild(child);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${[command, ...args].join(" ")} exited with ${signal ?? `code ${code}`}`));
    });
  });
}
