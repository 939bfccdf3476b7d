import { createRequire } from "node:module";
import { pino, type Logger } from "pino";

export type { Logger };

const require = createRequire(import.meta.url);

/** Readable lines for a person at a terminal when pino-pretty is installed; JSON lines otherwise. */
function prettyTransport(): { target: string } | undefined {
  if (!process.stdout.isTTY) return undefined;
  try {
    return { target: require.resolve("pino-pretty") };
  } catch {
    return undefined;
  }
}

/** One structured logger for the process; request handlers derive children carrying a request id. */
export function createLogger(level: string, options: { pretty?: boolean } = {}): Logger {
  const transport = options.pretty ? prettyTransport() : undefined;
  return pino({ level, base: { service: "claimgraph" }, ...(transport ? { transport } : {}) });
}
