// Derives actor-to-actor relations from claims: a claim CLAIMED_BY a source and ABOUT a target
// makes one edge labelled with its speech act. One statement answers for many focus actors.
import { toClaim } from "../claim/claim.type.js";
import type { GraphContext } from "../graphql/context.js";
import { relatedLoader } from "../graphql/batch.js";
import type { Prefetch } from "../graphql/pagination/listing.js";
import type { ClaimRole } from "../ingest/format/enums.js";
import type { ActorRelation } from "./actor-relation.type.js";
import type { RelationArgs } from "./actor.inputs.js";
import { toActor } from "./actor.type.js";

// The PART_OF depth is one of two fixed strings chosen in code, never request text; the claim
// projection comes from the look-ahead (claim-relations.ts), also code.
const relationCypher = (partDepth: "0" | "0..5", prefetch?: Prefetch) => `
UNWIND $ids AS parentId
MATCH (focus:Actor {id: parentId})
CALL (focus) {
  MATCH (focus)<-[:PART_OF*${partDepth}]-(src:Actor)<-[:CLAIMED_BY]-(c:Claim)-[r:ABOUT]->(tgt:Actor)
  WHERE $outgoing RETURN src, tgt, c, r.role AS role
  UNION
  MATCH (focus)<-[:PART_OF*${partDepth}]-(tgt:Actor)<-[r:ABOUT]-(c:Claim)-[:CLAIMED_BY]->(src:Actor)
  WHERE $incoming RETURN src, tgt, c, r.role AS role
}
WITH parentId, src, tgt, c, role
WHERE src <> tgt AND (size($speechActs) = 0 OR c.speechAct IN $speechActs) AND (size($roles) = 0 OR role IN $roles)
WITH parentId, src, tgt, c.speechAct AS speechAct, collect(DISTINCT role) AS roles, collect(DISTINCT c) AS claims
RETURN parentId, src {.*} AS source, tgt {.*} AS target, speechAct, roles, size(claims) AS count,
       [claim IN claims | {props: claim {.*}, related: ${prefetch ? `{${prefetch.projection}}` : "null"}}] AS claims
ORDER BY parentId, count DESC, source.id, target.id, speechAct`;

type ClaimRow = { props: Record<string, unknown>; related: Record<string, Record<string, unknown>[]> | null };

export function relationsOf(ctx: GraphContext, actorId: string, args: RelationArgs, prefetch?: Prefetch): Promise<ActorRelation[]> {
  const params = {
    outgoing: args.direction !== "INCOMING",
    incoming: args.direction !== "OUTGOING",
    speechActs: args.speechActs ?? [],
    roles: args.roles ?? [],
  };
  const depth = args.includeParts ? "0..5" : "0";
  const name = `actor.relations.${depth}.${prefetch?.projection ?? ""}`;
  return relatedLoader(ctx, name, relationCypher(depth, prefetch), params, (r) => ({
    source: toActor(r.source as Record<string, unknown>),
    target: toActor(r.target as Record<string, unknown>),
    speechAct: r.speechAct as ActorRelation["speechAct"],
    roles: [...(r.roles as ClaimRole[])].sort(),
    count: r.count as number,
    claims: (r.claims as ClaimRow[])
      .map((c) => {
        if (prefetch && c.related) prefetch.prime(c.props.id as string, c.related);
        return toClaim(c.props);
      })
      .sort((a, b) => a.id.localeCompare(b.id)),
  })).load(actorId);
}
