import { pino, type Logger } from "pino";

export type { Logger };

/** Structured JSON logs on stdout; every request's lines carry its request id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "api" }, timestamp: pino.stdTimeFunctions.isoTime });
}
