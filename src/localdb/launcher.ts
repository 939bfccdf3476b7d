import { LAUNCHER_CLASS } from "./paths.js";

/**
 * The JVM flags of Neo4j's own launcher that matter here. Without the three opens Neo4j falls back to slower
 * page-cache buffers and cannot advise the OS on transaction log files (it warns in debug.log). -Xms = -Xmx as Neo4j
 * recommends; nothing is pre-touched, so the heap costs only what is used.
 */
export function jvmFlags(heapMb: number): string[] {
  return [
    `-Xms${heapMb}m`,
    `-Xmx${heapMb}m`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
  ];
}

/** Arguments for `java` (the classpath goes in CLASSPATH) to run the launcher in neo4j/. */
export function launcherArgs(o: {
  storeDir: string;
  port: number;
  detached: boolean;
  heapMb?: number;
  pageCacheMb?: number;
}): string[] {
  const args = [...jvmFlags(o.heapMb ?? 512), LAUNCHER_CLASS, "--store", o.storeDir, "--port", String(o.port)];
  args.push("--page-cache", `${o.pageCacheMb ?? 256}m`);
  // An attached launcher watches its stdin so it stops even when we are killed without a chance to stop it.
  if (!o.detached) args.push("--exit-on-stdin-eof");
  return args;
}
