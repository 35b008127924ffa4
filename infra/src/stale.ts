import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, "utf8").split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * A service's data folder records which process started it (`owner.pid`) and
 * the service's own pid. If the owner died without stopping the service (a
 * SIGKILL, a crashed terminal), the service is an orphan and is stopped here;
 * if the owner is still alive another copy of the project is using the folder,
 * and we refuse rather than share it.
 */
export async function claimDataDir(dir: string, serviceName: string, servicePidFile: string): Promise<void> {
  const ownerFile = join(dir, "owner.pid");
  const owner = readPid(ownerFile);
  const service = readPid(servicePidFile);
  if (owner !== undefined && owner !== process.pid && isAlive(owner) && service !== undefined && isAlive(service)) {
    throw new Error(
      `${serviceName} in ${dir} is already in use by process ${owner}. ` +
        `Stop that process first, or point this one at other servers (DATABASE_URL / MEILI_URL) or another data folder (DATA_DIR).`,
    );
  }
  if (service !== undefined && isAlive(service)) {
    console.warn(`[infra] stopping ${serviceName} (pid ${service}) left behind by an earlier run`);
    process.kill(service, "SIGTERM");
    if (!(await waitForExit(service, 15_000))) {
      process.kill(service, "SIGKILL");
      await waitForExit(service, 5_000);
    }
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(ownerFile, `${process.pid}\n`);
}

export function writePidFile(file: string, pid: number): void {
  writeFileSync(file, `${pid}\n`);
}

export function removePidFile(file: string): void {
  rmSync(file, { force: true });
}
