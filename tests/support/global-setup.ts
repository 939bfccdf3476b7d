// Starts one throwaway Neo4j for the whole test run (on a free port, in a temporary store that is
// removed afterwards), unless NEO4J_URI names a database to use instead.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startLocalNeo4j } from "../../src/localdb/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI;
  if (external) {
    project.provide("neo4jUri", external);
    return async () => undefined;
  }
  const storeDir = await mkdtemp(path.join(os.tmpdir(), "claimgraph-test-neo4j-"));
  const started = Date.now();
  const neo4j = await startLocalNeo4j({ storeDir, boltPort: 0, detached: false, heapMb: 768, pageCacheMb: 128 });
  console.log(`test Neo4j ready at ${neo4j.boltUri} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("neo4jUri", neo4j.boltUri);
  return async () => {
    await neo4j.stop();
    await rm(storeDir, { recursive: true, force: true });
  };
}
