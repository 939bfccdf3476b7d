// The first end-to-end path: a node written through Bolt is read back through GraphQL over HTTP,
// and the health endpoints tell whether Neo4j answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Database } from "../../src/db/database.js";
import type { RunningServer } from "../../src/server.js";
import { gql, openTestDb, resetGraph, startTestServer, testLogger } from "../support/graph.js";

let db: Database;
let server: RunningServer;

beforeAll(async () => {
  db = openTestDb();
  await resetGraph(db);
  server = await startTestServer(db);
});

afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe("foundation", () => {
  it("reads through HTTP GraphQL what was written through Bolt", async () => {
    const before = await gql<{ stats: { actors: number } }>(server.url, "{ stats { actors } }");
    expect(before.data?.stats.actors).toBe(0);
    await db.write((tx) => tx.run("CREATE (:Actor {id: $id, name: $name})", { id: "probe-actor", name: "Probe" }));
    const after = await gql<{ stats: { actors: number } }>(server.url, "{ stats { actors } }");
    expect(after.status).toBe(200);
    expect(after.data?.stats.actors).toBe(1);
  });

  it("answers /livez and /readyz while Neo4j is up", async () => {
    const base = server.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("says 503 on /readyz when Neo4j does not answer", async () => {
    const unreachable = new Database({
      uri: "bolt://127.0.0.1:1",
      user: "neo4j",
      password: "x",
      database: "neo4j",
      timeoutMs: 1000,
      logger: testLogger,
    });
    const down = await startTestServer(unreachable);
    try {
      const res = await fetch(down.url.replace(/\/graphql$/, "/readyz"));
      expect(res.status).toBe(503);
      const body = await gql(down.url, "{ stats { actors } }");
      expect(body.errors?.[0]?.extensions?.code).toBe("SERVICE_UNAVAILABLE");
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|Neo4jError|at .*\.js/);
    } finally {
      await down.stop();
      await unreachable.close();
    }
  });

  it("answers malformed JSON with a JSON error, not an HTML page", async () => {
    const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{bad" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("BAD_REQUEST");
  });
});
