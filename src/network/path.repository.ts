// The shortest chain between two nodes, with what supports each hop, in one statement.
import { toArticle } from "../article/article.type.js";
import { toClaim } from "../claim/claim.type.js";
import type { GraphContext } from "../graphql/context.js";
import { labelOfId } from "../graphql/node-labels.js";
import { displayLabel, toEntity } from "./graph-entity.js";
import type { GraphNode, GraphPath } from "./network.type.js";
import { relationTypes } from "./relations.js";

type Props = Record<string, unknown>;

export interface PathQuery {
  fromId: string;
  toId: string;
  maxHops: number;
  includeMentions: boolean;
}

// Evidence per hop (see Evidence in network.type.ts): a claim end, else an article end, else a
// claim touching both ends, else a claim referring to an event end; the article is the claim's
// reporter, or for hops without any claim an article mentioning both ends.
const EVIDENCE = `
UNWIND range(0, length(p) - 1) AS i
WITH p, i, relationships(p)[i] AS r, nodes(p)[i] AS x
WITH p, i, r, x, startNode(r) AS s, endNode(r) AS e
WITH p, i, r, x, s, e,
  CASE WHEN s:Claim THEN s WHEN e:Claim THEN e END AS claimEnd,
  CASE WHEN s:Article THEN s WHEN e:Article THEN e END AS articleEnd
WITH p, i, r, x, s, e, articleEnd,
  CASE WHEN claimEnd IS NOT NULL THEN claimEnd
       WHEN articleEnd IS NULL THEN coalesce(
         COLLECT { MATCH (s)--(c:Claim)--(e) RETURN c ORDER BY c.id LIMIT 1 }[0],
         COLLECT { MATCH (ev:Event)<-[:REFERS_TO]-(c:Claim) WHERE ev = s OR ev = e RETURN c ORDER BY c.id LIMIT 1 }[0])
  END AS claim
WITH p, i, r, x, s, e, claim, coalesce(
    articleEnd,
    COLLECT { MATCH (a:Article)-[:REPORTS]->(claim) RETURN a ORDER BY a.id LIMIT 1 }[0],
    CASE WHEN claim IS NULL
      THEN COLLECT { MATCH (s)<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(e) RETURN a ORDER BY a.id LIMIT 1 }[0] END
  ) AS article
WITH p, i, {relation: type(r), role: r.role, forward: s = x, claim: claim {.*}, article: article {.*}} AS hop
ORDER BY i
WITH p, collect(hop) AS hops
RETURN [n IN nodes(p) | n {.*}] AS nodes, hops`;

function pathCypher(q: PathQuery): string {
  // Labels come from labelOfId's fixed list; the hop bound is a checked integer (bounds cannot be parameters).
  return `MATCH (from:${labelOfId(q.fromId)} {id: $fromId})
MATCH (to:${labelOfId(q.toId)} {id: $toId})
MATCH p = shortestPath((from)-[:${relationTypes(q.includeMentions)}*..${q.maxHops}]-(to))
${EVIDENCE}`;
}

interface HopRow {
  relation: string;
  role: string | null;
  forward: boolean;
  claim: Props | null;
  article: Props | null;
}

const graphNode = (props: Props, distance: number): GraphNode => ({
  id: props.id as string,
  type: labelOfId(props.id as string),
  label: displayLabel(props),
  distance,
  node: toEntity(props),
});

export async function shortestPath(ctx: GraphContext, q: PathQuery): Promise<GraphPath | null> {
  if (q.fromId === q.toId) return samePath(ctx, q.fromId);
  const rows = await ctx.db.read(
    (tx) => tx.run<{ nodes: Props[]; hops: HopRow[] }>(pathCypher(q), { fromId: q.fromId, toId: q.toId }),
    ctx.cypher,
  );
  const row = rows[0];
  if (!row) return null;
  const nodes = row.nodes.map(graphNode);
  return {
    length: row.hops.length,
    nodes,
    hops: row.hops.map((h, i) => ({
      from: nodes[i] as GraphNode,
      to: nodes[i + 1] as GraphNode,
      relation: h.relation,
      forward: h.forward,
      role: h.role ?? null,
      evidence:
        h.claim || h.article
          ? { claim: h.claim ? toClaim(h.claim) : null, article: h.article ? toArticle(h.article) : null }
          : null,
    })),
  };
}

/** A node linked to itself: a path of no hops, if the node exists. */
async function samePath(ctx: GraphContext, id: string): Promise<GraphPath | null> {
  const rows = await ctx.db.read(
    (tx) => tx.run<{ props: Props }>(`MATCH (n:${labelOfId(id)} {id: $id}) RETURN n {.*} AS props`, { id }),
    ctx.cypher,
  );
  return rows[0] ? { length: 0, nodes: [graphNode(rows[0].props, 0)], hops: [] } : null;
}
