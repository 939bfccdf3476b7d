// Constraints and indexes the graph relies on. Every statement is IF NOT EXISTS, so applying them at
// each start is idempotent. Names are fixed because queries refer to the full-text ones by name.
import type { Database } from "./database.js";

const LABELS = ["Article", "Actor", "Claim", "Event", "Place"] as const;

export const FULLTEXT_INDEXES = {
  article: "article_text",
  claim: "claim_text",
  actor: "actor_names",
  event: "event_text",
  place: "place_names",
} as const;

// The English analyzer stems ('vegetables' matches 'vegetable') and drops stop words; the default one
// only splits words. An index created before this keeps its analyzer until it is dropped and recreated.
const FULLTEXT_OPTIONS = "OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } }";

export const GRAPH_SCHEMA_STATEMENTS: readonly string[] = [
  ...LABELS.map((l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
  "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)",
  // One article per url and per text: a second ingest of either is recognised, even when racing.
  "CREATE CONSTRAINT article_url_unique IF NOT EXISTS FOR (n:Article) REQUIRE n.url IS UNIQUE",
  "CREATE CONSTRAINT article_hash_unique IF NOT EXISTS FOR (n:Article) REQUIRE n.contentHash IS UNIQUE",
  "CREATE INDEX event_time IF NOT EXISTS FOR (n:Event) ON (n.timeStart, n.timeEnd)",
  "CREATE INDEX claim_stated IF NOT EXISTS FOR (n:Claim) ON (n.statedStart)",
  "CREATE INDEX claim_speech_act IF NOT EXISTS FOR (n:Claim) ON (n.speechAct)",
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.article} IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.claim} IF NOT EXISTS FOR (n:Claim) ON EACH [n.text, n.quote] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.actor} IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText, n.description] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.event} IF NOT EXISTS FOR (n:Event) ON EACH [n.description] ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEXES.place} IF NOT EXISTS FOR (n:Place) ON EACH [n.name, n.aliasText] ${FULLTEXT_OPTIONS}`,
];

/** Full-text indexes of ours built with another analyzer (by an older version); they are rebuilt. */
async function staleFulltextIndexes(db: Database): Promise<string[]> {
  const rows = await db.read((tx) =>
    tx.run<{ name: string; analyzer: string | null }>(
      "SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer",
    ),
  );
  const ours = new Set<string>(Object.values(FULLTEXT_INDEXES));
  return rows.filter((r) => ours.has(r.name) && r.analyzer !== "english").map((r) => r.name);
}

/** Applies constraints and indexes, then waits until the indexes are online so queries can use them. */
export async function applyGraphSchema(db: Database): Promise<void> {
  // The names come from our own FULLTEXT_INDEXES list, never from outside.
  for (const name of await staleFulltextIndexes(db)) await db.write((tx) => tx.run(`DROP INDEX ${name} IF EXISTS`));
  // Schema statements cannot share a transaction with each other's data work; one each.
  for (const statement of GRAPH_SCHEMA_STATEMENTS) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run("CALL db.awaitIndexes(60)"));
}
