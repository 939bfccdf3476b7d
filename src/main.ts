// `npm start`: configuration, database (a local Neo4j started for this checkout unless NEO4J_URI
// names one), graph schema, seed data on an empty graph, then the HTTP server until SIGINT/SIGTERM.
import "reflect-metadata";
import { openGraph, type OpenGraph } from "./bootstrap.js";
import { loadConfig, loadDotEnv } from "./config/config.js";
import { createLogger } from "./config/logger.js";
import { buildGraphSchema } from "./graphql/schema.js";
import { runCli } from "./run-cli.js";
import { seedIfEmpty } from "./seed/seed-graph.js";
import { startServer, type RunningServer } from "./server.js";

runCli(async () => {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, { pretty: !config.production });
  // Filled in as start-up proceeds; a signal at any point stops what exists so far.
  const running: { graph?: OpenGraph; server?: RunningServer } = {};
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Still starting: the start-up path sees `stopping` once the database is open and stops it then,
    // so a Neo4j that is half-way up is not left running.
    if (!running.graph) return;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    await running.server?.stop().catch((err: unknown) => logger.error({ err }, "server stop failed"));
    await running.graph?.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  const graph = await openGraph(config, logger);
  running.graph = graph;
  if (stopping) {
    await graph.close();
    process.exit(0);
  }
  let server: RunningServer;
  try {
    const seeded = await seedIfEmpty(graph.db, logger);
    if (seeded) logger.info(seeded, "empty graph seeded");
    server = await startServer({ config, db: graph.db, logger, schema: await buildGraphSchema() });
    running.server = server;
  } catch (error) {
    await graph.close();
    throw error;
  }
  logger.info({ url: server.url }, "claimgraph is serving");
  console.log(`claimgraph API: ${server.url}  (open it in a browser for the playground)`);
});
