import type { Logger } from "../config/logger.js";
import type { Database } from "../db/database.js";
import { QueryCounter } from "../db/database.js";

/** Per-request state handed to every resolver. */
export interface GraphContext {
  requestId: string;
  log: Logger;
  db: Database;
  /** Cypher statements sent for this operation; reported with `x-debug-cypher: 1`. */
  cypher: QueryCounter;
  /** The bearer token the request carried, if any; mutations check it. */
  bearerToken?: string;
  /** The token the server is configured with; unset means mutations are refused. */
  apiToken?: string;
  /** Per-request memo for loaders and look-ahead results, keyed by their owner. */
  cache: Map<string, unknown>;
}

export function createContext(base: Omit<GraphContext, "cypher" | "cache">): GraphContext {
  return { ...base, cypher: new QueryCounter(), cache: new Map() };
}
