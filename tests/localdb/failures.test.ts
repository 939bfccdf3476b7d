// Expected failures must reach people as one actionable line: busy port, locked store, missing tools.
import { spawn } from "node:child_process";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { ensureLauncherBuilt } from "../../src/localdb/build.js";
import { LocalNeo4jError, startLocalNeo4j, type LocalNeo4j } from "../../src/localdb/index.js";
import { LAUNCHER_CLASS } from "../../src/localdb/paths.js";
import { findOnPath } from "../../src/localdb/preflight.js";
import { binDirWith, freshCheckout, launcherPids, removeTempDirs, runCli, stackFrames, tempDir } from "./support.js";

const cleanup: Array<() => Promise<void>> = [];

afterAll(async () => {
  await Promise.all(cleanup.map((f) => f()));
  removeTempDirs();
});

/** Occupies a loopback port the way another program would. */
async function occupyPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanup.push(() => new Promise((resolve) => server.close(() => resolve())));
  return (server.address() as net.AddressInfo).port;
}

/** Runs the Java launcher directly, without the Node-side checks in front of it. */
async function runLauncher(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const classpath = await ensureLauncherBuilt();
  const child = spawn(findOnPath("java") ?? "java", [LAUNCHER_CLASS, ...args], {
    env: { ...process.env, CLASSPATH: classpath },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  return { code, stdout, stderr };
}

async function failure(p: Promise<unknown>): Promise<LocalNeo4jError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LocalNeo4jError);
  return e as LocalNeo4jError;
}

describe("local Neo4j failures", () => {
  it("reports a busy port before starting a JVM", async () => {
    const port = await occupyPort();
    const storeDir = tempDir("store");
    const err = await failure(startLocalNeo4j({ storeDir, boltPort: port }));
    expect(err.code).toBe("PORT_BUSY");
    expect(err.message).toContain(`port ${port} is busy`);
    expect(err.message).not.toContain("\n");
    expect(launcherPids(storeDir)).toEqual([]);
  });

  it("makes the launcher itself exit 1 with one ERROR line on a busy port", async () => {
    const port = await occupyPort();
    const res = await runLauncher(["--store", tempDir("store"), "--port", String(port)]);
    expect(res).toEqual({
      code: 1,
      stdout: "",
      stderr: `ERROR: port ${port} is busy (something already listens on 127.0.0.1:${port})\n`,
    });
  }, 60_000);

  it("makes the launcher itself exit 1 with one ERROR line on a locked store", async () => {
    const storeDir = tempDir("store");
    const first = await startLocalNeo4j({ storeDir, heapMb: 256, pageCacheMb: 64 });
    cleanup.push(() => first.stop());
    const res = await runLauncher(["--store", storeDir, "--port", "0"]);
    expect(res).toEqual({ code: 1, stdout: "", stderr: `ERROR: store ${storeDir} is locked by another Neo4j process\n` });
    await first.stop();
  }, 120_000);

  it("refuses a store another Neo4j process holds, and leaves that one running", async () => {
    const storeDir = tempDir("store");
    const first: LocalNeo4j = await startLocalNeo4j({ storeDir, heapMb: 256, pageCacheMb: 64 });
    cleanup.push(() => first.stop());
    const err = await failure(startLocalNeo4j({ storeDir, heapMb: 256, pageCacheMb: 64 }));
    expect(err.code).toBe("STORE_LOCKED");
    expect(err.message).toContain(`store ${storeDir} is locked by another Neo4j process`);
    expect(err.message).not.toContain("\n");
    expect(launcherPids(storeDir)).toEqual([first.pid]);
    await first.stop();
    expect(launcherPids(storeDir)).toEqual([]);
  }, 120_000);

  it("tells what to do when java is not on PATH", async () => {
    const res = await runCli(freshCheckout(), "start", { PATH: binDirWith(), CLAIMGRAPH_LOCAL_BOLT_PORT: "0" });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toContain("Java is not on PATH: install a JDK 17 or 21");
    expect(res.stderr).toContain("docker compose up neo4j, then set NEO4J_URI=bolt://localhost:7687");
    expect(stackFrames(res.stderr)).toEqual([]);
  }, 60_000);

  it("tells what to do when mvn is not on PATH and the launcher is not built", async () => {
    const res = await runCli(freshCheckout(), "start", { PATH: binDirWith("java"), CLAIMGRAPH_LOCAL_BOLT_PORT: "0" });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toContain("Maven (`mvn`) is not on PATH and the Neo4j launcher in neo4j/ is not built yet");
    expect(res.stderr).toContain("docker compose up neo4j, then set NEO4J_URI=bolt://localhost:7687");
    expect(stackFrames(res.stderr)).toEqual([]);
  }, 60_000);
});
