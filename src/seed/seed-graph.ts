import type { Logger } from "../config/logger.js";
import type { Database } from "../db/database.js";
import { writeArticle } from "../ingest/write/write-article.js";
import { DEFAULT_SEED_DIR, readSeedBundles } from "./seed-files.js";

export interface SeedSummary {
  articles: number;
  claims: number;
  events: number;
  actors: number;
}

/**
 * Loads the seed folder through the same write path as ingestion: every file is validated first,
 * then each article is written in its own transaction. Running it again changes nothing.
 */
export async function seedGraph(db: Database, seedDir = DEFAULT_SEED_DIR): Promise<SeedSummary> {
  const bundles = await readSeedBundles(seedDir);
  for (const bundle of bundles) await writeArticle(db, bundle);
  return {
    articles: bundles.length,
    claims: bundles.reduce((n, b) => n + b.claims.length, 0),
    events: bundles.reduce((n, b) => n + b.events.length, 0),
    actors: new Set(bundles.flatMap((b) => b.actors.map((a) => a.id))).size,
  };
}

/** `npm start` seeds a graph that holds no article yet; a graph with data is left alone. */
export async function seedIfEmpty(db: Database, logger: Logger): Promise<SeedSummary | undefined> {
  const rows = await db.read((tx) => tx.run<{ n: number }>("RETURN COUNT { (:Article) } AS n"));
  if ((rows[0]?.n ?? 0) > 0) return undefined;
  logger.info("graph is empty: loading the seed articles");
  return seedGraph(db);
}
