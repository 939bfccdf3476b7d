// npm run db:start | db:stop | db:status — this checkout's local Neo4j (see src/localdb).
// Progress goes to stderr and the Bolt URI is the last line of stdout, so `$(npm run -s db:start)` yields the URI.
import {
  LocalNeo4jError,
  checkoutNeo4jStatus,
  ensureCheckoutNeo4j,
  stopCheckoutNeo4j,
} from "../../src/localdb/index.js";

const USAGE = "usage: tsx scripts/db/cli.ts start|stop|status";
const DOCKER_HINT =
  "  Or use Docker instead: docker compose up neo4j, then set NEO4J_URI=bolt://localhost:7687 for the app and tests.";

async function run(command: string | undefined): Promise<number> {
  switch (command) {
    case "start": {
      const db = await ensureCheckoutNeo4j({ onLog: (line) => console.error(line) });
      console.log(db.boltUri);
      return 0;
    }
    case "stop": {
      const stopped = await stopCheckoutNeo4j();
      console.log(stopped ? "Neo4j stopped." : "Neo4j was not running.");
      return 0;
    }
    case "status": {
      const s = await checkoutNeo4jStatus();
      if (s.running) console.log(`Neo4j is running at ${s.boltUri} (pid ${s.pid}, store ${s.storeDir}).`);
      else if (s.pid) console.log(`Neo4j (pid ${s.pid}) is starting or not answering on Bolt (store ${s.storeDir}).`);
      else console.log(`Neo4j is not running (store ${s.storeDir}); start it with npm run db:start.`);
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

const command = process.argv[2];
run(command).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    // Expected failures carry a message that says what to do; anything else is reported in one line too,
    // since a stack trace helps nobody who just wants a database.
    const message = e instanceof LocalNeo4jError ? e.message : e instanceof Error ? e.message : String(e);
    console.error(`Neo4j ${command ?? ""} failed: ${message.split("\n")[0]}`);
    if (command === "start") console.error(DOCKER_HINT);
    process.exitCode = 1;
  },
);
