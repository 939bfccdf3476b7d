import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Main class of the launcher in neo4j/; also how we recognise our own processes. */
export const LAUNCHER_CLASS = "dev.claimgraph.neo4j.LocalNeo4j";

let cachedRoot: string | undefined;

/**
 * The checkout this code belongs to: the nearest folder above this file holding neo4j/pom.xml. Found by walking up,
 * not by a fixed "../..", so it holds for tsx, vitest and a compiled dist/ alike.
 */
export function checkoutRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, "neo4j", "pom.xml"))) return (cachedRoot = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find neo4j/pom.xml above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export function launcherModuleDir(): string {
  return path.join(checkoutRoot(), "neo4j");
}

/**
 * The store used by `npm run db:start` and `npm start` for this checkout: `.data/neo4j` (git-ignored),
 * or CLAIMGRAPH_LOCAL_STORE to keep it elsewhere.
 */
export function checkoutStoreDir(): string {
  const configured = process.env.CLAIMGRAPH_LOCAL_STORE;
  return configured ? path.resolve(configured) : path.join(checkoutRoot(), ".data", "neo4j");
}
