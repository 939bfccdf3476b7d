// Every annotated article, read by the extractor (its annotation left aside), goes into the graph whole:
// the graph refuses no extraction, and what it stores is what the extraction reported.
import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { FIXTURES_DIR, readFixture } from "../support/fixtures.js";
import { graphCounts, openTestDb, seededGraph } from "../support/graph.js";

const slugs = readdirSync(FIXTURES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const input = (slug: string) => {
  const { body, meta } = readFixture(slug);
  return { text: body, title: meta.title, publisherName: `Outlet of ${slug}`, url: meta.url, publishedAt: meta.publishedAt };
};
let db: Database;

beforeAll(async () => {
  db = openTestDb();
  await seededGraph(db);
});
afterAll(async () => db?.close());

// The fixtures grow by a few articles a round, so each test is allowed a share of time per article (two seconds to
// store one, half a second to recognise it) rather than a fixed figure. Storing every article has taken from 212 s
// (564 articles) to 590 s (568) with the machine type and the gazetteer's cost, and 262 s (576) to 302 s (580) since
// the gazetteer finds names by set lookups; how long ingest takes is measured by the benchmarks under bench/, not here.
describe("ingesting every annotated article through extraction", () => {
  it("stores each one with the claims, events and links its report names, one after another on a growing graph", async () => {
    const refused: string[] = [];
    let claims = 0;
    let events = 0;
    const links = new Set<string>();
    for (const slug of slugs) {
      try {
        const outcome = await ingestArticle(db, input(slug));
        expect(outcome.status, slug).toBe("CREATED");
        claims += outcome.bundle!.claims.length;
        events += outcome.bundle!.events.length;
        for (const l of outcome.bundle!.links) links.add(`${l.from} ${l.type} ${l.to}`);
        for (const c of outcome.bundle!.claims) for (const [type, to] of [...c.disputes.map((t) => ["DISPUTES", t]), ...c.supports.map((t) => ["SUPPORTS", t])]) links.add(`${c.id} ${type} ${to}`);
      } catch (e) {
        refused.push(`${slug}: ${(e as Error).message}`);
      }
    }
    expect(refused).toEqual([]);
    const [row] = await db.read((tx) =>
      tx.run<{ claims: number; events: number; links: number }>(
        `MATCH (a:Article) WHERE a.extractorVersion IS NOT NULL
         WITH sum(COUNT { (a)-[:REPORTS]->(:Claim) }) AS claims, sum(COUNT { (a)-[:REPORTS]->(:Event) }) AS events
         RETURN claims, events, COUNT { ()-[:DISPUTES|SUPPORTS {origin: 'EXTRACTED'}]->() } AS links`,
      ),
    );
    expect(claims).toBeGreaterThan(slugs.length * 3);
    expect(links.size).toBeGreaterThan(0);
    expect(row).toEqual({ claims, events, links: links.size });
  }, slugs.length * 2_000);

  it("recognises each one on a second pass and changes nothing", async () => {
    const before = await graphCounts(db);
    for (const slug of slugs) expect((await ingestArticle(db, input(slug))).status, slug).toBe("ALREADY_PRESENT");
    expect(await graphCounts(db)).toEqual(before);
  }, slugs.length * 500);
});
