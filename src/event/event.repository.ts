import type { GraphContext } from "../graphql/context.js";
import { byIdLoader, relatedLoader, relatedNode } from "../graphql/batch.js";
import type { Listing } from "../graphql/pagination/listing.js";
import type { EventRole } from "../ingest/format/enums.js";
import { toActor, type Actor } from "../actor/actor.type.js";
import { toPlace, type Place } from "../place/place.type.js";
import { toEvent } from "./event.type.js";

export const eventById = (ctx: GraphContext) => byIdLoader(ctx, "Event", toEvent);

export function placeOf(ctx: GraphContext, eventId: string): Promise<Place | null> {
  const cypher = "UNWIND $ids AS parentId MATCH (:Event {id: parentId})-[:OCCURRED_IN]->(p:Place) RETURN parentId, p {.*} AS props";
  return relatedNode(ctx, "event.place", cypher, toPlace, eventId);
}

export function participantsOf(ctx: GraphContext, eventId: string): Promise<{ actor: Actor; role: EventRole }[]> {
  return relatedLoader(
    ctx,
    "event.participants",
    `UNWIND $ids AS parentId MATCH (:Event {id: parentId})-[r:INVOLVES]->(a:Actor)
     RETURN parentId, a {.*} AS props, r.role AS role ORDER BY parentId, r.role, a.id`,
    {},
    (r) => ({ actor: toActor(r.props as Record<string, unknown>), role: r.role as EventRole }),
  ).load(eventId);
}

export const CLAIMS_REFERRING: Listing = {
  label: "Claim",
  match: "(p)<-[:REFERS_TO]-(n:Claim)",
  sortKey: "n.id",
  where: [],
  params: {},
};
