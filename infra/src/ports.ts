import { createServer } from "node:net";

/** Resolves true when nothing is listening on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** Asks the kernel for a port nobody is using right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not read the port the kernel assigned"));
      });
    });
  });
}

/**
 * The preferred port when it is free, otherwise any free one: a developer who
 * already runs PostgreSQL on the default port still gets a working start.
 * `preferred` of 0 means "any free port".
 */
export async function pickPort(preferred: number): Promise<number> {
  if (preferred > 0 && (await isPortFree(preferred))) return preferred;
  return freePort();
}
