type Stopper = () => Promise<void>;

const stoppers: Stopper[] = [];
let installed = false;
let stopping: Promise<void> | undefined;

/** Runs every registered stopper once, newest first (services stop after the processes that use them). */
export function stopAll(): Promise<void> {
  stopping ??= (async () => {
    for (const stop of stoppers.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        console.error("[infra] error while stopping:", error);
      }
    }
  })();
  return stopping;
}

/**
 * Registers a cleanup that runs on SIGINT, SIGTERM and SIGHUP, so Ctrl-C or a
 * supervisor's stop leaves no database or search process behind.
 */
export function onShutdown(stop: Stopper): void {
  stoppers.push(stop);
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      void stopAll().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
}
