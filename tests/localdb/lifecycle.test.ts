// A real Neo4j through startLocalNeo4j: fresh store, Bolt answers, clean stop, nothing left running.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from "../../src/localdb/index.js";
import { isAlive } from "../../src/localdb/state.js";
import { launcherPids, removeTempDirs, tempDir } from "./support.js";

const started: LocalNeo4j[] = [];

async function start(storeDir: string, readyTimeoutMs?: number): Promise<LocalNeo4j> {
  const db = await startLocalNeo4j({ storeDir, boltPort: 0, heapMb: 256, pageCacheMb: 64, readyTimeoutMs });
  started.push(db);
  return db;
}

async function query<T>(boltUri: string, cypher: string, key: string): Promise<T> {
  const driver = neo4j.driver(boltUri);
  try {
    const { records } = await driver.executeQuery(cypher);
    return records[0]?.get(key) as T;
  } finally {
    await driver.close();
  }
}

afterAll(async () => {
  await Promise.all(started.map((db) => db.stop()));
  removeTempDirs();
});

describe("startLocalNeo4j", () => {
  it("starts on an empty store, answers Bolt, and stops clean with no process left", async () => {
    const storeDir = tempDir("store");
    const db = await start(storeDir);
    expect(db.boltUri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(isAlive(db.pid)).toBe(true);
    expect((await query<neo4j.Integer>(db.boltUri, "RETURN 1 AS x", "x")).toNumber()).toBe(1);
    await query(db.boltUri, "CREATE (:Probe {at: datetime()}) RETURN 1 AS ok", "ok");

    await db.stop();
    expect(isAlive(db.pid)).toBe(false);
    expect(existsSync(path.join(storeDir, "launcher.json"))).toBe(false);
    const debugLog = path.join(storeDir, "logs", "debug.log");
    expect(readFileSync(debugLog, "utf8")).toMatch(/Stopped 'DatabaseId\{\w+\[neo4j\]\}' successfully/);

    // A clean shutdown means the next start needs no transaction log recovery, and the data is there.
    const before = readFileSync(debugLog, "utf8").length;
    const again = await start(storeDir);
    const count = await query<neo4j.Integer>(again.boltUri, "MATCH (p:Probe) RETURN count(p) AS n", "n");
    expect(count.toNumber()).toBe(1);
    expect(readFileSync(debugLog, "utf8").slice(before)).not.toContain("Recovery required");
    await again.stop();
    expect(isAlive(again.pid)).toBe(false);
    expect(launcherPids(storeDir)).toEqual([]);
  }, 120_000);

  it("gives up with NOT_READY when Bolt is not up in time, leaving no process behind", async () => {
    const storeDir = tempDir("store");
    const err = await start(storeDir, 50).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocalNeo4jError);
    expect((err as LocalNeo4jError).code).toBe("NOT_READY");
    expect((err as Error).message).toMatch(/did not accept Bolt connections within/);
    expect(launcherPids(storeDir)).toEqual([]);
  }, 60_000);
});
