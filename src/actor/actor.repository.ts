import { claimListing } from "../claim/claim.listing.js";
import type { GraphContext } from "../graphql/context.js";
import { byIdLoader, relatedLoader, relatedNode } from "../graphql/batch.js";
import { checkId, checkText } from "../graphql/input-checks.js";
import type { Listing } from "../graphql/pagination/listing.js";
import type { SpeechAct } from "../ingest/format/enums.js";
import type { ActorFilter } from "./actor.inputs.js";
import { toActor, type Actor } from "./actor.type.js";

export const actorById = (ctx: GraphContext) => byIdLoader(ctx, "Actor", toActor);

export function actorListing(filter: ActorFilter | null | undefined): Listing {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter?.kinds?.length) {
    where.push("n.kind IN $kinds");
    params.kinds = filter.kinds;
  }
  const text = checkText("where.text", filter?.text);
  if (text) {
    where.push("(toLower(n.name) CONTAINS $text OR any(a IN n.aliases WHERE toLower(a) CONTAINS $text))");
    params.text = text.toLowerCase();
  }
  const partOfId = checkId("where.partOfId", filter?.partOfId);
  if (partOfId) {
    where.push("EXISTS { MATCH (n)-[:PART_OF*1..5]->(:Actor {id: $partOfId}) }");
    params.partOfId = partOfId;
  }
  if (filter?.origin) {
    where.push("n.origin = $origin");
    params.origin = filter.origin;
  }
  return { label: "Actor", sortKey: "n.id", where, params };
}

/** Claims the actor (or, with parts, any of its parts) makes: a nested listing anchored on `p`. */
export function claimsMadeListing(speechActs: SpeechAct[] | null | undefined, includeParts: boolean): Listing {
  const match = includeParts ? "(p)<-[:PART_OF*0..5]-(:Actor)<-[:CLAIMED_BY]-(n:Claim)" : "(p)<-[:CLAIMED_BY]-(n:Claim)";
  return claimListing({ speechActs }, match);
}

export function claimsAboutListing(speechActs: SpeechAct[] | null | undefined, includeParts: boolean): Listing {
  const match = includeParts ? "(p)<-[:PART_OF*0..5]-(:Actor)<-[:ABOUT]-(n:Claim)" : "(p)<-[:ABOUT]-(n:Claim)";
  return claimListing({ speechActs }, match);
}

export const ARTICLES_MENTIONING: Listing = {
  label: "Article",
  match: "(p)<-[:MENTIONS]-(n:Article)",
  sortKey: "n.publishedAt",
  descending: true,
  where: [],
  params: {},
};

export const EVENTS_INVOLVING: Listing = {
  label: "Event",
  match: "(p)<-[:INVOLVES]-(n:Event)",
  sortKey: "coalesce(n.timeStart, '9999')",
  where: [],
  params: {},
};

export function parentOf(ctx: GraphContext, actorId: string): Promise<Actor | null> {
  const cypher = "UNWIND $ids AS parentId MATCH (:Actor {id: parentId})-[:PART_OF]->(a:Actor) RETURN parentId, a {.*} AS props";
  return relatedNode(ctx, "actor.parent", cypher, toActor, actorId);
}

export function partsOf(ctx: GraphContext, actorId: string): Promise<Actor[]> {
  return relatedLoader(
    ctx,
    "actor.parts",
    "UNWIND $ids AS parentId MATCH (:Actor {id: parentId})<-[:PART_OF]-(a:Actor) RETURN parentId, a {.*} AS props ORDER BY parentId, a.id",
    {},
    (r) => toActor(r.props as Record<string, unknown>),
  ).load(actorId);
}
