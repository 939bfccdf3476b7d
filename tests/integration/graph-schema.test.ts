import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { applyGraphSchema, FULLTEXT_INDEXES } from "../../src/db/graph-schema.js";
import { openTestDb } from "../support/graph.js";

let db: Database;
beforeAll(() => {
  db = openTestDb();
});
afterAll(async () => db?.close());

const analyzerOf = async (name: string) =>
  (
    await db.read((tx) =>
      tx.run<{ analyzer: string }>(
        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name RETURN options.indexConfig.`fulltext.analyzer` AS analyzer",
        { name },
      ),
    )
  )[0]?.analyzer;

describe("graph schema", () => {
  it("is idempotent and rebuilds a full-text index left with another analyzer", async () => {
    await applyGraphSchema(db);
    await db.write((tx) => tx.run(`DROP INDEX ${FULLTEXT_INDEXES.claim}`));
    await db.write((tx) => tx.run(`CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.claim} FOR (n:Claim) ON EACH [n.text]`));
    expect(await analyzerOf(FULLTEXT_INDEXES.claim)).toBe("standard-no-stop-words");
    await applyGraphSchema(db);
    await applyGraphSchema(db);
    expect(await analyzerOf(FULLTEXT_INDEXES.claim)).toBe("english");
  });
});
