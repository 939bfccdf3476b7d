// Full-text search over every index at once: one statement queries the five indexes, merges the
// hits by score and keeps the best.
import neo4j from "neo4j-driver";
import { FULLTEXT_INDEXES } from "../db/graph-schema.js";
import type { GraphContext } from "../graphql/context.js";
import { toEntity } from "../network/graph-entity.js";
import { escapeLucene } from "./lucene.js";
import type { SearchHit, SearchHitType } from "./search.type.js";

const INDEX_OF: Record<SearchHitType, string> = {
  ARTICLE: FULLTEXT_INDEXES.article,
  CLAIM: FULLTEXT_INDEXES.claim,
  ACTOR: FULLTEXT_INDEXES.actor,
  EVENT: FULLTEXT_INDEXES.event,
  PLACE: FULLTEXT_INDEXES.place,
};

// Each index returns at most $limit hits, so the merge never handles more than five pages.
const SEARCH_CYPHER = `
CALL () {
${Object.keys(INDEX_OF)
  .map(
    (type) => `  CALL db.index.fulltext.queryNodes($indexes.${type}, $query, {limit: $limit}) YIELD node, score
  RETURN node, score, '${type}' AS type`,
  )
  .join("\n  UNION ALL\n")}
}
RETURN type, score, node {.*} AS props
ORDER BY score DESC, props.id
LIMIT $limit`;

export async function searchGraph(ctx: GraphContext, text: string, first: number): Promise<SearchHit[]> {
  const rows = await ctx.db.read(
    (tx) =>
      tx.run<{ type: SearchHitType; score: number; props: Record<string, unknown> }>(SEARCH_CYPHER, {
        indexes: INDEX_OF,
        query: escapeLucene(text),
        limit: neo4j.int(first),
      }),
    ctx.cypher,
  );
  return rows.map((r) => ({ score: r.score, type: r.type, node: toEntity(r.props) }));
}
