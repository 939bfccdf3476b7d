import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import { Database } from "./database.js";

export class StartupError extends Error {}

const CONNECT_DEADLINE_MS = 12_000;

/**
 * Opens the driver and waits until the database answers, retrying while it boots for NEO4J_TIMEOUT_SECONDS (at most
 * 12 s), then gives up with a message naming the URI so a person knows what was tried.
 */
export async function connectDatabase(config: Config, uri: string, logger: Logger): Promise<Database> {
  const waitMs = Math.min(config.neo4jTimeoutMs, CONNECT_DEADLINE_MS);
  const db = new Database({
    uri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    timeoutMs: waitMs,
    logger,
  });
  const deadline = Date.now() + waitMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await db.verify();
      return db;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  await db.close().catch(() => undefined);
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  throw new StartupError(
    `Cannot reach Neo4j at ${uri} (database "${config.neo4jDatabase}"): ${reason}. ` +
      "Check NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, or unset NEO4J_URI to use a local Neo4j started for you.",
  );
}
