import type { Database, QueryCounter, Tx } from "../../db/database.js";
import { OWNED_BY_ARTICLE } from "../admin/delete-article.js";
import type { ArticleBundle } from "../format/bundle.js";
import { writeArticleIn } from "./write-article.js";

// The stored article and what only it reports go; the actors it mentioned are kept until the new version
// is written, so those it still needs stay the same nodes, and only extracted ones nothing uses any more go.
const REMOVE_ARTICLE = `
MATCH (a:Article {id: $id})
${OWNED_BY_ARTICLE}
CALL (a) {
  OPTIONAL MATCH (a)-[:MENTIONS]->(m:Actor {origin: 'EXTRACTED'})
  RETURN collect(m.id) AS mentioned
}
FOREACH (x IN owned | DETACH DELETE x)
DETACH DELETE a
RETURN mentioned`;

const PRUNE_ACTORS = `
UNWIND $ids AS id
MATCH (actor:Actor {id: id, origin: 'EXTRACTED'})
WHERE NOT EXISTS { MATCH (actor)-[r]-() WHERE NOT (type(r) = 'PART_OF' AND startNode(r) = actor) }
DETACH DELETE actor`;

/**
 * Replaces a stored article with a new bundle of it in one transaction: the old claims and events it alone
 * reports are removed, the bundle is written, and extracted actors only the old version needed are removed.
 */
export async function replaceArticle(db: Database, articleId: string, bundle: ArticleBundle, counter?: QueryCounter): Promise<void> {
  await db.write(async (tx: Tx) => {
    const [row] = await tx.run<{ mentioned: string[] }>(REMOVE_ARTICLE, { id: articleId });
    await writeArticleIn(tx, bundle);
    await tx.run(PRUNE_ACTORS, { ids: row?.mentioned ?? [] });
  }, counter);
}
