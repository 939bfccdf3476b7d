// The server against the GraphQL-over-HTTP spec, audited by graphql-http: every MUST holds.
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import type { RunningServer } from "../../src/server.js";
import { openTestDb, startTestServer } from "../support/graph.js";

let db: Database;
let server: RunningServer;

beforeAll(async () => {
  db = openTestDb();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

describe("GraphQL over HTTP", () => {
  it("passes every MUST audit", async () => {
    const audits = serverAudits({ url: server.url });
    const failures: string[] = [];
    let warnings = 0;
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status === "ok") continue;
      if (audit.name.startsWith("MUST")) failures.push(`${audit.name}: ${result.reason}`);
      else warnings += 1;
    }
    console.log(`${audits.length} audits, ${failures.length} MUST failures, ${warnings} SHOULD/MAY notices`);
    expect(failures).toEqual([]);
  });
});
