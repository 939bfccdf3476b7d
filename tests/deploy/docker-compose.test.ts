// The Docker path cannot run here (no Docker engine), so its files are checked for what they must
// hold; where the docker CLI with compose exists, `docker compose config` must accept them too.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Compose {
  services: Record<string, { image?: string; build?: unknown; healthcheck?: { test?: unknown }; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }> }>;
}

const compose = parse(readFileSync("docker-compose.yml", "utf8")) as Compose;

describe("docker-compose.yml", () => {
  it("runs Neo4j 5.26 Community with auth and a health check", () => {
    const neo4j = compose.services.neo4j!;
    expect(neo4j.image).toBe("neo4j:5.26-community");
    expect(neo4j.environment?.NEO4J_AUTH).toMatch(/^neo4j\//);
    expect(neo4j.healthcheck?.test).toBeDefined();
  });

  it("builds the API and starts it once Neo4j is healthy, pointed at it", () => {
    const api = compose.services.api!;
    expect(api.build).toBe(".");
    expect(api.depends_on?.neo4j?.condition).toBe("service_healthy");
    expect(api.environment?.NEO4J_URI).toBe("bolt://neo4j:7687");
  });

  it("the Dockerfile is multi-stage and runs as a non-root user", () => {
    const dockerfile = readFileSync("Dockerfile", "utf8");
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
  });

  const composeAvailable = spawnSync("docker", ["compose", "version"], { stdio: "ignore" }).status === 0;
  it.runIf(composeAvailable)("is accepted by `docker compose config`", () => {
    expect(() => execFileSync("docker", ["compose", "config", "--quiet"], { stdio: "pipe" })).not.toThrow();
  });
});
