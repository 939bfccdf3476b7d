// The seed article's graph on a real Neo4j: exact spans, idempotent loading, refusal of broken
// annotations without a single write, and the relationship questions answered in Cypher.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { applyGraphSchema } from "../../src/db/graph-schema.js";
import { seedGraph } from "../../src/seed/seed-graph.js";
import { DEFAULT_SEED_DIR } from "../../src/seed/seed-files.js";
import { graphCounts, openTestDb, seededGraph } from "../support/graph.js";

let db: Database;
const ANNOTATION = "articles/irna-85325588/annotation.json";

beforeAll(async () => {
  db = openTestDb();
  await seededGraph(db);
});
afterAll(async () => db?.close());

interface EditableAnnotation {
  claims: { span: { start: number }; claimantId: string; disputes: string[] }[];
  events: { time: { start: string; end: string } }[];
}

/** A copy of seeds/ with the annotation changed by `edit`, removed after use. */
async function withBrokenSeed(edit: (annotation: EditableAnnotation) => void, run: (dir: string) => Promise<void>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimgraph-seeds-"));
  try {
    await cp(DEFAULT_SEED_DIR, dir, { recursive: true });
    const file = path.join(dir, ANNOTATION);
    const annotation = JSON.parse(await readFile(file, "utf8")) as EditableAnnotation;
    edit(annotation);
    await writeFile(file, JSON.stringify(annotation, null, 2));
    await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("seed graph", () => {
  it("stores every claim quote byte for byte at its span in the article text", async () => {
    const rows = await db.read((tx) =>
      tx.run<{ text: string; quote: string; start: number; end: number; id: string }>(
        "MATCH (a:Article)-[:REPORTS]->(c:Claim) RETURN a.text AS text, c.quote AS quote, c.spanStart AS start, c.spanEnd AS end, c.id AS id",
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const r of rows) {
      const stored = Buffer.from(r.text.slice(r.start, r.end), "utf8");
      expect(stored.equals(Buffer.from(r.quote, "utf8")), r.id).toBe(true);
    }
  });

  it("changes no node or relationship count when seeded a second time", async () => {
    const before = await graphCounts(db);
    await seedGraph(db);
    expect(await graphCounts(db)).toEqual(before);
  });

  const broken: [string, (a: EditableAnnotation) => void, RegExp][] = [
    ["a span that does not match the text", (a) => (a.claims[2]!.span.start += 3), /claim claim:irna-85325588:03: span \d+-\d+ holds/],
    ["an unknown actor id", (a) => (a.claims[0]!.claimantId = "no-such-actor"), /claim claim:irna-85325588:01: unknown claimant actor id "no-such-actor"/],
    ["a dangling claim reference", (a) => (a.claims[13]!.disputes = ["claim:irna-85325588:99"]), /claim claim:irna-85325588:14: unknown claim id "claim:irna-85325588:99"/],
    ["a bad date", (a) => (a.events[4]!.time.end = "2023-02-30"), /event event:irna-85325588:05: time end "2023-02-30" is not a real calendar date/],
    ["a malformed date", (a) => (a.events[4]!.time.start = "February 2023"), /events\[4\] \(event:irna-85325588:05\)\.time\.start: must be an ISO date/],
  ];
  for (const [name, edit, message] of broken) {
    it(`refuses ${name}, naming file and item, and writes nothing`, async () => {
      await db.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
      const before = await graphCounts(db);
      await withBrokenSeed(edit, async (dir) => {
        const error = await seedGraph(db, dir).then(() => null, (e: Error) => e);
        expect(error?.message).toMatch(message);
        expect(error?.message).toContain(ANNOTATION.replace(/\//g, path.sep));
      });
      expect(await graphCounts(db)).toEqual(before);
      await seedGraph(db);
    });
  }

  it("answers in Cypher: who accuses the Afghan Taliban, of what, with which quote", async () => {
    await applyGraphSchema(db);
    const rows = await db.read((tx) =>
      tx.run<{ accuser: string; what: string; quote: string }>(`
        MATCH (c:Claim {speechAct: 'ACCUSE'})-[:ABOUT {role: 'TARGET'}]->(:Actor {id: 'afghan-taliban'})
        MATCH (c)-[:CLAIMED_BY]->(accuser:Actor)
        RETURN accuser.id AS accuser, c.text AS what, c.quote AS quote ORDER BY c.id`),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((r) => r.accuser))).toEqual(new Set(["pakistan", "pakistani-security-officials"]));
    expect(rows.map((r) => r.quote).join(" ")).toMatch(/arming Pakistani Taliban/);
    expect(rows.map((r) => r.quote).join(" ")).toMatch(/not doing enough to ensure security at the borders/);
  });

  it("answers in Cypher: which claims dispute which", async () => {
    const rows = await db.read((tx) =>
      tx.run<{ by: string; disputing: string; disputed: string; against: string }>(`
        MATCH (a:Claim)-[:DISPUTES]->(b:Claim)
        MATCH (a)-[:CLAIMED_BY]->(by:Actor), (b)-[:CLAIMED_BY]->(against:Actor)
        RETURN by.id AS by, a.id AS disputing, b.id AS disputed, against.id AS against ORDER BY a.id, b.id`),
    );
    const pairs = rows.map((r) => `${r.by}:${r.disputing.slice(-2)} -> ${r.against}:${r.disputed.slice(-2)}`);
    // The Taliban's dismissal disputes Islamabad's accusations of arming the TTP and of a safe haven.
    expect(pairs).toContain("afghan-taliban:14 -> pakistani-security-officials:12");
    expect(pairs).toContain("afghan-taliban:14 -> pakistani-security-officials:13");
    // Islamabad's officials reject the Taliban's statement.
    expect(pairs).toContain("pakistani-security-officials:11 -> afghan-taliban:10");
  });
});
