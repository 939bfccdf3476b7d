// Reads around claims. Each function answers for many claims in one statement (see graphql/batch.ts).
import { toActor, type Actor } from "../actor/actor.type.js";
import { toArticle, type Article } from "../article/article.type.js";
import { toEvent, type Event } from "../event/event.type.js";
import type { GraphContext } from "../graphql/context.js";
import { byIdLoader, relatedLoader } from "../graphql/batch.js";
import type { ClaimRole } from "../ingest/format/enums.js";
import { toClaim, type Claim } from "./claim.type.js";

type Props = Record<string, unknown>;
const props = (row: Props) => row.props as Props;

const CLAIM_LINKS = {
  disputes: "(c)-[:DISPUTES]->(o:Claim)",
  disputedBy: "(c)<-[:DISPUTES]-(o:Claim)",
  supports: "(c)-[:SUPPORTS]->(o:Claim)",
  supportedBy: "(c)<-[:SUPPORTS]-(o:Claim)",
  containedIn: "(c)-[:CONTAINED_IN]->(o:Claim)",
  contains: "(c)<-[:CONTAINED_IN]-(o:Claim)",
} as const;
export type ClaimLinkKind = keyof typeof CLAIM_LINKS;

export const claimById = (ctx: GraphContext) => byIdLoader(ctx, "Claim", toClaim);

export function claimantOf(ctx: GraphContext, claimId: string): Promise<Actor | null> {
  return relatedLoader(
    ctx,
    "claim.claimant",
    "UNWIND $ids AS parentId MATCH (:Claim {id: parentId})-[:CLAIMED_BY]->(a:Actor) RETURN parentId, a {.*} AS props",
    {},
    (r) => toActor(props(r)),
  )
    .load(claimId)
    .then((rows) => rows[0] ?? null);
}

export function viaOf(ctx: GraphContext, claimId: string): Promise<Actor[]> {
  return relatedLoader(
    ctx,
    "claim.via",
    `UNWIND $ids AS parentId MATCH (:Claim {id: parentId})-[r:VIA]->(a:Actor)
     RETURN parentId, a {.*} AS props ORDER BY parentId, r.order`,
    {},
    (r) => toActor(props(r)),
  ).load(claimId);
}

export function aboutOf(ctx: GraphContext, claimId: string): Promise<{ actor: Actor; role: ClaimRole }[]> {
  return relatedLoader(
    ctx,
    "claim.about",
    `UNWIND $ids AS parentId MATCH (:Claim {id: parentId})-[r:ABOUT]->(a:Actor)
     RETURN parentId, a {.*} AS props, r.role AS role ORDER BY parentId, r.role, a.id`,
    {},
    (r) => ({ actor: toActor(props(r)), role: r.role as ClaimRole }),
  ).load(claimId);
}

export function articleOf(ctx: GraphContext, claimId: string): Promise<Article | null> {
  return relatedLoader(
    ctx,
    "claim.article",
    "UNWIND $ids AS parentId MATCH (a:Article)-[:REPORTS]->(:Claim {id: parentId}) RETURN parentId, a {.*} AS props",
    {},
    (r) => toArticle(props(r)),
  )
    .load(claimId)
    .then((rows) => rows[0] ?? null);
}

export function eventsOf(ctx: GraphContext, claimId: string): Promise<Event[]> {
  return relatedLoader(
    ctx,
    "claim.events",
    `UNWIND $ids AS parentId MATCH (:Claim {id: parentId})-[:REFERS_TO]->(e:Event)
     RETURN parentId, e {.*} AS props ORDER BY parentId, e.timeStart, e.id`,
    {},
    (r) => toEvent(props(r)),
  ).load(claimId);
}

export function linkedClaims(ctx: GraphContext, claimId: string, kind: ClaimLinkKind): Promise<Claim[]> {
  // `kind` picks one of the fixed patterns above; nothing from the request reaches the Cypher text.
  return relatedLoader(
    ctx,
    `claim.${kind}`,
    `UNWIND $ids AS parentId MATCH (c:Claim {id: parentId}) MATCH ${CLAIM_LINKS[kind]}
     RETURN parentId, o {.*} AS props ORDER BY parentId, o.id`,
    {},
    (r) => toClaim(props(r)),
  ).load(claimId);
}
