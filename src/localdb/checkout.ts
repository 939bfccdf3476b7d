import { LocalNeo4jError } from "./errors.js";
import { checkoutStoreDir } from "./paths.js";
import { HOST, canConnect, parsePort } from "./ports.js";
import { startLocalNeo4j, type LocalNeo4j } from "./process.js";
import { clearState, isLauncher, readState, terminate } from "./state.js";

export const DEFAULT_BOLT_PORT = 7687;
const PORT_ENV = "CLAIMGRAPH_LOCAL_BOLT_PORT";

function checkoutPort(): number {
  const raw = process.env[PORT_ENV];
  return raw === undefined || raw.trim() === "" ? DEFAULT_BOLT_PORT : parsePort(raw, PORT_ENV);
}

function handle(storeDir: string, pid: number, port: number): LocalNeo4j {
  return {
    boltUri: `bolt://${HOST}:${port}`,
    pid,
    storeDir,
    stop: () => terminate(pid).then(() => clearState(storeDir, pid)),
  };
}

/**
 * The launcher already serving this checkout's store, if any. One that is still starting (another shell ran
 * db:start a moment ago) is waited for rather than raced, since a second process could not open the store anyway.
 */
async function running(storeDir: string, waitMs: number): Promise<LocalNeo4j | undefined> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const state = readState(storeDir);
    if (!state) return undefined;
    if (!isLauncher(state.pid)) {
      clearState(storeDir, state.pid); // left behind by a crash or a reboot
      return undefined;
    }
    // A fixed port that answers counts too: the shell that started it may have quit before it saw READY.
    if ((state.ready || state.port !== 0) && (await canConnect(state.port))) {
      return handle(storeDir, state.pid, state.port);
    }
    if (Date.now() >= deadline) {
      throw new LocalNeo4jError(
        "NOT_READY",
        `Neo4j (pid ${state.pid}) runs for ${storeDir} but does not answer on Bolt: run npm run db:stop, then try again`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** This checkout's Neo4j under .data/neo4j: reused when it runs and answers, else started detached. */
export async function ensureCheckoutNeo4j(opts: { onLog?: (line: string) => void } = {}): Promise<LocalNeo4j> {
  const storeDir = checkoutStoreDir();
  const port = checkoutPort();
  const existing = await running(storeDir, 120_000);
  if (existing) {
    opts.onLog?.(`Neo4j already runs at ${existing.boltUri} (pid ${existing.pid}).`);
    return existing;
  }
  try {
    return await startLocalNeo4j({ storeDir, boltPort: port, detached: true, onLog: opts.onLog });
  } catch (e) {
    if (e instanceof LocalNeo4jError && e.code === "STORE_LOCKED") {
      // Another shell started it between our check and our start: use that one.
      const other = await running(storeDir, 120_000);
      if (other) return other;
    }
    if (e instanceof LocalNeo4jError && e.code === "PORT_BUSY") {
      throw new LocalNeo4jError("PORT_BUSY", `${e.message} (e.g. ${PORT_ENV}=7688 npm run db:start)`);
    }
    throw e;
  }
}

/** Stops this checkout's Neo4j with SIGTERM and waits for a clean exit; false when none was running. */
export async function stopCheckoutNeo4j(): Promise<boolean> {
  const storeDir = checkoutStoreDir();
  const state = readState(storeDir);
  if (!state) return false;
  if (!isLauncher(state.pid)) {
    clearState(storeDir, state.pid);
    return false;
  }
  await terminate(state.pid, 60_000);
  clearState(storeDir, state.pid);
  return true;
}

/** `running` means the launcher process is alive and Bolt answers; `pid` is set whenever the process is alive. */
export async function checkoutNeo4jStatus(): Promise<{ running: boolean; boltUri?: string; pid?: number; storeDir: string }> {
  const storeDir = checkoutStoreDir();
  const state = readState(storeDir);
  if (!state || !isLauncher(state.pid)) return { running: false, storeDir };
  const boltUri = state.ready ? `bolt://${HOST}:${state.port}` : undefined;
  const answers = state.ready && (await canConnect(state.port));
  return { running: answers, boltUri, pid: state.pid, storeDir };
}
