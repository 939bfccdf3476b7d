import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LAUNCHER_CLASS } from "./paths.js";

/** Who runs a store: written beside the store so `db:status`/`db:stop` in another shell can find the process. */
export interface LauncherState {
  pid: number;
  /** The Bolt port; 0 until the launcher reported READY (the port may have been chosen by the OS). */
  port: number;
  ready: boolean;
  startedAt: string;
}

function stateFile(storeDir: string): string {
  return path.join(storeDir, "launcher.json");
}

export function readState(storeDir: string): LauncherState | undefined {
  try {
    const s = JSON.parse(readFileSync(stateFile(storeDir), "utf8")) as Partial<LauncherState>;
    if (typeof s.pid !== "number" || typeof s.port !== "number") return undefined;
    return { pid: s.pid, port: s.port, ready: s.ready === true, startedAt: String(s.startedAt ?? "") };
  } catch {
    return undefined;
  }
}

export function writeState(storeDir: string, state: LauncherState): void {
  writeFileSync(stateFile(storeDir), JSON.stringify(state, null, 2) + "\n");
}

/** Removes the state only if it still names `pid`, so a newer launcher's state survives. */
export function clearState(storeDir: string, pid: number): void {
  if (readState(storeDir)?.pid === pid) rmSync(stateFile(storeDir), { force: true });
}

/** Alive and not a zombie (a dead child stays in the process table until its parent reaps it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // no /proc (macOS): trust kill(0)
  }
}

/** True when `pid` is alive and, where /proc tells us, really our launcher (pids get reused after reboots). */
export function isLauncher(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(LAUNCHER_CLASS);
  } catch {
    return true;
  }
}

/** Waits until `pid` is gone; false if it is still alive at the deadline. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** SIGTERM (the launcher's shutdown hook checkpoints and closes the store), SIGKILL only as a last resort. */
export async function terminate(pid: number, timeoutMs = 60_000): Promise<void> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  if (await waitForExit(pid, timeoutMs)) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    return;
  }
  await waitForExit(pid, 5_000);
}
