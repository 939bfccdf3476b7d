// `npm run seed`: loads seeds/ into the configured (or this checkout's local) Neo4j. Idempotent.
import "reflect-metadata";
import { openGraph } from "./bootstrap.js";
import { loadConfig, loadDotEnv } from "./config/config.js";
import { createLogger } from "./config/logger.js";
import { runCli } from "./run-cli.js";
import { seedGraph } from "./seed/seed-graph.js";

runCli(async () => {
  loadDotEnv();
  const config = loadConfig();
  const graph = await openGraph(config, createLogger(config.logLevel));
  try {
    const summary = await seedGraph(graph.db, process.argv[2]);
    console.log(
      `seeded ${summary.articles} article(s): ${summary.claims} claims, ${summary.events} events, ${summary.actors} actors`,
    );
  } finally {
    await graph.close();
  }
});
