// Test helpers that talk to the real Neo4j of the test run and to a real HTTP server.
import { afterAll, beforeAll, inject } from "vitest";
import { loadConfig } from "../../src/config/config.js";
import { createLogger } from "../../src/config/logger.js";
import { Database } from "../../src/db/database.js";
import { applyGraphSchema } from "../../src/db/graph-schema.js";
import { buildGraphSchema } from "../../src/graphql/schema.js";
import { seedGraph } from "../../src/seed/seed-graph.js";
import { startServer, type RunningServer } from "../../src/server.js";

export const testLogger = createLogger(process.env.TEST_LOG_LEVEL ?? "silent");

export function openTestDb(): Database {
  const config = loadConfig({ ...process.env, NEO4J_URI: inject("neo4jUri") });
  return new Database({
    uri: inject("neo4jUri"),
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
    timeoutMs: 10_000,
    logger: testLogger,
  });
}

export async function resetGraph(db: Database): Promise<void> {
  await db.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
}

/** An empty graph with schema applied and the seed articles loaded. */
export async function seededGraph(db: Database): Promise<void> {
  await applyGraphSchema(db);
  await resetGraph(db);
  await seedGraph(db);
}

/** Counts of every node label and relationship type, to compare before and after a write. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const rows = await db.read((tx) =>
    tx.run<{ key: string; n: number }>(`
      CALL () { MATCH (n) UNWIND labels(n) AS l RETURN 'node:' + l AS key, count(*) AS n
        UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS key, count(*) AS n }
      RETURN key, n ORDER BY key`),
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.n]));
}

export const TEST_API_TOKEN = "test-token-0123456789abcdef";

/** `apiToken: null` starts a server with writes disabled. */
export async function startTestServer(db: Database, production = false, apiToken: string | null = TEST_API_TOKEN): Promise<RunningServer> {
  return startServer({
    config: { host: "127.0.0.1", port: 0, production, apiToken: apiToken ?? undefined },
    db,
    logger: testLogger,
    schema: await buildGraphSchema(),
  });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown>; path?: unknown[] }[];
  extensions?: Record<string, unknown>;
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: res.status, ...body };
}

export interface TestServer {
  db: Database;
  server: RunningServer;
}

/**
 * Registers the usual suite set-up: a driver to the test Neo4j, optionally the seeded graph, and a
 * real HTTP server; both closed after the suite. Read `db` and `server` inside tests only.
 */
export function useTestServer(opts: { seed?: boolean } = {}): TestServer {
  const t = {} as TestServer;
  beforeAll(async () => {
    t.db = openTestDb();
    if (opts.seed) await seededGraph(t.db);
    t.server = await startTestServer(t.db);
  });
  afterAll(async () => {
    await t.server?.stop();
    await t.db?.close();
  });
  return t;
}
