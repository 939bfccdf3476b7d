import type { Database, QueryCounter, Tx } from "../../db/database.js";
import type { ArticleBundle } from "../format/bundle.js";
import { buildWriteStatements } from "./statements.js";

/**
 * Writes one article bundle in a single transaction: all of it or, on any failure, none of it.
 * Callers validate first (see validate.ts); this only writes.
 */
export async function writeArticle(db: Database, bundle: ArticleBundle, counter?: QueryCounter): Promise<void> {
  await db.write((tx) => writeArticleIn(tx, bundle), counter);
}

/** The same write inside a transaction the caller owns (ingest adds its own checks to it). */
export async function writeArticleIn(tx: Tx, bundle: ArticleBundle): Promise<void> {
  for (const { cypher, params } of buildWriteStatements(bundle)) {
    await tx.run(cypher, params);
  }
}
