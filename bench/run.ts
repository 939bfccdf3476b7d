// `npm run bench [-- --articles N --iterations N --record]`: loads the seed plus N synthetic copies
// of it into a throwaway Neo4j (or NEO4J_URI), then times the write path, extraction, the whole ingest
// path and the example operations through the real HTTP server, and prints the figures. --record appends them to bench/RESULTS.md.
import "reflect-metadata";
import { readdirSync, readFileSync } from "node:fs";
import { appendFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createLogger } from "../src/config/logger.js";
import { Database } from "../src/db/database.js";
import { applyGraphSchema } from "../src/db/graph-schema.js";
import { buildGraphSchema } from "../src/graphql/schema.js";
import { readExampleOperations } from "../src/http/example-operations.js";
import { ingestArticle } from "../src/ingest/ingest-article.js";
import { writeArticle } from "../src/ingest/write/write-article.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/localdb/index.js";
import { seedCopy } from "../src/seed/seed-copy.js";
import { extractArticle } from "../src/ingest/extract/index.js";
import { readSeedBundles } from "../src/seed/seed-files.js";
import { seedGraph } from "../src/seed/seed-graph.js";
import { startServer } from "../src/server.js";
import { mib, ms, percentiles } from "./stats.js";

const { values: opts } = parseArgs({
  options: {
    articles: { type: "string", default: "200" },
    iterations: { type: "string", default: "30" },
    record: { type: "boolean", default: false },
  },
});
const FIXTURES = path.resolve(import.meta.dirname, "../tests/fixtures/articles");
const fixtureDirs = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(FIXTURES, d.name));
const articleCount = Number(opts.articles);
const iterations = Number(opts.iterations);
const logger = createLogger("warn");
const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};

let local: LocalNeo4j | undefined;
let storeDir: string | undefined;
let uri = process.env.NEO4J_URI;
if (!uri) {
  storeDir = await mkdtemp(path.join(os.tmpdir(), "claimgraph-bench-"));
  local = await startLocalNeo4j({ storeDir, boltPort: 0, heapMb: 1024, pageCacheMb: 256 });
  uri = local.boltUri;
}
const db = new Database({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", database: "neo4j", timeoutMs: 30_000, logger });
try {
  await applyGraphSchema(db);
  await db.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
  let t = performance.now();
  await seedGraph(db);
  say(`seed load (1 article, validate + write): ${ms(performance.now() - t)}`);

  const writes: number[] = [];
  for (let i = 0; i < articleCount; i++) {
    const bundle = await seedCopy(`bench-${String(i).padStart(5, "0")}`);
    t = performance.now();
    await writeArticle(db, bundle);
    writes.push(performance.now() - t);
  }
  const w = percentiles(writes);
  const total = writes.reduce((a, b) => a + b, 0);
  say(`write path, ${articleCount} articles of 18 claims / 7 events: ${(articleCount / (total / 1000)).toFixed(1)} articles/s; per article p50 ${ms(w.p50)}, p95 ${ms(w.p95)}`);

  // Extraction alone (no database): every fixture article plus the seed text, the gazetteer as seeded.
  const [seed] = await readSeedBundles();
  const texts = [seed!.article.text, ...fixtureDirs.map((dir) => readFileSync(path.join(dir, "body.txt"), "utf8"))];
  const gazetteer = { actors: seed!.actors, places: seed!.places };
  const extractTimes: number[] = [];
  for (let round = 0; round < 5; round++) {
    texts.forEach((text, i) => {
      t = performance.now();
      extractArticle({ text, publishedAt: "2023-12-18T14:20:00+03:30", articleId: `article:bench-${i}` }, gazetteer);
      if (round > 0) extractTimes.push(performance.now() - t);
    });
  }
  const x = percentiles(extractTimes);
  const chars = texts.reduce((n, text) => n + text.length, 0) / texts.length;
  say(`extraction, ${texts.length} articles of ~${chars.toFixed(0)} characters: p50 ${ms(x.p50)}, p95 ${ms(x.p95)} per article`);

  // The whole ingest path on the grown graph: extraction, reading the stored claims to link to (up to 2000),
  // linking in both directions, validation and the write, for each fixture article.
  const ingests: number[] = [];
  let linksMade = 0;
  for (const dir of fixtureDirs) {
    const meta = JSON.parse(readFileSync(path.join(dir, "meta.json"), "utf8")) as { title: string; publishedAt: string; url?: string };
    const text = readFileSync(path.join(dir, "body.txt"), "utf8");
    t = performance.now();
    const outcome = await ingestArticle(db, { text, title: meta.title, publisherName: `Bench ${path.basename(dir)}`, publishedAt: meta.publishedAt, ...(meta.url ? { url: meta.url } : {}) });
    ingests.push(performance.now() - t);
    linksMade += outcome.bundle?.links.length ?? 0;
  }
  const g = percentiles(ingests);
  say(`ingest path (extract, link to stored claims, write), ${ingests.length} fixture articles into the grown graph: p50 ${ms(g.p50)}, p95 ${ms(g.p95)} per article; ${linksMade} links`);

  const server = await startServer({ config: { host: "127.0.0.1", port: 0, production: false }, db, logger, schema: await buildGraphSchema() });
  say(`\noperation (graph of ${articleCount + 1} articles) | p50 | p95 | max | Cypher round trips`);
  for (const op of readExampleOperations()) {
    const samples: number[] = [];
    let trips = 0;
    for (let i = 0; i < iterations + 3; i++) {
      const start = performance.now();
      const res = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-debug-cypher": "1" },
        body: JSON.stringify({ query: op.query, variables: op.variables ? JSON.parse(op.variables) : {} }),
      });
      const body = (await res.json()) as { errors?: unknown; extensions?: { cypherQueries?: number } };
      if (body.errors) throw new Error(`${op.file}: ${JSON.stringify(body.errors)}`);
      if (i >= 3) samples.push(performance.now() - start);
      trips = body.extensions?.cypherQueries ?? 0;
    }
    const p = percentiles(samples);
    say(`${op.file} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.max)} | ${trips}`);
  }
  await server.stop();
  const mem = process.memoryUsage();
  // Heap in use includes garbage not yet collected; what the process keeps is the heap after a full collection.
  const collect = (globalThis as { gc?: () => void }).gc;
  collect?.();
  const retained = collect ? `, heap after a full collection ${mib(process.memoryUsage().heapUsed)}` : "";
  say(`\nAPI process memory after the run: rss ${mib(mem.rss)}, heap used ${mib(mem.heapUsed)}${retained}`);

  if (opts.record) {
    const cpu = os.cpus()[0]?.model ?? "unknown cpu";
    const header = [
      `\n## ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${mib(os.totalmem())} RAM, Node ${process.version}`,
      `Command: \`npm run bench -- --articles ${articleCount} --iterations ${iterations} --record\` (Neo4j ${local ? "5.26 embedded launcher, 1 GiB heap, 256 MiB page cache" : uri})`,
      "",
      "```",
      ...lines,
      "```",
    ];
    await appendFile(path.join(import.meta.dirname, "RESULTS.md"), header.join("\n") + "\n");
  }
} finally {
  await db.close();
  await local?.stop();
  if (storeDir) await rm(storeDir, { recursive: true, force: true });
}
