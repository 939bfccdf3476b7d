import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { ensureLauncherBuilt } from "./build.js";
import { LocalNeo4jError, launcherError } from "./errors.js";
import { launcherArgs } from "./launcher.js";
import { HOST, assertPortFree, waitForConnect } from "./ports.js";
import { requireJava } from "./preflight.js";
import { clearState, isLauncher, readState, terminate, writeState } from "./state.js";

export interface LocalNeo4j {
  boltUri: string;
  pid: number;
  storeDir: string;
  stop(): Promise<void>;
}

export interface StartLocalNeo4jOptions {
  storeDir: string;
  /** 0 (the default) lets the OS pick a free port. */
  boltPort?: number;
  /** true: outlives this process (npm run db:start); false: a child that stops when this process ends. */
  detached?: boolean;
  heapMb?: number;
  pageCacheMb?: number;
  onLog?: (line: string) => void;
  /** How long the JVM may take to report READY (default 120 s); a first Maven build comes on top. */
  readyTimeoutMs?: number;
}

type Outcome = { port: number } | { exit: string } | { timeout: true };

function lines(stream: NodeJS.ReadableStream | null, onLine: (line: string) => void): void {
  if (stream) createInterface({ input: stream, crlfDelay: Infinity }).on("line", onLine);
}

/** Lets this process exit while the child runs; for attached children the closed stdin then stops Neo4j. */
function unref(child: ChildProcess): void {
  child.unref();
  for (const s of [child.stdin, child.stdout, child.stderr]) (s as { unref?: () => void } | null)?.unref?.();
}

/** Starts Neo4j on 127.0.0.1 and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const storeDir = path.resolve(opts.storeDir);
  const port = opts.boltPort ?? 0;
  const detached = opts.detached ?? false;
  const log = opts.onLog ?? (() => {});
  const timeoutMs = opts.readyTimeoutMs ?? 120_000;

  const java = await requireJava();
  if (port !== 0) await assertPortFree(port);
  const classpath = await ensureLauncherBuilt(log);
  mkdirSync(storeDir, { recursive: true });
  // Cheaper than a JVM finding out, and it tells a concurrent `db:start` whom to wait for.
  const holder = readState(storeDir);
  if (holder && isLauncher(holder.pid)) {
    throw launcherError(`store ${storeDir} is locked by another Neo4j process (pid ${holder.pid})`, storeDir);
  }

  const args = launcherArgs({ storeDir, port, detached, heapMb: opts.heapMb, pageCacheMb: opts.pageCacheMb });
  // A detached server outlives our pipes, so its stderr goes to a file (appended: a failed second start must not
  // clobber the running server's output).
  const logFile = path.join(storeDir, "launcher.log");
  const logOffset = detached ? safeSize(logFile) : 0;
  const errFd = detached ? openSync(logFile, "a") : undefined;
  log(`Starting Neo4j on ${HOST}:${port || "<any free port>"} with store ${storeDir}...`);
  const child = spawn(java, args, {
    // CLASSPATH instead of -cp keeps the command line (ps, /proc) short and readable.
    env: { ...process.env, CLASSPATH: classpath },
    detached,
    stdio: [detached ? "ignore" : "pipe", "pipe", errFd ?? "pipe"],
  });
  if (errFd !== undefined) closeSync(errFd);
  let spawnError: Error | undefined;
  child.on("error", (e) => (spawnError = e));
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError("START_FAILED", `could not run ${java}`);
  writeState(storeDir, { pid, port, ready: false, startedAt: new Date().toISOString() });

  const stderrTail: string[] = [];
  lines(child.stderr, (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 50) stderrTail.shift();
    log(line);
  });
  let timer: NodeJS.Timeout | undefined;
  const outcome = await new Promise<Outcome>((resolve) => {
    timer = setTimeout(() => resolve({ timeout: true }), timeoutMs);
    lines(child.stdout, (line) => {
      const m = /^READY bolt:\/\/127\.0\.0\.1:(\d+)$/.exec(line);
      if (m) resolve({ port: Number(m[1]) });
      else log(line);
    });
    // "close", not "exit": it comes after the last stderr line, which holds the launcher's ERROR message.
    child.once("close", (code, signal) => resolve({ exit: spawnError?.message ?? signal ?? `exit code ${code}` }));
  });
  clearTimeout(timer);

  if ("exit" in outcome) {
    clearState(storeDir, pid);
    const output = detached ? readFrom(logFile, logOffset).split(/\r?\n/) : stderrTail;
    const line = output.findLast((l) => l.startsWith("ERROR:")) ?? output.findLast((l) => l.trim()) ?? outcome.exit;
    throw launcherError(line, storeDir);
  }
  const deadline = Date.now() + 10_000;
  if ("timeout" in outcome || !(await waitForConnect(outcome.port, deadline))) {
    await terminate(pid, 30_000);
    clearState(storeDir, pid);
    const waited = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
    throw new LocalNeo4jError(
      "NOT_READY",
      `Neo4j did not accept Bolt connections within ${waited}: see ${storeDir}/logs/debug.log; ` +
        "on a slow or busy machine, try again or allow more time (readyTimeoutMs)",
    );
  }

  const boltUri = `bolt://${HOST}:${outcome.port}`;
  writeState(storeDir, { pid, port: outcome.port, ready: true, startedAt: new Date().toISOString() });
  // From here on the launcher writes nothing to stdout; a detached one must not depend on our pipe.
  if (detached) child.stdout?.destroy();
  child.once("exit", (code, signal) => {
    clearState(storeDir, pid);
    log(`Neo4j (pid ${pid}) exited (${signal ?? `exit code ${code}`}).`);
  });
  unref(child);
  log(`Neo4j is ready at ${boltUri} (pid ${pid}).`);

  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= terminate(pid).then(() => clearState(storeDir, pid)));
  return { boltUri, pid, storeDir, stop };
}

function safeSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function readFrom(file: string, offset: number): string {
  try {
    return readFileSync(file).subarray(offset).toString("utf8");
  } catch {
    return "";
  }
}
