/** What went wrong, so callers (the CLI, test setup) can react without parsing messages. */
export type LocalNeo4jErrorCode =
  | "NO_JAVA"
  | "JAVA_TOO_OLD"
  | "NO_MAVEN"
  | "BUILD_FAILED"
  | "PORT_BUSY"
  | "STORE_LOCKED"
  | "NOT_READY"
  | "START_FAILED"
  | "BAD_CONFIG";

/** An expected failure of the local Neo4j; `message` is one line a person can act on, never a stack trace. */
export class LocalNeo4jError extends Error {
  readonly code: LocalNeo4jErrorCode;

  constructor(code: LocalNeo4jErrorCode, message: string) {
    super(message);
    this.name = "LocalNeo4jError";
    this.code = code;
  }
}

/** Turns the launcher's `ERROR: ...` line into an error with advice that fits the failure. */
export function launcherError(line: string, storeDir: string): LocalNeo4jError {
  const text = line.replace(/^ERROR:\s*/, "").trim();
  if (/^port \d+ is busy/.test(text)) {
    return new LocalNeo4jError("PORT_BUSY", `${text}: stop the program using it or choose another port`);
  }
  if (text.includes("is locked by another Neo4j process")) {
    return new LocalNeo4jError(
      "STORE_LOCKED",
      `${text}: stop that process first (for this checkout: npm run db:stop) or use another store directory`,
    );
  }
  const logs = text.includes("debug.log") ? "" : ` (logs: ${storeDir}/logs)`;
  return new LocalNeo4jError("START_FAILED", `${text || "Neo4j exited during startup"}${logs}`);
}
