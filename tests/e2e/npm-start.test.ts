// `npm start`'s process as a person runs it: with its own local Neo4j (seeded, served, Ctrl-C
// stops both), and against an unreachable NEO4J_URI (a clear failure once its timeout has passed).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

function startMain(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: { ...process.env, LOG_LEVEL: "warn", NEO4J_URI: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitFor(pattern: RegExp, output: () => string, timeoutMs: number): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = pattern.exec(output());
    if (m) return m;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${pattern}; output so far:\n${output()}`);
}

/** Running, as opposed to gone or a zombie waiting for its parent to collect it. */
const alive = (pid: number) => {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
};

describe("npm start", () => {
  it("starts a local Neo4j, seeds it, serves the API, and leaves nothing running after Ctrl-C", async () => {
    const store = await mkdtemp(path.join(os.tmpdir(), "claimgraph-start-"));
    const main = startMain({ CLAIMGRAPH_LOCAL_STORE: store, CLAIMGRAPH_LOCAL_BOLT_PORT: String(await freePort()), PORT: "0" });
    try {
      const [, url] = await waitFor(/claimgraph API: (http:\/\/\S+\/graphql)/, main.output, 180_000);
      const launcher = JSON.parse(await readFile(path.join(store, "launcher.json"), "utf8")) as { pid: number };
      expect(alive(launcher.pid)).toBe(true);
      const res = await fetch(url!, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ stats { articles claims } }" }) });
      const body = (await res.json()) as { data: { stats: { articles: number; claims: number } } };
      expect(body.data.stats.articles).toBe(1);
      expect(body.data.stats.claims).toBeGreaterThanOrEqual(10);
      expect((await fetch(url!.replace(/graphql$/, "readyz"))).status).toBe(200);

      main.child.kill("SIGINT");
      expect(await main.exited).toBe(0);
      expect(alive(launcher.pid)).toBe(false);
    } finally {
      main.child.kill("SIGKILL");
      await rm(store, { recursive: true, force: true });
    }
  }, 240_000);

  it("exits non-zero once NEO4J_TIMEOUT_SECONDS have passed, naming the URI, when NEO4J_URI cannot be reached", async () => {
    const started = Date.now();
    const main = startMain({ NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_TIMEOUT_SECONDS: "3", PORT: "0" });
    const code = await main.exited;
    expect(code).not.toBe(0);
    // The timeout, and starting the process (compiling the sources with tsx takes seconds on a busy machine).
    expect(Date.now() - started).toBeLessThan(3_000 + 10_000);
    expect(main.output()).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
    expect(main.output()).not.toMatch(/\n\s+at /);
  }, 30_000);

  it("refuses an invalid setting with a message naming it", async () => {
    const main = startMain({ PORT: "not-a-port" });
    expect(await main.exited).toBe(1);
    expect(main.output()).toMatch(/PORT/);
  }, 30_000);
});
