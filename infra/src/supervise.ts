import type { ChildProcess } from "node:child_process";
import { terminate, trackChild } from "./children.js";

/** Polls a health URL until it answers 2xx; fails early when the process behind it has gone. */
export async function waitForHealth(healthUrl: string, timeoutMs: number, isRunning: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning()) throw new Error("exited during start");
    try {
      const response = await fetch(healthUrl);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`did not answer ${healthUrl} within ${timeoutMs / 1000}s`);
}

/** When and how often a process that stops unexpectedly is started again. */
export interface RestartPolicy {
  /** Wait before the first restart; each quick failure after it doubles the wait. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A process that has run this long counts as healthy: its next restart waits firstDelayMs again. */
  healthyAfterMs: number;
  /** Give up (and report the process as stopped) once it has been restarted this many times within windowMs. */
  maxRestarts: number;
  windowMs: number;
}

/** What `npm start` does: 1 s doubling to 30 s, back to 1 s after a healthy minute, at most 5 restarts in 5 minutes. */
export const RESTART_WITH_BACKOFF: RestartPolicy = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  healthyAfterMs: 60_000,
  maxRestarts: 5,
  windowMs: 5 * 60_000,
};

export interface SuperviseOptions {
  /** Shown in messages ("api", "Meilisearch"). */
  name: string;
  /** Starts the process once; called again for each restart. */
  spawn: () => ChildProcess;
  healthUrl: string;
  startTimeoutMs: number;
  /** Without one, the first unexpected exit is final: tests want to fail fast rather than run on a restarted process. */
  restart?: RestartPolicy;
  report?: (line: string) => void;
  /** Called once when the process has stopped for good while it was meant to run (no policy, or it kept failing). */
  onGiveUp?: (name: string, reason: string) => void;
}

export interface Supervised {
  /** The process running now (a restart replaces it). */
  child(): ChildProcess;
  stop(): Promise<void>;
}

const seconds = (ms: number) => `${ms / 1000} s`;

/**
 * Starts a process and waits until its health URL answers (a failure then
 * rejects: nothing is restarted before it has once been healthy). After that,
 * an unexpected exit restarts it with backoff under `restart`, saying so
 * through `report`, until it fails too often and `onGiveUp` is called.
 */
export async function supervise(options: SuperviseOptions): Promise<Supervised> {
  const { name, restart } = options;
  const report = options.report ?? (() => undefined);
  let stopping = false;
  // Until the first start is healthy a failure is the caller's (startup rejects), never a restart.
  let armed = false;
  let current: ChildProcess;
  let startedAt = 0;
  let delayMs = restart?.firstDelayMs ?? 0;
  let timer: NodeJS.Timeout | undefined;
  const restarts: number[] = [];

  const giveUp = (reason: string) => {
    stopping = true;
    options.onGiveUp?.(name, reason);
  };

  const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
    if (stopping || !armed) return;
    const reason = signal ? `signal ${signal}` : `exit code ${code}`;
    if (!restart) return giveUp(reason);
    const now = Date.now();
    while (restarts.length && restarts[0]! <= now - restart.windowMs) restarts.shift();
    if (restarts.length >= restart.maxRestarts) {
      return giveUp(`${reason}; restarted ${restarts.length} times within ${seconds(restart.windowMs)}`);
    }
    if (now - startedAt >= restart.healthyAfterMs) delayMs = restart.firstDelayMs;
    restarts.push(now);
    report(
      `${name} stopped unexpectedly (${reason}); restarting it in ${seconds(delayMs)} ` +
        `(restart ${restarts.length} of at most ${restart.maxRestarts} within ${seconds(restart.windowMs)})`,
    );
    timer = setTimeout(() => void restartNow(), delayMs);
    delayMs = Math.min(delayMs * 2, restart.maxDelayMs);
  };

  const launch = () => {
    current = options.spawn();
    trackChild(current);
    startedAt = Date.now();
    current.once("exit", onExit);
    return current;
  };

  const healthy = (child: ChildProcess) =>
    waitForHealth(options.healthUrl, options.startTimeoutMs, () => !stopping && child.exitCode === null);

  const restartNow = async () => {
    timer = undefined;
    if (stopping) return;
    const child = launch();
    try {
      await healthy(child);
      report(`${name} is running again (pid ${child.pid})`);
    } catch (error) {
      // An exit has already scheduled the next restart; a process that hangs unhealthy is stopped so it does.
      if (child.exitCode === null && !stopping) {
        report(`${name} ${(error as Error).message}; stopping it`);
        child.kill("SIGKILL");
      }
    }
  };

  const stop = async () => {
    stopping = true;
    clearTimeout(timer);
    await terminate(current);
  };

  const first = launch();
  try {
    await healthy(first);
    armed = true;
  } catch (error) {
    await stop();
    throw error;
  }
  return { child: () => current, stop };
}
