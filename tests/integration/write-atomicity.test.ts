// One article is one transaction: a failure in its last statement leaves nothing of it behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { writeArticle } from "../../src/ingest/write/write-article.js";
import { seedCopy } from "../../src/seed/seed-copy.js";
import { graphCounts, openTestDb, seededGraph } from "../support/graph.js";

let db: Database;
beforeAll(async () => {
  db = openTestDb();
  await seededGraph(db);
});
afterAll(async () => db?.close());

describe("article writes", () => {
  it("roll back whole when the final statement fails", async () => {
    const before = await graphCounts(db);
    const bundle = await seedCopy("atomic");
    const [first] = bundle.claims;
    // Neo4j refuses a map as a relationship property, so the claim-link statement, which runs
    // after the article, events and claims are written, fails inside the transaction.
    bundle.links = [{ from: first!.id, to: bundle.claims[1]!.id, type: "SUPPORTS", confidence: { bad: true } as unknown as number, origin: "EXTRACTED" }];
    await expect(writeArticle(db, bundle)).rejects.toThrow();
    expect(await graphCounts(db)).toEqual(before);
    const leftovers = await db.read((tx) => tx.run("MATCH (n) WHERE n.id STARTS WITH 'claim:atomic' OR n.id = 'article:atomic' RETURN n"));
    expect(leftovers).toEqual([]);
  });

  it("refuse a second article with a stored article's url as CONFLICT, writing nothing", async () => {
    const first = await seedCopy("conflict-a");
    first.article.url = "https://example.org/same-story";
    await writeArticle(db, first);
    const before = await graphCounts(db);
    const second = await seedCopy("conflict-b");
    second.article.url = "https://example.org/same-story";
    const error = await writeArticle(db, second).then(() => null, (e: Error & { code?: string }) => e);
    expect(error?.code).toBe("CONFLICT");
    expect(error?.message).not.toMatch(/Neo4j|constraint|Node\(/);
    expect(await graphCounts(db)).toEqual(before);
  });
});
