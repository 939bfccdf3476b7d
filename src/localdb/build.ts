import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LocalNeo4jError } from "./errors.js";
import { launcherModuleDir } from "./paths.js";
import { requireMaven } from "./preflight.js";
import { isAlive } from "./state.js";

function newestMtime(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), st.mtimeMs);
}

function classpathFile(moduleDir: string): string {
  return path.join(moduleDir, "target", "classpath.txt");
}

/** The launcher's classpath when the build is current, else undefined. */
function currentClasspath(moduleDir: string): string | undefined {
  const cpFile = classpathFile(moduleDir);
  const mainClass = path.join(moduleDir, "target", "classes", "dev", "claimgraph", "neo4j", "LocalNeo4j.class");
  if (!existsSync(cpFile) || !existsSync(mainClass)) return undefined;
  const sources = Math.max(newestMtime(path.join(moduleDir, "pom.xml")), newestMtime(path.join(moduleDir, "src")));
  if (statSync(cpFile).mtimeMs <= sources) return undefined;
  const deps = readFileSync(cpFile, "utf8").trim().split(path.delimiter).filter(Boolean);
  // A cleaned ~/.m2 leaves a fresh-looking classpath.txt that points at nothing.
  if (deps.length === 0 || !deps.every((jar) => existsSync(jar))) return undefined;
  return [path.join(moduleDir, "target", "classes"), ...deps].join(path.delimiter);
}

// Maven 3.8 prints colour resets even in batch mode; built from a char code to keep the regex literal printable.
const ANSI = new RegExp(String.fromCharCode(27) + "\\[[0-9;]*m", "g");

function runMaven(mvn: string, moduleDir: string): Promise<{ code: number | null; output: string }> {
  const args = ["-B", "-q", "-Dstyle.color=never", "-f", path.join(moduleDir, "pom.xml"), "-DskipTests", "package"];
  return new Promise((resolve, reject) => {
    const child = spawn(mvn, args, { cwd: moduleDir, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

function lockOwner(lock: string): number | undefined {
  try {
    return Number(readFileSync(path.join(lock, "pid"), "utf8")) || undefined;
  } catch {
    return undefined;
  }
}

function safeMtime(p: string): number {
  try {
    return statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * One Maven build per module at a time (`npm test` and `npm run db:start` may both find it unbuilt): mkdir is
 * atomic, and a lock whose owner died is taken over.
 */
async function withBuildLock<T>(moduleDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = path.join(moduleDir, "target", ".build-lock");
  mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = lockOwner(lock);
      // No pid a minute after the mkdir: the owner died in between.
      const orphaned = owner === undefined ? Date.now() - safeMtime(lock) > 60_000 : !isAlive(owner);
      if (orphaned) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  writeFileSync(path.join(lock, "pid"), String(process.pid));
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Builds neo4j/ with Maven unless the build is newer than its pom and sources, and returns the classpath to run
 * the launcher with. Maven is needed only here, so a built checkout starts without it.
 */
export async function ensureLauncherBuilt(onLog: (line: string) => void = () => {}): Promise<string> {
  const moduleDir = launcherModuleDir();
  const ready = currentClasspath(moduleDir);
  if (ready) return ready;
  const mvn = requireMaven();
  return withBuildLock(moduleDir, async () => currentClasspath(moduleDir) ?? (await build(mvn, moduleDir, onLog)));
}

async function build(mvn: string, moduleDir: string, onLog: (line: string) => void): Promise<string> {
  onLog("Building the Neo4j launcher in neo4j/ with Maven (the first run downloads Neo4j 5.26, about 100 MB)...");
  const started = Date.now();
  const { code, output } = await runMaven(mvn, moduleDir);
  if (code !== 0) {
    const lines = output.split(/\r?\n/).map((l) => l.replace(ANSI, "").trim());
    const first = lines.find((l) => l.startsWith("[ERROR]") && l.length > 8) ?? lines.find(Boolean) ?? "";
    const reason = first.replace(/^\[ERROR\]\s*/, "").replace(/\s*-> \[Help \d+\]$/, "");
    throw new LocalNeo4jError(
      "BUILD_FAILED",
      `building the Neo4j launcher failed: ${reason} — Maven must reach Maven Central once to fetch Neo4j; ` +
        "run `mvn -B -f neo4j/pom.xml package` to see the full output",
    );
  }
  // Maven may leave an unchanged classpath.txt untouched; its mtime is our "built after the sources" marker.
  const now = new Date();
  utimesSync(classpathFile(moduleDir), now, now);
  const classpath = currentClasspath(moduleDir);
  if (!classpath) {
    throw new LocalNeo4jError("BUILD_FAILED", `Maven finished but ${classpathFile(moduleDir)} is missing or incomplete`);
  }
  onLog(`Built the Neo4j launcher in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return classpath;
}
