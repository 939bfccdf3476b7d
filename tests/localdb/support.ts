// Helpers for the local Neo4j tests: temp stores, a fresh copy of the checkout, and running the db CLI.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LAUNCHER_CLASS } from "../../src/localdb/paths.js";
import { findOnPath } from "../../src/localdb/preflight.js";
import { isAlive } from "../../src/localdb/state.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const temps: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `claimgraph-${prefix}-`));
  temps.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A checkout as a fresh clone has it: the launcher sources but no neo4j/target and no .data, sharing node_modules.
 * Lets the CLI be tested end to end without touching this checkout's own store or build.
 */
export function freshCheckout(): string {
  const dir = tempDir("checkout");
  for (const p of ["package.json", "tsconfig.json", "neo4j/pom.xml", "neo4j/src", "src/localdb", "scripts/db"]) {
    cpSync(path.join(repoRoot, p), path.join(dir, p), { recursive: true });
  }
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  return dir;
}

/** A directory for PATH holding only the named tools (node is always there, so the CLI itself can run). */
export function binDirWith(...tools: string[]): string {
  const dir = path.join(tempDir("bin"), "bin");
  mkdirSync(dir);
  for (const tool of ["node", ...tools]) {
    const target = tool === "node" ? process.execPath : findOnPath(tool);
    if (!target) throw new Error(`${tool} is needed on PATH for this test`);
    symlinkSync(target, path.join(dir, tool));
  }
  return dir;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/db/cli.ts` the way `npm run db:*` does (through tsx), with extra env. */
export function runCli(cwd: string, command: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db/cli.ts", command], {
      cwd,
      env: { ...process.env, JAVA_HOME: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Lines that look like a JavaScript or Java stack frame. */
export function stackFrames(text: string): string[] {
  return text.split("\n").filter((l) => /^\s+at\s/.test(l));
}

/** Pids of live launchers whose command line names `storeDir` (Linux /proc), to prove none was left behind. */
export function launcherPids(storeDir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      if (cmdline.includes(LAUNCHER_CLASS) && cmdline.includes(storeDir) && isAlive(Number(entry))) {
        pids.push(Number(entry));
      }
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
