// The bulk loader as a person runs it: a child process against the test Neo4j.
import { execFile } from "node:child_process";
import { cpSync, readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { EXTRACTOR_VERSION } from "../../src/ingest/extract/index.js";
import { FIXTURES_DIR } from "../support/fixtures.js";
import { graphCounts, openTestDb, seededGraph } from "../support/graph.js";

const run = promisify(execFile);
// Every fourth fixture article, copied into a folder of its own: a real bulk load whose cost does not grow with
// each set of annotated articles added (the quality test reads them all).
const SAMPLE = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .filter((_, i) => i % 4 === 0);
let db: Database;
let folder: string;

async function ingestCli(...args: string[]) {
  return run("npx", ["tsx", "src/ingest/cli.ts", ...args], {
    env: { ...process.env, NEO4J_URI: inject("neo4jUri"), LOG_LEVEL: "error" },
    timeout: 120_000,
  });
}

beforeAll(async () => {
  db = openTestDb();
  await seededGraph(db);
  folder = await mkdtemp(path.join(os.tmpdir(), "claimgraph-ingest-folder-"));
  for (const name of SAMPLE) cpSync(path.join(FIXTURES_DIR, name), path.join(folder, name), { recursive: true });
});
afterAll(async () => {
  await db?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe("npm run ingest", () => {
  it("dry-runs, loads a folder of articles with a summary, then recognises them on a second run", async () => {
    const before = await graphCounts(db);
    const dry = await ingestCli("--dry-run", folder);
    expect(dry.stdout).toMatch(new RegExp(`articles: ${SAMPLE.length} would add, 0 already present`));
    expect(await graphCounts(db)).toEqual(before);

    const first = await ingestCli(folder);
    expect(first.stdout).toMatch(new RegExp(`articles: ${SAMPLE.length} added, 0 already present`));
    expect(first.stdout).toMatch(/claims: [1-9]\d* added/);
    expect(first.stderr).toMatch(/ingest \[/);
    const afterFirst = await graphCounts(db);
    expect(afterFirst["node:Article"]).toBe((before["node:Article"] ?? 0) + SAMPLE.length);

    const second = await ingestCli(folder);
    expect(second.stdout).toMatch(new RegExp(`articles: 0 added, ${SAMPLE.length} already present`));
    expect(await graphCounts(db)).toEqual(afterFirst);
  }, 300_000); // three child processes over a quarter of the fixture articles

  it("re-extracts the stored articles an older extractor produced, and only those", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "claimgraph-reextract-"));
    try {
      const article = (n: number) => ({
        text: `Pakistan accused the Afghan Taliban of sheltering the TTP fighters who attacked post ${n} near Chitral.`,
        title: `Chitral post ${n}`,
        publisherId: "irna",
        url: `https://example.org/chitral-post-${n}`,
        publishedAt: "2023-09-08T10:00:00+05:00",
      });
      for (const n of [1, 2]) await writeFile(path.join(dir, `post-${n}.json`), JSON.stringify(article(n)));
      await ingestCli(dir);
      await db.write((tx) =>
        tx.run("MATCH (a:Article {url: $url}) SET a.extractorVersion = '0.9.0' WITH a MATCH (a)-[:REPORTS]->(x) SET x.extractorVersion = '0.9.0'", {
          url: article(1).url,
        }),
      );
      const before = await graphCounts(db);

      const dry = await ingestCli("--dry-run", "--reextract");
      expect(dry.stdout).toMatch(/articles: 1 would be re-extracted, 0 already up to date/);
      expect(await graphCounts(db)).toEqual(before);

      const real = await ingestCli("--reextract");
      expect(real.stdout).toMatch(/articles: 1 re-extracted, 0 already up to date/);
      expect(real.stderr).toMatch(/re-extract \[/);
      expect(await graphCounts(db)).toEqual(before);
      const [row] = await db.read((tx) => tx.run<{ v: string }>("MATCH (a:Article {url: $url}) RETURN a.extractorVersion AS v", { url: article(1).url }));
      expect(row?.v).toBe(EXTRACTOR_VERSION);

      expect((await ingestCli("--reextract")).stdout).toMatch(/articles: 0 re-extracted/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("reports an unreadable source as skipped, with its reason", async () => {
    const res = await ingestCli("no/such/folder");
    expect(res.stdout).toMatch(/skipped: 1\n\s+no\/such\/folder: article: no such file or folder/);
  });
});
