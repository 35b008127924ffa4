#!/usr/bin/env node
/**
 * `with-services -- command args...`: runs one command with DATABASE_URL,
 * MEILI_URL and MEILI_MASTER_KEY set, starting embedded servers first when
 * none are configured and stopping them afterwards.
 */
import { onShutdown, stopAll } from "../shutdown.js";
import { startServices, serviceEnv } from "../services.js";
import { runToCompletion } from "./run.js";

const separator = process.argv.indexOf("--");
const [command, ...args] = separator === -1 ? [] : process.argv.slice(separator + 1);
if (!command) {
  console.error("usage: with-services -- <command> [args...]");
  process.exit(2);
}

const services = await startServices({ report: (line) => console.error(line) }).catch((error: Error) => {
  console.error(`[services] ${error.message}`);
  process.exit(1);
});
onShutdown(services.stop);
let exitCode = 0;
try {
  await runToCompletion(command, args, { env: { ...process.env, ...serviceEnv(services) } });
} catch (error) {
  console.error((error as Error).message);
  exitCode = 1;
}
await stopAll();
process.exit(exitCode);
