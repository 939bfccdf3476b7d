// The nodes within `depth` hops of one node, closest first, and the relationships among them, in
// one statement.
import neo4j from "neo4j-driver";
import type { GraphContext } from "../graphql/context.js";
import { labelOfId } from "../graphql/node-labels.js";
import { displayLabel, toEntity } from "./graph-entity.js";
import type { GraphEdge, Neighborhood } from "./network.type.js";
import { edgeLabel, relationTypes } from "./relations.js";

type Props = Record<string, unknown>;

export interface NeighborhoodQuery {
  id: string;
  depth: number;
  limit: number;
  includeMentions: boolean;
}

// One branch per distance: `RETURN DISTINCT n` over `*1..k` lets Neo4j expand breadth-first and
// prune, instead of enumerating every path, and the smallest k that reaches a node is its distance.
function levels(types: string, depth: number): string {
  return Array.from(
    { length: depth },
    (_, i) => `MATCH (start)-[:${types}*1..${i + 1}]-(n) WHERE n <> start RETURN DISTINCT n, ${i + 1} AS dist`,
  ).join("\n    UNION ALL\n    ");
}

function neighborhoodCypher(q: NeighborhoodQuery): string {
  // The label comes from labelOfId's fixed list, the types from relations.ts, the depth is a checked integer.
  const types = relationTypes(q.includeMentions);
  return `MATCH (start:${labelOfId(q.id)} {id: $id})
OPTIONAL CALL (start) {
    ${levels(types, q.depth)}
}
WITH start, n, min(dist) AS dist
ORDER BY dist, n.id
WITH start, collect(CASE WHEN n IS NOT NULL THEN {n: n, dist: dist} END) AS found
WITH [{n: start, dist: 0}] + found[0..$others] AS picked, size(found) > $others AS truncated
WITH picked, truncated, [x IN picked | x.n] AS ns
RETURN [x IN picked | {props: properties(x.n), dist: x.dist}] AS nodes, truncated,
  COLLECT {
    UNWIND ns AS s
    MATCH (s)-[r:${types}]->(t) WHERE t IN ns
    RETURN {source: s.id, target: t.id, type: type(r), role: r.role, count: r.count}
    ORDER BY s.id, type(r), t.id, r.role
  } AS edges`;
}

interface EdgeRow {
  source: string;
  target: string;
  type: string;
  role: string | null;
  count: number | null;
}

export async function neighborhood(ctx: GraphContext, q: NeighborhoodQuery): Promise<Neighborhood | null> {
  const rows = await ctx.db.read(
    (tx) =>
      tx.run<{ nodes: { props: Props; dist: number }[]; truncated: boolean; edges: EdgeRow[] }>(neighborhoodCypher(q), {
        id: q.id,
        others: neo4j.int(q.limit - 1),
      }),
    ctx.cypher,
  );
  const row = rows[0];
  if (!row) return null;
  const propsById = new Map(row.nodes.map((n) => [n.props.id as string, n.props]));
  return {
    nodes: row.nodes.map(({ props, dist }) => ({
      id: props.id as string,
      type: labelOfId(props.id as string),
      label: displayLabel(props),
      distance: dist,
      node: toEntity(props),
    })),
    edges: row.edges.map((e): GraphEdge => ({
      id: [e.source, e.type, e.target, e.role].filter((part) => part !== null).join("|"),
      source: e.source,
      target: e.target,
      type: e.type,
      label: edgeLabel(e.type, e, propsById.get(e.source)),
    })),
    truncated: row.truncated,
  };
}
