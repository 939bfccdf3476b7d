import { execFile } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { LocalNeo4jError } from "./errors.js";

const run = promisify(execFile);

/** Neo4j 5.26 runs on Java 17 and 21; 2025.x would need 21, which is why the version is pinned. */
const MIN_JAVA = 17;

/** Resolves a command the way a shell would, without spawning one, so a missing tool gets our message. */
export function findOnPath(command: string, envPath = process.env.PATH ?? ""): string | undefined {
  const exts = process.platform === "win32" ? (process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, command + ext);
      try {
        if (!statSync(candidate).isFile()) continue;
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}

let javaChecked: string | undefined;

/** Absolute path of a `java` that can run Neo4j 5.26. */
export async function requireJava(): Promise<string> {
  const java = findOnPath("java");
  if (!java) {
    throw new LocalNeo4jError(
      "NO_JAVA",
      `Java is not on PATH: install a JDK ${MIN_JAVA} or 21 (e.g. apt-get install openjdk-17-jdk-headless) so that \`java\` runs`,
    );
  }
  if (javaChecked === java) return java;
  const { stderr } = await run(java, ["-version"]).catch((e: { stderr?: string }) => ({ stderr: e.stderr ?? "" }));
  const m = /version "(\d+)(?:\.(\d+))?/.exec(stderr);
  const major = m ? (m[1] === "1" ? Number(m[2]) : Number(m[1])) : NaN;
  if (!(major >= MIN_JAVA)) {
    const found = m ? `Java ${major}` : "a java that does not report its version";
    throw new LocalNeo4jError(
      "JAVA_TOO_OLD",
      `Neo4j 5.26 needs Java ${MIN_JAVA} or 21, but PATH has ${found} (${java}): put a JDK ${MIN_JAVA}+ first on PATH`,
    );
  }
  javaChecked = java;
  return java;
}

/** Absolute path of `mvn`; only needed while the launcher in neo4j/ is not built yet. */
export function requireMaven(): string {
  const mvn = findOnPath("mvn");
  if (!mvn) {
    throw new LocalNeo4jError(
      "NO_MAVEN",
      "Maven (`mvn`) is not on PATH and the Neo4j launcher in neo4j/ is not built yet: install Maven 3.8+ " +
        "(e.g. apt-get install maven) and make sure it can reach Maven Central once",
    );
  }
  return mvn;
}
