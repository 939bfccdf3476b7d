// Shared start-up for the server and the command-line tools: find or start the database, connect
// within a deadline and make sure constraints and indexes exist.
import type { Config } from "./config/config.js";
import type { Logger } from "./config/logger.js";
import { connectDatabase } from "./db/connect.js";
import type { Database } from "./db/database.js";
import { applyGraphSchema } from "./db/graph-schema.js";
import { checkoutNeo4jStatus, ensureCheckoutNeo4j, stopCheckoutNeo4j } from "./localdb/index.js";

export interface OpenGraph {
  db: Database;
  /** Closes the driver and stops the local Neo4j if this process started it. */
  close(): Promise<void>;
}

export async function openGraph(config: Config, logger: Logger): Promise<OpenGraph> {
  let startedLocal = false;
  const startLocal = async (): Promise<string> => {
    const before = await checkoutNeo4jStatus();
    logger.info(before.running ? "reusing this checkout's local Neo4j" : "starting a local Neo4j for this checkout");
    const local = await ensureCheckoutNeo4j();
    startedLocal = !before.running;
    return local.boltUri;
  };
  const uri = config.neo4jUri ?? (await startLocal());
  const stopLocal = async () => {
    // Leave nothing behind that this command started; a Neo4j from `npm run db:start` keeps running.
    if (startedLocal) await stopCheckoutNeo4j().catch((err: unknown) => logger.error({ err }, "neo4j stop failed"));
  };
  let db: Database | undefined;
  try {
    db = await connectDatabase(config, uri, logger);
    await applyGraphSchema(db);
  } catch (error) {
    await db?.close().catch(() => undefined);
    await stopLocal();
    throw error;
  }
  const opened = db;
  return {
    db: opened,
    close: async () => {
      await opened.close().catch((err: unknown) => logger.error({ err }, "driver close failed"));
      await stopLocal();
    },
  };
}
