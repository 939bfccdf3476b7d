import { pino, type Logger } from "pino";

export type { Logger };

/** One structured logger for the process; request handlers derive children carrying a request id. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "claimgraph" } });
}
