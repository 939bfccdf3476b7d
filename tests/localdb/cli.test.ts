// npm run db:start / db:status / db:stop end to end, in a fresh copy of the checkout (its own build and store).
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { freshCheckout, launcherPids, removeTempDirs, runCli } from "./support.js";
import path from "node:path";

const checkout = freshCheckout();
const storeDir = path.join(checkout, ".data", "neo4j");
// Port 0: the OS picks one, so the test never meets a developer's Neo4j on 7687.
const env = { CLAIMGRAPH_LOCAL_BOLT_PORT: "0" };

afterAll(async () => {
  await runCli(checkout, "stop", env);
  removeTempDirs();
});

function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1) ?? "";
}

describe("scripts/db/cli.ts", () => {
  it("builds, starts, reuses, reports and stops this checkout's Neo4j", async () => {
    const first = await runCli(checkout, "start", env);
    expect(first.stderr).toContain("Building the Neo4j launcher");
    expect(first.code).toBe(0);
    const uri = lastLine(first.stdout);
    expect(uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);

    const driver = neo4j.driver(uri);
    try {
      const { records } = await driver.executeQuery("RETURN 1 AS x");
      expect(records[0]?.get("x").toNumber()).toBe(1);
    } finally {
      await driver.close();
    }

    const second = await runCli(checkout, "start", env);
    expect(second.code).toBe(0);
    expect(lastLine(second.stdout)).toBe(uri);
    expect(second.stderr).toContain("already runs");
    expect(launcherPids(storeDir)).toHaveLength(1);

    const status = await runCli(checkout, "status", env);
    expect(status.stdout).toContain(`Neo4j is running at ${uri}`);

    const stop = await runCli(checkout, "stop", env);
    expect(stop.code).toBe(0);
    expect(stop.stdout).toContain("Neo4j stopped.");
    expect(launcherPids(storeDir)).toEqual([]);

    const after = await runCli(checkout, "status", env);
    expect(after.stdout).toContain("Neo4j is not running");
    expect((await runCli(checkout, "stop", env)).stdout).toContain("Neo4j was not running.");
  }, 180_000);
});
